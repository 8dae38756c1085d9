package org.dangjian.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjian.core.ValidationException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.json.DangjianJson;
import org.dangjian.core.json.Syntax;
import org.dangjian.core.member.Member;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.statistics.Statistics;
import org.dangjian.core.statistics.StatisticsFormat;
import org.dangjian.core.statistics.StatisticsReport;
import org.junit.jupiter.api.Test;

/**
 * The sample county's statistics (党内统计) for 2024 against counts made another way — from the raw JSON file, or
 * from each member's present status rather than the facts on 31 December — and the figures of the organisations
 * directly under the bureau summing to the county's.
 */
class StatisticsTest {
  private static final StatisticsReport COUNTY = Statistics.of(SampleCounty.dataset(), 2024);

  private static JsonNode raw() throws IOException {
    return DangjianJson.mapper(Syntax.JSON).readTree(SampleCounty.bytes());
  }

  /** The ids of the members at the end of 2024, by their present status: the sample's records end with 2024. */
  private static Set<String> membersNow() {
    Set<String> ids = new HashSet<>();
    for (Member member : SampleCounty.dataset().members()) {
      if (member.status().isMember()) {
        ids.add(member.id().value());
      }
    }
    return ids;
  }

  private static Map<String, Integer> countBy(JsonNode records, String field, java.util.function.Predicate<JsonNode> filter) {
    Map<String, Integer> counts = new HashMap<>();
    for (JsonNode record : records) {
      if (filter.test(record)) {
        counts.merge(record.get(field).asText(), 1, Integer::sum);
      }
    }
    return counts;
  }

  @Test
  void theMembersTablesAgreeWithTheRawRecordsAndTheReadmesFigures() throws IOException {
    Set<String> members = membersNow();
    JsonNode raw = raw().get("members");
    assertThat(COUNTY.table("members-by-status").count("full")).as("the README's 563").isEqualTo(563);
    assertThat(COUNTY.table("members-by-status").count("probationary")).isEqualTo(6);
    assertThat(COUNTY.table("pipeline").total()).as("the README's 21 applicants, activists and candidates").isEqualTo(21);
    Map<String, Integer> gender = countBy(raw, "gender", m -> members.contains(m.get("id").asText()));
    Map<String, Integer> category = countBy(raw, "category", m -> members.contains(m.get("id").asText()));
    for (StatisticsReport.Row row : COUNTY.table("members-by-gender").rows()) {
      assertThat(row.count()).as("gender %s", row.key()).isEqualTo(gender.getOrDefault(row.key(), 0));
    }
    for (StatisticsReport.Row row : COUNTY.table("members-by-category").rows()) {
      assertThat(row.count()).as("category %s", row.key()).isEqualTo(category.getOrDefault(row.key(), 0));
    }
    for (String table : List.of("members-by-category", "members-by-gender", "members-by-age")) {
      assertThat(COUNTY.table(table).total()).as(table).isEqualTo(members.size());
    }
    assertThat(COUNTY.table("members-by-standing").total()).isEqualTo(COUNTY.table("members-by-status").count("full"));
  }

  @Test
  void anAgeBandIncludesItsUpperBoundAndTheIdsAreTheRecordsCounted() {
    Dataset county = SampleCounty.dataset();
    LocalDate yearEnd = LocalDate.of(2024, 12, 31);
    StatisticsReport.Row thirty = COUNTY.table("members-by-age").row("30-").orElseThrow();
    assertThat(thirty.ids()).hasSize(thirty.count()).allSatisfy(id -> {
      Member member = county.member(org.dangjian.core.member.MemberId.of(id.substring("member:".length()))).orElseThrow();
      assertThat(member.ageOn(yearEnd)).isLessThanOrEqualTo(30);
    });
    assertThat(COUNTY.table("members-by-age").row("31-35").orElseThrow().ids()).allSatisfy(id -> assertThat(
        county.member(org.dangjian.core.member.MemberId.of(id.substring(7))).orElseThrow().ageOn(yearEnd)).isBetween(31, 35));
  }

