/**
 * The scoring engine: member points (积分), appraisal grades, branch stars and rankings as data-driven schemes. Built out by the scoring issue; this package holds nothing yet.
 */
@NullMarked
package org.dangjian.scoring;

import org.jspecify.annotations.NullMarked;
