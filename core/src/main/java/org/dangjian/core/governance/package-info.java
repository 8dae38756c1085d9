/**
 * School governance (学校治理) under 党组织领导的校长负责制: the documents a school must have in place —
 * its charter (章程), the rules of procedure of the Party organisation's meeting and of the principal's
 * office meeting, its list of powers and duties (权责清单) and of 三重一大 matters — kept as a register of
 * {@link org.dangjian.core.governance.GovernanceDocument} records — and its administrative leadership team,
 * {@link org.dangjian.core.governance.LeadershipPost} records beside the Party organisation's committee.
 */
@org.jspecify.annotations.NullMarked
package org.dangjian.core.governance;
