/**
 * Record kinds as declared units: a {@link org.dangjian.core.record.RecordKind} says in one place what a
 * kind of record is — its type, its names in the format, its order, the references it makes (checked
 * for dangling ids), its natural keys (checked for duplicates), its indexes and any checks of its own —
 * so that {@link org.dangjian.core.dataset.Dataset} holds every kind generically and adding a kind is one
 * declaration and a registration in {@link org.dangjian.core.record.RecordKinds}.
 */
@NullMarked
package org.dangjian.core.record;

import org.jspecify.annotations.NullMarked;
