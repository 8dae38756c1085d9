package org.dangjian.core;

import java.util.Locale;

/**
 * A closed set of domain codes with Chinese and English labels, such as organisation kinds.
 *
 * <p>The {@linkplain #code() code} is what the interchange format carries (lower-case words joined
 * by hyphens, independent of any locale); the labels are for people.
 */
public interface Labelled {

  /** @return the stable code used in files, for example {@code joint-branch} */
  String code();

  /** @return the Chinese label, for example {@code 联合党支部} */
  String labelZh();

  /** @return the English label, for example {@code joint branch} */
  String labelEn();

  /**
   * @param locale the reader's locale; Chinese for any {@code zh} locale, English otherwise
   * @return the label in that language
   */
  default String label(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? labelZh() : labelEn();
  }
}
