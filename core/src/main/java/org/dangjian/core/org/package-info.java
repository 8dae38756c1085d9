/**
 * The organisation hierarchy: {@link org.dangjian.core.org.Unit}s (schools, kindergartens,
 * offices), Party {@link org.dangjian.core.org.Organisation}s with their
 * {@link org.dangjian.core.org.Committee}s, and the indexed {@link org.dangjian.core.org.OrgTree}.
 */
@NullMarked
@DomainStyle
package org.dangjian.core.org;

import org.dangjian.core.internal.DomainStyle;
import org.jspecify.annotations.NullMarked;
