/**
 * The {@link org.dangjian.core.dataset.Dataset}: one region's units, organisations and members as an
 * immutable, validated and indexed snapshot, with restructuring operations (merge, split, move a
 * unit, move a group) that return a new dataset and the member reassignments they imply.
 */
@NullMarked
package org.dangjian.core.dataset;

import org.jspecify.annotations.NullMarked;
