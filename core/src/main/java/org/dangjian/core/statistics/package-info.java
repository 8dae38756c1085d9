/**
 * The yearly Party statistics of an education system (党内统计): members by status, category, gender, age and
 * standing as of 31 December; the year's admissions, confirmations, transfers, sanctions and exits; the
 * development pipeline; organisations by kind, committees due for election, secretaries in post; the units'
 * coverage by organisations; and the year's participation — for the whole dataset or any organisation's
 * subtree, every figure with the ids of the records behind it. {@link org.dangjian.core.statistics.Statistics}
 * computes a {@link org.dangjian.core.statistics.StatisticsReport}; {@link
 * org.dangjian.core.statistics.StatisticsFormat} writes it as JSON or CSV.
 */
@NullMarked
package org.dangjian.core.statistics;

import org.jspecify.annotations.NullMarked;
