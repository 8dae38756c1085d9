package org.dangjian.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A closed set of domain codes with Chinese and English labels, such as organisation kinds. Implemented
 * by enums.
 *
 * <p>The {@linkplain #code() code} is what the interchange format carries: the constant's name in lower
 * case with hyphens ({@code JOINT_BRANCH} is {@code joint-branch}), independent of any locale. The
 * labels are for people.
 */
public interface Labelled {

  /** @return the Chinese and English labels */
  Labels labels();

  /** @return the constant's name, as {@link Enum#name()} gives it */
  String name();

  /** @return the stable code used in files, for example {@code joint-branch} */
  default String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** @return the Chinese label, for example {@code 联合党支部} */
  default String labelZh() {
    return labels().zh();
  }

  /** @return the English label, for example {@code joint Party branch} */
  default String labelEn() {
    return labels().en();
  }

  /**
   * @param locale the reader's locale; Chinese for any {@code zh} locale, English otherwise
   * @return the label in that language
   */
  default String label(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? labelZh() : labelEn();
  }

  /**
   * @param type the enum
   * @param code the code as written in a file
   * @return the constant with that code, if any
   */
  static <E extends Enum<E> & Labelled> Optional<E> find(Class<E> type, String code) {
    return Optional.ofNullable(org.dangjian.core.internal.CodeTables.find(type, code));
  }

  /**
   * @param type the enum
   * @param code the code as written in a file
   * @return the constant with that code
   * @throws ValidationException ({@code unknown-code}) naming the codes that exist
   */
  static <E extends Enum<E> & Labelled> E parse(Class<E> type, String code) {
    return find(type, code).orElseThrow(() -> ValidationException.of("", "unknown-code",
        "unknown " + type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT)
            + " '" + code + "'; expected one of: "
            + Arrays.stream(type.getEnumConstants()).map(Labelled::code).collect(Collectors.joining(", "))));
  }
}
