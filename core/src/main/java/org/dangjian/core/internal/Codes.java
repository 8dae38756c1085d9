package org.dangjian.core.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dangjian.core.Labelled;
import org.dangjian.core.ValidationException;

/** Looks up {@link Labelled} enum constants by their code. Not API. */
public final class Codes {
  private Codes() {}

  /**
   * @param type the enum
   * @param code the code as written in a file
   * @return the constant with that code, if any
   */
  public static <E extends Enum<E> & Labelled> Optional<E> find(Class<E> type, String code) {
    for (E constant : type.getEnumConstants()) {
      if (constant.code().equals(code)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  /**
   * @param type the enum
   * @param code the code as written in a file
   * @return the constant with that code
   * @throws ValidationException ({@code unknown-code}) naming the codes that exist
   */
  public static <E extends Enum<E> & Labelled> E parse(Class<E> type, String code) {
    return find(type, code)
        .orElseThrow(() -> ValidationException.of("", "unknown-code",
            "unknown " + describe(type) + " '" + code + "'; expected one of: " + list(type)));
  }

  /** @return every code of the enum, comma-separated, in declaration order */
  public static <E extends Enum<E> & Labelled> String list(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Labelled::code).collect(Collectors.joining(", "));
  }

  private static String describe(Class<?> type) {
    // "OrganisationKind" -> "organisation kind"
    return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }
}
