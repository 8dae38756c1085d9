/** The {@code dangjian} command line (picocli): {@code demo}, {@code validate}, {@code format}. */
@NullMarked
package org.dangjian.cli;

import org.jspecify.annotations.NullMarked;
