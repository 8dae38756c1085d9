package org.dangjian.rules;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders findings in Chinese or English from the resource bundles {@code
 * org/dangjian/rules/messages} (English) and {@code messages_zh}. Templates name arguments as {@code
 * {name}}; numbers and dates are written as the rules pass them, so nothing depends on the default
 * locale. Bundles never fall back on the JVM's default locale: anything but Chinese is English.
 */
public final class FindingMessages {
  private static final String BUNDLE = "org.dangjian.rules.messages";

  private FindingMessages() {}

  private static ResourceBundle bundle(Locale locale) {
    Locale language = "zh".equals(locale.getLanguage()) ? Locale.CHINESE : Locale.ROOT;
    return ResourceBundle.getBundle(BUNDLE, language,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /**
   * @param finding a finding
   * @param locale the reader's locale
   * @return its message, arguments filled in
   */
  public static String message(Finding finding, Locale locale) {
    String template;
    try {
      template = bundle(locale).getString(finding.messageCode());
    } catch (MissingResourceException e) {
      template = finding.messageCode() + " " + finding.arguments();
    }
    return fill(template, finding.arguments());
  }

  /**
   * @param finding a finding
   * @param locale the reader's locale
   * @return one line: severity, rule, message and citation, for example {@code [违规] branch-size: … (支部条例 第四条)}; in
   *     English the citation too ({@code (Regulations on Branch Work, Article 4)})
   */
  public static String describe(Finding finding, Locale locale) {
    org.dangjian.core.Labels citation = finding.citation().labels();
    return "[" + finding.severity().label(locale) + "] " + finding.ruleId() + ": " + message(finding, locale)
        + " (" + ("zh".equals(locale.getLanguage()) ? citation.zh() : citation.en()) + ")";
  }

  /**
   * @param locale a locale
   * @return every message code its bundle defines, sorted
   */
  public static Set<String> codes(Locale locale) {
    return new TreeSet<>(bundle(locale).keySet());
  }

  static String fill(String template, Map<String, String> arguments) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      int close = open < 0 ? -1 : template.indexOf('}', open);
      if (open < 0 || close < 0) {
        out.append(template, i, template.length());
        break;
      }
      out.append(template, i, open);
      String name = template.substring(open + 1, close);
      out.append(arguments.getOrDefault(name, "{" + name + "}"));
      i = close + 1;
    }
    return out.toString();
  }
}
