package org.dangjian.core.record;

import java.util.List;

/**
 * The records of one kind in a dataset, in the kind's order, with the kind's indexes.
 *
 * @param <T> the record type
 */
public interface Records<T> {

  /** @return every record, in the kind's order */
  List<T> all();

  /**
   * @param index one of the kind's indexes
   * @param key a key
   * @return the records filed under the key, in the kind's order; empty if none
   * @throws IllegalArgumentException if the index is not the kind's
   */
  <K> List<T> by(Index<T, K> index, K key);

  /** @return how many records there are */
  default int size() {
    return all().size();
  }
}
