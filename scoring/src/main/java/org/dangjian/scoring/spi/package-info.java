/** The service-provider interface for scoring schemes: {@link org.dangjian.scoring.spi.SchemeProvider}. */
@NullMarked
package org.dangjian.scoring.spi;

import org.jspecify.annotations.NullMarked;
