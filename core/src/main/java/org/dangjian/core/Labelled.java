package org.dangjian.core;

import java.util.Locale;

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
}
