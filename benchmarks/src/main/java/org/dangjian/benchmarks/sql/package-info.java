/** SQL baselines: the built-in scoring scheme as a query in embedded DuckDB, loaded from the same dataset. */
@NullMarked
package org.dangjian.benchmarks.sql;

import org.jspecify.annotations.NullMarked;
