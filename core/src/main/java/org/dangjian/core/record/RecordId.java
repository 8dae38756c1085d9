package org.dangjian.core.record;

import org.dangjian.core.internal.Ids;

/**
 * The stable id of one record of a kind that has no id of its own in the domain — a dues payment, a
 * ledger entry, a training, a commitment, a ballot, a rating — as the system it came from knows it (a
 * database's key), so that evidence and corrections can name the record whatever else changes. Optional
 * in the format, unique within its kind where given: {@value Ids#RULE}; ids sort as text.
 *
 * @param value the identifier text
 */
public record RecordId(String value) implements Comparable<RecordId> {

  /**
   * @throws org.dangjian.core.ValidationException ({@code invalid-id}) when the text breaks the syntax
   */
  public RecordId {
    Ids.check(value, "record");
  }

  /**
   * Orders records' optional ids, the absent first: the last tie-breaker of a kind's order, so that records
   * alike but for their ids keep one order whichever way they were read or joined.
   */
  public static final java.util.Comparator<java.util.Optional<RecordId>> ABSENT_FIRST =
      java.util.Comparator.comparing((java.util.Optional<RecordId> id) -> id.orElse(null),
          java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));

  /**
   * @param value the identifier text
   * @return the id
   */
  public static RecordId of(String value) {
    return new RecordId(value);
  }

  @Override
  public int compareTo(RecordId other) {
    return value.compareTo(other.value);
  }

  /** @return the identifier text */
  @Override
  public String toString() {
    return value;
  }
}
