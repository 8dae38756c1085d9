/**
 * The demo: the sample county's year evaluated and scored, as a text summary and a self-contained
 * HTML report whose charts are drawn here as SVG.
 */
@NullMarked
package org.dangjian.cli.demo;

import org.jspecify.annotations.NullMarked;
