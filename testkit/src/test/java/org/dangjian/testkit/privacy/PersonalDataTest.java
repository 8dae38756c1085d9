package org.dangjian.testkit.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dangjian.core.ValidationException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.json.DatasetFormat;
import org.dangjian.core.json.Layout;
import org.dangjian.core.json.Syntax;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.NationalIdNumber;
import org.dangjian.core.member.PersonalData;
import org.dangjian.core.member.PhoneNumber;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.ComplianceReportFormat;
import org.dangjian.rules.FindingMessages;
import org.dangjian.rules.RuleSetRegistry;
import org.dangjian.scoring.SchemeRegistry;
import org.dangjian.scoring.ScoreBoardFormat;
import org.dangjian.scoring.ScoringEngine;
import org.dangjian.scoring.ScoringScheme;
import org.dangjian.testkit.SampleCounty;
import org.junit.jupiter.api.Test;

/**
 * National ID and phone numbers never appear in full where they could leak: in any value's
 * {@code toString}, the JSON and YAML the writer produces by default, reports, findings, score boards,
 * or validation problems. Only a writer told to include them writes them.
 */
class PersonalDataTest {
  private static final Dataset COUNTY = SampleCounty.dataset();

  private static List<String> secrets() {
    List<String> all = new ArrayList<>();
    for (Member member : COUNTY.members()) {
      member.nationalId().map(PersonalData::reveal).ifPresent(all::add);
      member.phone().map(PersonalData::reveal).ifPresent(all::add);
    }
    return all;
  }

  private static void assertNoneIn(String text, List<String> secrets, String what) {
    for (String secret : secrets) {
      assertThat(text.contains(secret)).as("%s shows a national ID or phone number in full (%s…)", what, secret.substring(0, 3))
          .isFalse();
    }
  }

  @Test
  void everyPersonInTheSampleCarriesBothAndNoOutputShowsThemInFull() {
    List<String> secrets = secrets();
    assertThat(secrets).hasSize(2 * COUNTY.members().size());
    StringBuilder strings = new StringBuilder();
    COUNTY.members().forEach(m -> strings.append(m).append('\n'));
    assertNoneIn(strings.toString(), secrets, "Member.toString");
    assertThat(strings.toString()).contains("990**********").contains("139****");

    for (Syntax syntax : Syntax.values()) {
      assertNoneIn(DatasetFormat.write(COUNTY, syntax), secrets, "the default " + syntax + " output");
    }
    String full = DatasetFormat.write(COUNTY, Syntax.JSON, Layout.RECORD_PER_LINE, DatasetFormat.PersonalDataPolicy.INCLUDE);
    assertThat(secrets).allSatisfy(secret -> assertThat(full).contains(secret));
    assertThat(DatasetFormat.read(full, "full.json", Syntax.JSON).members()).isEqualTo(COUNTY.members());

    LocalDate yearEnd = LocalDate.of(2024, 12, 31);
    ComplianceReport report = ComplianceEngine.evaluate(COUNTY, RuleSetRegistry.standard().resolve("county-first-topic", yearEnd),
        ReportingPeriod.year(2024), yearEnd);
    assertNoneIn(ComplianceReportFormat.write(report), secrets, "the compliance report's JSON");
    StringBuilder findings = new StringBuilder();
    report.findings().forEach(f -> findings.append(f).append(FindingMessages.describe(f, Locale.ENGLISH))
        .append(FindingMessages.describe(f, Locale.SIMPLIFIED_CHINESE)));
    assertNoneIn(findings.toString(), secrets, "findings and their messages");
    for (String id : SchemeRegistry.standard().ids()) {
      ScoringScheme scheme = SchemeRegistry.standard().resolve(id, yearEnd);
      assertNoneIn(ScoreBoardFormat.write(ScoringEngine.score(COUNTY, scheme, 2024, report), scheme), secrets, id + "'s board");
    }
  }

  @Test
  void aWrongNumberIsRefusedWithoutRepeatingIt() {
    String full = DatasetFormat.write(COUNTY, Syntax.JSON, Layout.RECORD_PER_LINE, DatasetFormat.PersonalDataPolicy.INCLUDE);
    String first = COUNTY.members().get(0).nationalId().orElseThrow().reveal();
    String broken = first.substring(0, 17) + (first.charAt(17) == '0' ? '1' : '0');
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> DatasetFormat.read(full.replace(first, broken), "county.json", Syntax.JSON));
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).toString()).startsWith("county.json:").contains("members[0].nationalId: invalid-value")
        .contains("check character").doesNotContain(broken);
    assertThat(e.getMessage()).doesNotContain(broken);
  }

  @Test
  void numbersAreCheckedAndMasked() {
    NationalIdNumber id = NationalIdNumber.of("990101", LocalDate.of(2004, 2, 29), 12);
    assertThat(id.reveal()).startsWith("99010120040229012").hasSize(18);
    assertThat(id).hasToString("990***********" + id.reveal().substring(14)).isEqualTo(NationalIdNumber.of(id.reveal().toLowerCase(Locale.ROOT)));
    assertThat(NationalIdNumber.of("11010519491231002X").masked()).isEqualTo("110***********002X");
    for (String wrong : new String[] {"11010519491231002", "110105194912310021", "110105194902300021", "11010518991231002X", "ABCDEFGHIJKLMNOPQR"}) {
      ValidationException e = catchThrowableOfType(ValidationException.class, () -> NationalIdNumber.of(wrong));
      assertThat(e).as(wrong).isNotNull();
      assertThat(e.getMessage()).doesNotContain(wrong);
    }
    assertThat(PhoneNumber.of("13912345678")).hasToString("139****5678");
    assertThat(PhoneNumber.of("010-62345678")).hasToString("010-******78");
    assertThat(catchThrowableOfType(ValidationException.class, () -> PhoneNumber.of("12345678901")).getMessage())
        .doesNotContain("12345678901");
  }
}