  @Test
  void theYearsFlowsAgreeWithTheRawEvents() throws IOException {
    JsonNode raw = raw();
    Map<String, String> categoryOf = new HashMap<>();
    raw.get("members").forEach(m -> categoryOf.put(m.get("id").asText(), m.get("category").asText()));
    Map<String, Integer> admitted = new HashMap<>();
    int transfersIn = 0;
    for (JsonNode member : raw.get("members")) {
      for (JsonNode event : member.path("history")) {
        if (event.path("date").asText().startsWith("2024")) {
          if (event.get("type").asText().equals("admitted")) {
            admitted.merge(categoryOf.get(member.get("id").asText()), 1, Integer::sum);
          }
          transfersIn += event.get("type").asText().equals("transferred-in") ? 1 : 0;
        }
      }
    }
    assertThat(COUNTY.table("admissions-by-category").total()).isEqualTo(admitted.values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(5);
    assertThat(COUNTY.table("admissions-by-category").count("teacher")).isEqualTo(admitted.getOrDefault("teacher", 0));
    assertThat(COUNTY.table("transfers").count("transferred-in")).isEqualTo(transfersIn);

    Map<String, Integer> activities = countBy(raw.get("activities"), "type", a -> a.get("date").asText().startsWith("2024"));
    Map<String, Integer> attendances = new HashMap<>();
    raw.get("activities").forEach(a -> {
      if (a.get("date").asText().startsWith("2024")) {
        attendances.merge(a.get("type").asText(), a.path("attendees").size(), Integer::sum);
      }
    });
    for (StatisticsReport.Row row : COUNTY.table("activities-by-type").rows()) {
      assertThat(row.count()).as("activities %s", row.key()).isEqualTo(activities.getOrDefault(row.key(), 0));
      assertThat(row.ids()).hasSize(row.count());
    }
    for (StatisticsReport.Row row : COUNTY.table("attendances-by-type").rows()) {
      assertThat(row.count()).as("attendances %s", row.key()).isEqualTo(attendances.getOrDefault(row.key(), 0));
    }
  }

  @Test
  void agesSanctionsExitsConfirmationsAndCommitteesAgreeWithTheRawRecords() throws IOException {
    JsonNode raw = raw();
    Set<String> members = membersNow();
    LocalDate yearEnd = LocalDate.of(2024, 12, 31);
    Map<String, Integer> ages = new HashMap<>();
    Map<String, Integer> events = new HashMap<>();
    Map<String, Integer> sanctions = new HashMap<>();
    for (JsonNode member : raw.get("members")) {
      if (members.contains(member.get("id").asText())) {
        int age = java.time.Period.between(LocalDate.parse(member.get("birthDate").asText()), yearEnd).getYears();
        String band = age <= 30 ? "30-" : age > 80 ? "81+" : age > 60 ? (age <= 70 ? "61-70" : "71-80")
            : (age - 1) / 5 * 5 + 1 + "-" + ((age - 1) / 5 * 5 + 5);
        ages.merge(band, 1, Integer::sum);
      }
      for (JsonNode event : member.path("history")) {
        if (event.path("date").asText().startsWith("2024")) {
          events.merge(event.get("type").asText(), 1, Integer::sum);
          if (event.get("type").asText().equals("sanctioned")) {
            sanctions.merge(event.get("sanction").asText(), 1, Integer::sum);
          }
        }
      }
    }
    for (StatisticsReport.Row row : COUNTY.table("members-by-age").rows()) {
      assertThat(row.count()).as("age %s", row.key()).isEqualTo(ages.getOrDefault(row.key(), 0));
    }
    for (StatisticsReport.Row row : COUNTY.table("exits").rows()) {
      assertThat(row.count()).as("exits %s", row.key()).isEqualTo(events.getOrDefault(row.key(), 0));
    }
    for (StatisticsReport.Row row : COUNTY.table("sanctions-by-kind").rows()) {
      assertThat(row.count()).as("sanctions %s", row.key()).isEqualTo(sanctions.getOrDefault(row.key(), 0));
    }
    assertThat(COUNTY.table("confirmations-by-category").total()).isEqualTo(events.getOrDefault("confirmed", 0));
    int overdue = 0;
    int dueInYear = 0;
    for (JsonNode organisation : raw.get("organisations")) {
      JsonNode committee = organisation.path("committee");
      if (!committee.isMissingNode()) {
        LocalDate termEnd = LocalDate.parse(committee.get("elected").asText()).plusYears(committee.get("termYears").asInt());
        overdue += termEnd.getYear() < 2024 ? 1 : 0;
        dueInYear += termEnd.getYear() == 2024 ? 1 : 0;
      }
    }
    assertThat(COUNTY.table("committees-due").count("overdue")).as("城关第二小学's, since 2023").isEqualTo(overdue).isEqualTo(1);
    assertThat(COUNTY.table("committees-due").count("due-in-year")).isEqualTo(dueInYear);
  }

  @Test
  void theDevelopmentQuotaIsTheLettersPlacesBesideTheMembersAdmitted() {
    // 第一中学 two places, 第二中学, 北坪镇九年一贯制学校 and 职业教育中心 one each, 实验小学 two; zero elsewhere.
    StatisticsReport.Table quota = COUNTY.table("development-quota");
    assertThat(quota.additive()).isFalse();
    assertThat(quota.count("planned")).isEqualTo(7);
    assertThat(quota.row("planned").orElseThrow().ids()).contains("letter:zrs-2024-yz/admissions#1", "letter:zrs-2024-yz/admissions#2")
        .doesNotContain("letter:zrs-2024-yz/admissions#3");
    assertThat(quota.count("admitted")).isEqualTo(COUNTY.table("admissions-by-category").total()).isEqualTo(5);
    assertThat(Statistics.of(SampleCounty.dataset(), OrganisationId.of("zj"), 2024).table("development-quota").rows())
        .extracting(StatisticsReport.Row::count).containsExactly(1, 0);
  }

  @Test
  void theAgesAtAdmissionAndTheYoungTeachersInThePipelineAgreeWithTheRawRecords() throws IOException {
    JsonNode raw = raw();
    Map<String, Integer> atAdmission = new HashMap<>();
    Map<String, Integer> young = new HashMap<>();
    LocalDate yearEnd = LocalDate.of(2024, 12, 31);
    Map<String, org.dangjian.core.member.MemberStatus> now = new HashMap<>();
    SampleCounty.dataset().members().forEach(m -> now.put(m.id().value(), m.status()));
    for (JsonNode member : raw.get("members")) {
      LocalDate born = LocalDate.parse(member.get("birthDate").asText());
      for (JsonNode event : member.path("history")) {
        if (event.get("type").asText().equals("admitted") && event.get("date").asText().startsWith("2024")) {
          int age = java.time.Period.between(born, LocalDate.parse(event.get("date").asText())).getYears();
          atAdmission.merge(age <= 30 ? "30-" : (age - 1) / 5 * 5 + 1 + "-" + ((age - 1) / 5 * 5 + 5), 1, Integer::sum);
        }
      }
      org.dangjian.core.member.MemberStatus status = now.get(member.get("id").asText());
      if (status.isInDevelopment() && member.get("category").asText().equals("teacher")
          && java.time.Period.between(born, yearEnd).getYears() <= Statistics.YOUNG_TEACHER_AGE) {
        young.merge(status.code(), 1, Integer::sum);
      }
    }
    for (StatisticsReport.Row row : COUNTY.table("admissions-by-age").rows()) {
      assertThat(row.count()).as("admitted aged %s", row.key()).isEqualTo(atAdmission.getOrDefault(row.key(), 0));
    }
    for (StatisticsReport.Row row : COUNTY.table("pipeline-young-teachers").rows()) {
      assertThat(row.count()).as("young teachers, %s", row.key()).isEqualTo(young.getOrDefault(row.key(), 0));
    }
    assertThat(COUNTY.table("pipeline-young-teachers").total()).isEqualTo(7);
  }

  @Test
  void organisationsAndUnitsAgreeWithTheRawRecords() throws IOException {
    JsonNode raw = raw();
    Map<String, Integer> kinds = countBy(raw.get("organisations"), "kind",
        o -> !o.has("dissolved") || o.get("dissolved").asText().compareTo("2024-12-31") > 0);
    for (StatisticsReport.Row row : COUNTY.table("organisations-by-kind").rows()) {
      assertThat(row.count()).as("kind %s", row.key()).isEqualTo(kinds.getOrDefault(row.key(), 0));
    }
    Map<String, List<String>> coveringKinds = new HashMap<>();
    for (JsonNode organisation : raw.get("organisations")) {
      organisation.path("units").forEach(u -> coveringKinds.computeIfAbsent(u.asText(), k -> new ArrayList<>()).add(organisation.get("kind").asText()));
    }
    int own = 0;
    int joint = 0;
    int none = 0;
    for (JsonNode unit : raw.get("units")) {
      List<String> covering = coveringKinds.getOrDefault(unit.get("id").asText(), List.of());
      if (covering.isEmpty()) {
        none++;
      } else if (covering.stream().allMatch("joint-branch"::equals)) {
        joint++;
      } else {
        own++;
      }
    }
    assertThat(COUNTY.table("unit-coverage").count("own")).isEqualTo(own);
    assertThat(COUNTY.table("unit-coverage").count("joint")).isEqualTo(joint);
    assertThat(COUNTY.table("unit-coverage").count("none")).isEqualTo(none);
    assertThat(COUNTY.table("unit-coverage").total()).isEqualTo(30);
    // 南街镇初级中学's committee-less branch has no secretary; every other organisation but the groups has one.
    assertThat(COUNTY.table("secretaries").count("secretary")).isEqualTo(kinds.values().stream().mapToInt(Integer::intValue).sum()
        - kinds.getOrDefault("group", 0) - 1);
  }

  @Test
  void theOrganisationsUnderTheBureauSumToTheCounty() {
    Dataset county = SampleCounty.dataset();
    Organisation bureau = county.tree().roots().get(0);
    List<StatisticsReport> parts = county.tree().organisations().stream().filter(o -> o.parent().filter(bureau.id()::equals).isPresent())
        .map(o -> Statistics.of(county, o.id(), 2024)).toList();
    assertThat(parts).hasSize(18);
    for (String table : List.of("members-by-status", "members-by-category", "members-by-gender", "members-by-age", "members-by-standing",
        "admissions-by-category", "confirmations-by-category", "pipeline", "pipeline-young-teachers", "transfers", "sanctions-by-kind",
        "exits")) {
      for (StatisticsReport.Row row : COUNTY.table(table).rows()) {
        assertThat(parts.stream().mapToInt(p -> p.table(table).count(row.key())).sum()).as("%s %s", table, row.key()).isEqualTo(row.count());
      }
    }
    // The bureau's own committee and its own activities are the county's only, not any part's.
    StatisticsReport own = Statistics.of(county, bureau.id(), 2024);
    assertThat(own.table("organisations-by-kind").total()).isEqualTo(COUNTY.table("organisations-by-kind").total())
        .isEqualTo(1 + parts.stream().mapToInt(p -> p.table("organisations-by-kind").total()).sum());
    assertThat(COUNTY.table("activities-by-type").total()).isEqualTo(county.activitiesOf(bureau.id(),
        org.dangjian.core.time.ReportingPeriod.year(2024)).size() + parts.stream().mapToInt(p -> p.table("activities-by-type").total()).sum());
  }

  @Test
  void thePartsOfAPartitionAddUpToTheWhole() {
    Dataset county = SampleCounty.dataset();
    for (int depth = 0; depth <= 2; depth++) {
      List<StatisticsReport> parts = county.partition(Dataset.byAncestorAt(depth)).values().stream().map(p -> Statistics.of(p, 2024)).toList();
      StatisticsReport whole = StatisticsReport.sum(county.region().name(), parts);
      for (StatisticsReport.Table table : COUNTY.tables()) {
        for (StatisticsReport.Row row : table.rows()) {
          assertThat(whole.table(table.id()).row(row.key()).orElseThrow().ids())
              .as("the county cut at depth " + depth + ", its parts' " + table.id() + " " + row.key() + " added up").isEqualTo(row.ids());
        }
      }
      assertThat(StatisticsFormat.json(whole)).isEqualTo(StatisticsFormat.json(COUNTY));
    }
  }

  @Test
  void onADayTheStateIsThatDaysAndTheFlowsTheYearsSoFar() throws IOException {
    LocalDate midYear = LocalDate.of(2024, 6, 30);
    StatisticsReport half = Statistics.on(SampleCounty.dataset(), java.util.Optional.empty(), midYear);
    assertThat(half.asOf()).isEqualTo(midYear);
    int activities = 0;
    for (JsonNode activity : raw().get("activities")) {
      String date = activity.get("date").asText();
      activities += date.startsWith("2024") && date.compareTo("2024-06-30") <= 0 ? 1 : 0;
    }
    assertThat(half.table("activities-by-type").total()).as("the activities of the first half, its last day counting").isEqualTo(activities);
    long members = SampleCounty.dataset().members().stream().filter(m -> m.factsOn(midYear).status().isMember()).count();
    assertThat(half.table("members-by-status").total()).isEqualTo(members);
    assertThat(Statistics.on(SampleCounty.dataset(), java.util.Optional.empty(), LocalDate.of(2024, 12, 31)))
        .as("on the year's last day, the year's report").isEqualTo(COUNTY);
  }

  @Test
  void aYearBeforeTheRecordsCountsNothingAndAnUnknownScopeIsRefused() {
    assertThat(Statistics.of(SampleCounty.dataset(), 1990).table("members-by-status").total()).as("the members at the end of 1990")
        .isEqualTo(48);
    StatisticsReport before = Statistics.of(SampleCounty.dataset(), 1900);
    assertThat(before.table("members-by-status").total()).isZero();
    assertThat(before.table("organisations-by-kind").total()).isZero();
    assertThat(before.table("activities-by-type").total()).isZero();
    assertThat(before.table("members-by-age").rows()).as("every band, zero or not").hasSize(10);
    assertThat(catchThrowableOfType(ValidationException.class, () -> Statistics.of(SampleCounty.dataset(), OrganisationId.of("nowhere"),
        2024)).problems()).extracting(org.dangjian.core.Problem::code).containsExactly("unknown-organisation");
    assertThat(catchThrowableOfType(ValidationException.class, () -> Statistics.of(SampleCounty.dataset(), 1800)).problems())
        .extracting(org.dangjian.core.Problem::code).containsExactly("invalid-value");
  }

  @Test
  void aYearsMembersAreTheLastYearsWithTheYearsFlows() {
    // The members' histories keep 2023 answerable: its members, plus 2024's admissions and transfers in, less its
    // transfers out, exits and expulsions, are 2024's (no one was reinstated).
    StatisticsReport last = Statistics.of(SampleCounty.dataset(), 2023);
    int stock = last.table("members-by-status").total() + COUNTY.table("admissions-by-category").total()
        + COUNTY.table("transfers").count("transferred-in") - COUNTY.table("transfers").count("transferred-out")
        - COUNTY.table("exits").total() - COUNTY.table("sanctions-by-kind").count("expulsion");
    assertThat(stock).isEqualTo(COUNTY.table("members-by-status").total());
    assertThat(SampleCounty.dataset().members()).noneMatch(m -> m.history().stream().anyMatch(e -> e.type()
        == org.dangjian.core.member.EventType.REINSTATED && e.date().getYear() == 2024));
  }

  @Test
  void theJsonMatchesItsSchemaAndTheCsvHasARowALine() throws IOException {
    String json = StatisticsFormat.json(COUNTY);
    assertThat(json).isEqualTo(StatisticsFormat.json(Statistics.of(SampleCounty.dataset(), 2024)));
    try (InputStream in = StatisticsFormat.class.getResourceAsStream(StatisticsFormat.SCHEMA_RESOURCE)) {
      var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(DangjianJson.mapper(Syntax.JSON).readTree(in));
      JsonNode document = DangjianJson.mapper(Syntax.JSON).readTree(json);
      assertThat(schema.validate(document)).isEmpty();
      ((com.fasterxml.jackson.databind.node.ObjectNode) document.get("tables").get(0)).remove("rows");
      assertThat(schema.validate(document)).isNotEmpty();
      JsonNode compared = DangjianJson.mapper(Syntax.JSON).readTree(StatisticsFormat.json(COUNTY, Statistics.of(SampleCounty.dataset(), 2023)));
      assertThat(schema.validate(compared)).isEmpty();
      assertThat(compared.get("tables").get(0).get("previousTotal").asInt()).isEqualTo(565);
    }
    List<String> lines = StatisticsFormat.csv(COUNTY).lines().toList();
    assertThat(lines.get(0)).isEqualTo(StatisticsFormat.CSV_HEADER);
    assertThat(lines).hasSize(1 + COUNTY.tables().stream().mapToInt(t -> t.rows().size()).sum());
    assertThat(lines).contains("members-by-status,full,正式党员,full member,563");
    assertThat(StatisticsFormat.csv(COUNTY, Statistics.of(SampleCounty.dataset(), 2023)).lines())
        .contains("members-by-status,full,正式党员,full member,563,564,-1");
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> StatisticsFormat.csv(COUNTY, COUNTY)))
        .hasMessageContaining("an earlier year");
  }
}
