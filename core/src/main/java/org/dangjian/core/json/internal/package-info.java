/** The bound documents of the interchange format and the translation of Jackson's errors. Not API. */
@NullMarked
package org.dangjian.core.json.internal;

import org.jspecify.annotations.NullMarked;
