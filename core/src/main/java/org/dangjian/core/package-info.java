/**
 * The roots shared by every part of the library: the exception root {@link
 * org.dangjian.core.DangjianException}, located {@link org.dangjian.core.Problem}s collected in a
 * {@link org.dangjian.core.ValidationException}, and {@link org.dangjian.core.Labelled} codes with
 * Chinese and English labels.
 *
 * <p>Packages by role: {@code time} (reporting periods), {@code org} (units, organisations and the
 * tree), {@code member} (members), {@code dataset} (the validated snapshot), {@code json} (the
 * interchange format). Packages named {@code internal} are not API.
 */
@NullMarked
package org.dangjian.core;

import org.jspecify.annotations.NullMarked;
