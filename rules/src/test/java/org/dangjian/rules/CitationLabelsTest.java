package org.dangjian.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A citation in both languages: the document's English name and the article as a number. */
class CitationLabelsTest {

  @Test
  void articlesAreNumberedAndDocumentsNamedInEnglish() {
    assertThat(Citation.of("支部条例", "第十一条").labels().en()).isEqualTo("Regulations on Branch Work, Article 11");
    assertThat(Citation.of("支部条例", "第十一条").labels().zh()).isEqualTo("支部条例 第十一条");
    assertThat(Citation.of("机关条例", "第五、六条").labels().en()).isEqualTo("Regulations on Organisations in Party and State Organs, Articles 5 and 6");
    assertThat(Citation.of("支部条例", "第二十条、第二十一条").labels().en()).isEqualTo("Regulations on Branch Work, Articles 20 and 21");
    assertThat(Citation.of("发展细则", "第三十三条").labels().en()).isEqualTo("Rules on Recruiting Members, Article 33");
    assertThat(new Citation("中小学意见2016", Optional.empty()).labels().en()).isEqualTo("Opinion on Party Building in Schools (2016)");
  }

  @Test
  void whatCannotBeRenderedStaysAsWritten() {
    assertThat(Citation.of("某县细则", "第五条").labels().en()).isEqualTo("某县细则, Article 5");
    assertThat(Citation.of("党章", "附则").labels().en()).isEqualTo("Party Constitution, 附则");
    assertThat(Citation.number("十")).isEqualTo(10);
    assertThat(Citation.number("九十九")).isEqualTo(99);
    assertThat(Citation.number("一百零五")).isEqualTo(105);
    assertThat(Citation.number("一二")).isEqualTo(-1);
    assertThat(Citation.number("")).isEqualTo(-1);
  }

  @Test
  void everyBuiltInCitationHasAnEnglishNameAndNumberedArticles() {
    RuleSetRegistry registry = RuleSetRegistry.standard();
    for (String id : registry.ids()) {
      for (RuleEntry entry : registry.resolve(id, LocalDate.of(2025, 1, 1)).entries()) {
        String en = entry.citation().labels().en();
        assertThat(en).as(entry.id() + " " + entry.citation()).doesNotContainPattern("\\p{IsHan}");
      }
    }
  }
}
