package org.dangjian.core.internal;

import java.util.HashMap;
import java.util.Map;
import org.dangjian.core.Labelled;

/** Each labelled enum's constants by code, made once per enum: a code is found by a look-up, not a scan. Not API. */
public final class CodeTables {
  private static final ClassValue<Map<String, Object>> TABLES = new ClassValue<>() {
    @Override
    protected Map<String, Object> computeValue(Class<?> type) {
      Map<String, Object> byCode = new HashMap<>();
      for (Object constant : type.getEnumConstants()) {
        byCode.putIfAbsent(((Labelled) constant).code(), constant); // the first of a code, as a scan would find
      }
      return Map.copyOf(byCode);
    }
  };

  private CodeTables() {}

  /**
   * @param type a labelled enum
   * @param code a code
   * @return its constant of that code, or null
   */
  public static <E extends Enum<E> & Labelled> @org.jspecify.annotations.Nullable E find(Class<E> type,
      @org.jspecify.annotations.Nullable String code) {
    return code == null ? null : type.cast(TABLES.get(type).get(code));
  }
}
