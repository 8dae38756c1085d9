/**
 * Members (党员) as the roll records them: identity, category, unit, branch and group. The member
 * lifecycle (status derived from an event history) builds on these types.
 */
@NullMarked
@DomainStyle
package org.dangjian.core.member;

import org.dangjian.core.internal.DomainStyle;
import org.jspecify.annotations.NullMarked;
