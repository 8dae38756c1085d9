/** Plain-text rendering for the command line: texts in Chinese and English, aligned tables, reports. */
@NullMarked
package org.dangjian.cli.render;

import org.jspecify.annotations.NullMarked;
