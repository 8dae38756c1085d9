package org.dangjian.core.json.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * The values a reader shares among the records it reads: one instance per distinct text of each type
 * (member ids, days, amounts…), kept across the readers of one dataset. Handed to Jackson's binding of
 * member events as the attribute {@link #ATTRIBUTE}, so that the days in events are shared too. Not API.
 */
public final class SharedValues {
  /** The Jackson attribute under which a reader hands its table ({@code Map<Class<?>, Map<String, Object>>}) to deserializers. */
  public static final Object ATTRIBUTE = SharedValues.class;

  private SharedValues() {}

  /**
   * @param shared the table, by type and text: concurrent where readers on several threads share it
   * @param type the value's type
   * @param text its text
   * @param parse reads the text, when the value is not known yet
   * @return the value kept for the text: this one, unless another reader kept one first
   */
  public static <V> V of(Map<Class<?>, Map<String, Object>> shared, Class<?> type, String text, Function<String, ? extends V> parse) {
    return of(valuesOf(shared, type), text, parse);
  }

  /**
   * @param values one type's values, by text ({@link #valuesOf})
   * @param text a value's text
   * @param parse reads the text, when the value is not known yet
   * @return the value kept for the text: this one, unless another reader kept one first
   */
  @SuppressWarnings("unchecked") // a type's values were all parsed as that type
  public static <V> V of(Map<String, Object> values, String text, Function<String, ? extends V> parse) {
    Object known = values.get(text);
    if (known != null) {
      return (V) known;
    }
    V value = parse.apply(text);
    Object first = values.putIfAbsent(text, value);
    return first == null ? value : (V) first;
  }

  /**
   * @param shared the table
   * @param type a type
   * @return the type's values, by text
   */
  public static Map<String, Object> valuesOf(Map<Class<?>, Map<String, Object>> shared, Class<?> type) {
    return shared.computeIfAbsent(type,
        t -> shared instanceof ConcurrentMap ? new ConcurrentHashMap<>() : new HashMap<>());
  }
}
