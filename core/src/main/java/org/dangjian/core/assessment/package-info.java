/**
 * The records of annual assessment: point-ledger entries (日常积分), year-start commitments (年初承诺),
 * democratic appraisal ballots (民主评议) and ratings of secretaries' reports (述职评议). Scoring schemes
 * weigh them.
 */
@NullMarked
package org.dangjian.core.assessment;

import org.jspecify.annotations.NullMarked;
