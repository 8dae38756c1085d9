/**
 * The scoring engine: schemes as data ({@link org.dangjian.scoring.SchemeDefinition}, resolved by {@link
 * org.dangjian.scoring.SchemeRegistry} into a {@link org.dangjian.scoring.ScoringScheme}) with blocks,
 * items, caps, non-stacking groups, vetoes, grade bands, quotas, eligibility, pro-rating and rankings;
 * {@link org.dangjian.scoring.ScoringEngine} producing a {@link org.dangjian.scoring.ScoreBoard} of
 * {@link org.dangjian.scoring.ScoreCard}s whose every point is a line item with its evidence.
 */
@NullMarked
package org.dangjian.scoring;

import org.jspecify.annotations.NullMarked;
