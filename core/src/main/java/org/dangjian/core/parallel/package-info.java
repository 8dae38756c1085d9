/** Splitting independent work across the caller's and an executor's threads, with results in task order. */
@NullMarked
package org.dangjian.core.parallel;

import org.jspecify.annotations.NullMarked;
