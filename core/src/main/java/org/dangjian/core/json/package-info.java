/**
 * The interchange formats: strict, ready {@linkplain org.dangjian.core.json.DangjianJson Jackson
 * mappers} with the {@linkplain org.dangjian.core.json.DangjianModule library's module}, and the
 * dataset format {@code dangjian/dataset@1} read and written by
 * {@link org.dangjian.core.json.DatasetFormat} in JSON or YAML, with located errors.
 */
@NullMarked
package org.dangjian.core.json;

import org.jspecify.annotations.NullMarked;
