/**
 * Party dues (党费) records: declared monthly bases and payments. The schedule and the calculation
 * belong to rule sets (see the rules module).
 */
@NullMarked
package org.dangjian.core.dues;

import org.jspecify.annotations.NullMarked;
