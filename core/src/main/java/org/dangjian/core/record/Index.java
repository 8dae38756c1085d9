package org.dangjian.core.record;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * An index of a record kind: the records filed under each key, in the kind's order — by member, by
 * organisation, by date. Read it with {@link Records#by}. A {@linkplain #lazy() lazy} index is built on
 * first use (for rare look-ups); the others when the dataset is.
 *
 * @param <T> the record type
 * @param <K> the key type
 */
public final class Index<T, K> {
  private final String name;
  private final Function<? super T, ? extends Collection<K>> keys;
  private final boolean lazy;

  private Index(String name, Function<? super T, ? extends Collection<K>> keys, boolean lazy) {
    this.name = Objects.requireNonNull(name, "name");
    this.keys = Objects.requireNonNull(keys, "keys");
    this.lazy = lazy;
  }

  /**
   * @param name what it files by, for example {@code member}
   * @param key the one key of a record
   * @return an index built with the dataset
   */
  public static <T, K> Index<T, K> on(String name, Function<? super T, K> key) {
    return new Index<>(name, r -> List.of(key.apply(r)), false);
  }

  /**
   * @param name what it files by, for example {@code attendee}
   * @param keys the keys of a record; a record is filed once under each distinct key
   * @return an index built on first use
   */
  public static <T, K> Index<T, K> lazyOnEach(String name, Function<? super T, ? extends Collection<K>> keys) {
    return new Index<>(name, keys, true);
  }

  /**
   * @param name what it files by
   * @param key the one key of a record
   * @return an index built on first use
   */
  public static <T, K> Index<T, K> lazyOn(String name, Function<? super T, K> key) {
    return new Index<>(name, r -> List.of(key.apply(r)), true);
  }

  /** @return what it files by */
  public String name() {
    return name;
  }

  /** @return the keys of a record */
  public Function<? super T, ? extends Collection<K>> keys() {
    return keys;
  }

  /** @return whether it is built on first use rather than with the dataset */
  public boolean lazy() {
    return lazy;
  }

  @Override
  public String toString() {
    return "by " + name;
  }
}
