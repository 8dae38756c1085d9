/**
 * Reporting periods — year, half-year, quarter, month and ISO week — as immutable values with
 * containment, iteration and the written forms {@code 2024}, {@code 2024-H1}, {@code 2024-Q3},
 * {@code 2024-07} and {@code 2024-W05}. Calendar arithmetic only: a year is never 365 days.
 */
@NullMarked
package org.dangjian.core.time;

import org.jspecify.annotations.NullMarked;
