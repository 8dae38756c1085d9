/**
 * The built-in rule types, registered with {@link java.util.ServiceLoader}: organisation structure
 * ({@code branch-size}, {@code committee-required}, {@code committee-size}, {@code secretary-required},
 * {@code secretary-standing}, {@code joint-branch-units}, {@code unit-own-organisation}, {@code
 * unit-coverage}, {@code organisation-size}), terms ({@code committee-term}) and activity frequency
 * ({@code activity-frequency}). Every threshold is a parameter; the national baseline sets the national regulations' values.
 */
@NullMarked
package org.dangjian.rules.builtin;

import org.jspecify.annotations.NullMarked;
