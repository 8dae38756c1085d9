/**
 * Test support for users of the library: the {@linkplain org.dangjian.testkit.SampleCounty sample
 * county}, and (in later releases) seeded region generators and the scenario runner for policy tests.
 */
@NullMarked
package org.dangjian.testkit;

import org.jspecify.annotations.NullMarked;
