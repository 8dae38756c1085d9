/** Party dues (党费): the schedule of a rule set and the calculation of monthly dues in exact decimals. */
@NullMarked
package org.dangjian.rules.dues;

import org.jspecify.annotations.NullMarked;
