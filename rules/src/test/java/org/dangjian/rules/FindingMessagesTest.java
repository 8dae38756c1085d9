package org.dangjian.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.spi.RuleType;
import org.junit.jupiter.api.Test;

class FindingMessagesTest {

  @Test
  void everyMessageCodeOfEveryRuleTypeExistsInBothLanguages() {
    var zh = FindingMessages.codes(Locale.SIMPLIFIED_CHINESE);
    var en = FindingMessages.codes(Locale.ENGLISH);
    assertThat(zh).isEqualTo(en);
    for (String name : RuleSetRegistry.standard().ruleTypeNames()) {
      RuleType type = RuleSetRegistry.standard().ruleType(name).orElseThrow();
      assertThat(type.messageCodes()).as(name).isNotEmpty().allSatisfy(code -> assertThat(en).contains(code));
    }
  }

  @Test
  void messagesRenderInChineseAndEnglishWhateverTheDefaultLocale() {
    Finding.Builder builder = Finding.builder("branch-committee-monthly", Severity.VIOLATION, OrganisationId.of("b1"),
        new Subject(Subject.Kind.ORGANISATION, "b1"), "activity-frequency.short", Citation.of("支部条例", "第十二条"))
        .period(ReportingPeriod.month(2024, 2));
    Map.of("organisation", "城关第一小学党支部", "typeZh", "支部委员会会议", "typeEn", "branch committee meeting", "period", "2024-02",
        "held", "0", "times", "1").forEach(builder::argument);
    Finding finding = builder.build();
    assertThat(FindingMessages.describe(finding, Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("[违规] branch-committee-monthly: 城关第一小学党支部在2024-02召开支部委员会会议0次，应不少于1次 (支部条例 第十二条)");
    assertThat(FindingMessages.describe(finding, Locale.ENGLISH))
        .isEqualTo("[violation] branch-committee-monthly: 城关第一小学党支部 held 0 branch committee meeting in 2024-02; at least 1 required (Regulations on Branch Work, Article 12)");
    assertThat(FindingMessages.message(finding, Locale.forLanguageTag("tr-TR"))).startsWith("城关第一小学党支部 held 0");
  }

  @Test
  void placeholdersWithoutArgumentsStayVisible() {
    assertThat(FindingMessages.fill("{a} and {b}", Map.of("a", "x"))).isEqualTo("x and {b}");
    assertThat(FindingMessages.fill("no placeholders", Map.of())).isEqualTo("no placeholders");
    assertThat(FindingMessages.fill("unclosed {a", Map.of("a", "x"))).isEqualTo("unclosed {a");
  }
}
