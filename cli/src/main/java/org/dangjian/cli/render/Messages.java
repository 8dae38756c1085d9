package org.dangjian.cli.render;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The command line's texts in Chinese or English, from resource bundles that never fall back on the
 * JVM's default locale: anything but Chinese is English.
 */
public final class Messages {
  private final ResourceBundle bundle;
  private final Locale locale;

  private Messages(Locale locale) {
    this.locale = "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    this.bundle = ResourceBundle.getBundle("org.dangjian.cli.messages",
        "zh".equals(this.locale.getLanguage()) ? Locale.CHINESE : Locale.ROOT,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /**
   * @param locale the reader's locale
   * @return the texts for it
   */
  public static Messages forLocale(Locale locale) {
    return new Messages(locale);
  }

  /** @return the locale the texts are in: zh-CN or en */
  public Locale locale() {
    return locale;
  }

  /**
   * @param labels a code's names
   * @return the one in the reader's language
   */
  public String label(org.dangjian.core.Labels labels) {
    return "en".equals(locale.getLanguage()) ? labels.en() : labels.zh();
  }

  /**
   * @param scheme the scheme that graded the card
   * @param card a score card
   * @return the card's grade named in the reader's language (the code if the scheme has no such band); empty if ungraded
   */
  public java.util.Optional<String> grade(org.dangjian.scoring.ScoringScheme scheme, org.dangjian.scoring.ScoreCard card) {
    return card.grade().map(g -> scheme.grade(g).map(band -> label(band.labels())).orElse(g));
  }

  /**
   * @param key the text's key
   * @param arguments values for its placeholders; numbers are written plainly, without grouping
   * @return the text
   */
  public String get(String key, Object... arguments) {
    String pattern = bundle.getString(key);
    if (arguments.length == 0) {
      return pattern;
    }
    Object[] plain = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      plain[i] = arguments[i] instanceof Number ? String.valueOf(arguments[i]) : arguments[i];
    }
    return new MessageFormat(pattern, Locale.ROOT).format(plain);
  }
}
