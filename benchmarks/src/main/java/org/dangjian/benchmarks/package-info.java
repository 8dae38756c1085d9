/**
 * JMH benchmarks over the seeded region generator's workloads. Built out by the performance issue; this package holds nothing yet.
 */
@NullMarked
package org.dangjian.benchmarks;

import org.jspecify.annotations.NullMarked;
