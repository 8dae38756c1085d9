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

  /** @return for example {@code 支部条例 第十一条} */
  @Override
  public String toString() {
    return article.map(a -> document + " " + a).orElse(document);
  }
}
