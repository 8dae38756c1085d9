/**
 * Runnable embedding examples a vendor can copy, each run and checked in the build. Built out by the
 * demo-and-examples issue; this package holds nothing yet.
 */
@NullMarked
package org.dangjian.examples;

import org.jspecify.annotations.NullMarked;
