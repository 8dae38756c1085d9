package org.dangjian.rules;

import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.ValidationException;

/**
 * Where a rule comes from: a document and, where known, its article — for example 支部条例 第十一条.
 * Local practice is cited as practice (县局汇报).
 *
 * @param document the short name of the regulation or report, for example 支部条例
 * @param article the article, for example 第十一条; empty when the document is cited as a whole
 */
public record Citation(String document, Optional<String> article) {

  /** Checks the document name. */
  public Citation {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(article, "article");
    if (document.isBlank()) {
      throw ValidationException.of("document", "blank", "a citation names a document");
    }
  }

  /**
   * @param document the document
   * @param article the article
   * @return the citation
   */
  public static Citation of(String document, String article) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(article, "article");
    return new Citation(document, Optional.of(article));
  }

  /** The English names of the documents the built-in sets cite, by short name; another document keeps its own name. */
  private static final java.util.Map<String, String> ENGLISH = java.util.Map.ofEntries(
      java.util.Map.entry("党章", "Party Constitution"),
      java.util.Map.entry("支部条例", "Regulations on Branch Work"),
      java.util.Map.entry("发展细则", "Rules on Recruiting Members"),
      java.util.Map.entry("党费规定", "Provisions on Party Dues"),
      java.util.Map.entry("选举条例", "Regulations on Grassroots Elections"),
      java.util.Map.entry("任期意见", "Opinion on Grassroots Terms of Office"),
      java.util.Map.entry("处分条例", "Regulations on Disciplinary Sanctions"),
      java.util.Map.entry("教育管理条例", "Regulations on Educating and Managing Members"),
      java.util.Map.entry("机关条例", "Regulations on Organisations in Party and State Organs"),
      java.util.Map.entry("中小学意见2016", "Opinion on Party Building in Schools (2016)"),
      java.util.Map.entry("校长负责制意见", "Opinion on the Party-led Principal Responsibility System"),
      java.util.Map.entry("县局汇报", "county bureau's work report (practice)"),
      java.util.Map.entry("凤县2023", "Feng County 2023 (practice)"),
      java.util.Map.entry("福州2023", "Fuzhou 2023 (practice)"),
      java.util.Map.entry("五个突出", "a city bureau's five emphases (practice)"),
      java.util.Map.entry("苏州2020", "Suzhou 2020 (practice)"));

  /** An article as the documents number it: 第十一条, or two of them (第五、六条, 第二十条、第二十一条). */
  private static final java.util.regex.Pattern ARTICLES = java.util.regex.Pattern.compile(
      "第([一二三四五六七八九十百零]+)条?(?:、第?([一二三四五六七八九十百零]+)条)?");

  /**
   * @return the citation in Chinese ({@link #toString()}) and English: the document's English name where it is one
   *     the built-in sets cite, and the article as a number ({@code 支部条例 第十一条}: {@code Regulations on Branch
   *     Work, Article 11}); what it cannot render stays as written
   */
  public org.dangjian.core.Labels labels() {
    String name = ENGLISH.getOrDefault(document, document);
    String en = article.map(a -> name + ", " + englishArticle(a)).orElse(name);
    return new org.dangjian.core.Labels(toString(), en);
  }

  private static String englishArticle(String article) {
    java.util.regex.Matcher m = ARTICLES.matcher(article);
    if (!m.matches()) {
      return article;
    }
    int first = number(m.group(1));
    if (m.group(2) == null) {
      return first < 0 ? article : "Article " + first;
    }
    int second = number(m.group(2));
    return first < 0 || second < 0 ? article : "Articles " + first + " and " + second;
  }

  /** @return a Chinese numeral from 1 to 999 as a number (十一 11, 二十 20, 一百零五 105), or -1 */
  static int number(String numeral) {
    String digits = "零一二三四五六七八九";
    int total = 0;
    int pending = -1;
    for (int i = 0; i < numeral.length(); i++) {
      char c = numeral.charAt(i);
      int digit = digits.indexOf(c);
      if (digit == 0) {
        continue; // 零 holds an empty place (一百零五)
      }
      if (digit > 0) {
        if (pending >= 0) {
          return -1; // two digits without a unit between them
        }
        pending = digit;
      } else if (c == '十' || c == '百') {
        int unit = c == '十' ? 10 : 100;
        total += (pending < 0 ? 1 : pending) * unit;
        pending = -1;
      } else {
        return -1;
      }
    }
    total += Math.max(pending, 0);
    return total > 0 && total < 1000 ? total : -1;
  }

  /** @return for example {@code 支部条例 第十一条} */
  @Override
  public String toString() {
    return article.map(a -> document + " " + a).orElse(document);
  }
}
