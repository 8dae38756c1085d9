/**
 * Record kinds as declared units: a {@link org.dangjian.core.record.RecordKind} says in one place what a
 * kind of record is — its type, its names in the format, its order, the references it makes (checked
 * for dangling ids), its natural keys (checked for duplicates), its indexes and any checks of its own —
 * and its {@link org.dangjian.core.record.RecordFormat}, the fields it is read and written by — so that
 * {@link org.dangjian.core.dataset.Dataset} holds, checks, reads, writes and partitions every kind
 * generically, and adding a kind is one declaration and a registration in
 * {@link org.dangjian.core.record.RecordKinds}. {@link org.dangjian.core.record.RecordId} is the stable id
 * of the kinds that have none in the domain.
 */
@NullMarked
package org.dangjian.core.record;

import org.jspecify.annotations.NullMarked;
