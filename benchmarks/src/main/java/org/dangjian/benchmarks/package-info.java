/**
 * JMH benchmarks over the seeded region generator's workloads, with the hand-written and SQL baselines they are measured against.
 */
@NullMarked
package org.dangjian.benchmarks;

import org.jspecify.annotations.NullMarked;
