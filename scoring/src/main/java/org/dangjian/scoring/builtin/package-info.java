/** The built-in scoring schemes, provided with {@link java.util.ServiceLoader}. */
@NullMarked
package org.dangjian.scoring.builtin;

import org.jspecify.annotations.NullMarked;
