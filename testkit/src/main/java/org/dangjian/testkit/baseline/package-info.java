/**
 * Hand-written baselines: single-purpose loops computing what a few rules of the national baseline
 * compute, used by the benchmarks as the practical limit and by tests as an independent check.
 */
@NullMarked
package org.dangjian.testkit.baseline;

import org.jspecify.annotations.NullMarked;
