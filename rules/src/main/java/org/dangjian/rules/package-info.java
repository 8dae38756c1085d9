/**
 * The compliance engine, rule SPI, built-in rule sets and dues (党费) calculation. Built out by the compliance issue; this package holds nothing yet.
 */
@NullMarked
package org.dangjian.rules;

import org.jspecify.annotations.NullMarked;
