package org.dangjian.core.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.dangjian.core.member.Pipeline.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.Problem;
import org.dangjian.core.TestCounty;
import org.dangjian.core.ValidationException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.json.DangjianJson;
import org.dangjian.core.json.DatasetFormat;
import org.dangjian.core.json.Syntax;
import org.dangjian.core.org.OrganisationId;
import org.junit.jupiter.api.Test;

/** Every event type travels through JSON and YAML with its stable "type" name and comes back equal. */
class MemberEventJsonTest {

  /** One or more example of every event type. */
  static List<MemberEvent> everyType() {
    LocalDate d = LocalDate.of(2024, 5, 6);
    List<MemberEvent> events = new ArrayList<>(toFullMember());
    events.addAll(List.of(
        extended("2023-06-01", 6),
        new MemberEvent.ProbationCancelled(d, "不具备党员条件"),
        transferredInProbationary("2024-01-02", "2023-05-06"),
        transferredOut("2024-02-03"),
        ((MemberEvent.TransferredOut) transferredOut("2024-02-03")).withReceipt(LocalDate.of(2024, 2, 20)),
        new MemberEvent.Suspended(d, "失去联系六个月以上"),
        new MemberEvent.Reinstated(d),
        probationWithinParty("2024-03-01", 24),
        sanctioned("2024-03-02", SanctionKind.WARNING),
        new MemberEvent.SanctionEnded(d, SanctionKind.PROBATION_WITHIN_PARTY),
        new MemberEvent.Removed(d, RemovalKind.STRUCK_OFF),
        new MemberEvent.Withdrew(d),
        died("2024-12-01"),
        new MemberEvent.Moved(d, OrganisationId.of("b2"), Optional.of(OrganisationId.of("b2-g1"))),
        new MemberEvent.Moved(d, OrganisationId.of("b3"), Optional.empty()),
        new MemberEvent.CategoryChanged(d, MemberCategory.RETIRED),
        new MemberEvent.FirstTalkHeld(d, Optional.empty()),
        new MemberEvent.PreReviewed(d, OrganisationId.of("jyj"), true),
        new MemberEvent.ProbationReviewed(d),
        new MemberEvent.TrainingCompleted(d, d.plusDays(2), 24).withPassed(false),
        new MemberEvent.Admitted(d, new VoteTally(30, 20, 19, 1, 0, 3))));
    return events;
  }

  @Test
  void theExamplesCoverEveryType() {
    Set<EventType> covered = EnumSet.noneOf(EventType.class);
    everyType().forEach(e -> covered.add(e.type()));
    assertThat(covered).containsExactlyInAnyOrder(EventType.values());
  }

  @Test
  void eachEventRoundTripsWithItsTypeName() throws Exception {
    for (Syntax syntax : Syntax.values()) {
      ObjectMapper mapper = DangjianJson.mapper(syntax);
      for (MemberEvent event : everyType()) {
        String text = mapper.writerFor(MemberEvent.class).writeValueAsString(event);
        assertThat(text).as(syntax + " " + event).contains(event.type().code());
        assertThat(mapper.readValue(text, MemberEvent.class)).isEqualTo(event);
      }
    }
  }

  @Test
  void typeNamesAreStable() throws Exception {
    String json = DangjianJson.jsonMapper().writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
        .forType(MemberEvent.class).writeValueAsString(introducers("2021-12-01"));
    assertThat(json).isEqualTo("{\"type\":\"introducers-named\",\"date\":\"2021-12-01\",\"introducers\":[\"m-intro-a\",\"m-intro-b\"]}");
    assertThat(EventType.TRANSFERRED_IN.code()).isEqualTo("transferred-in");
    assertThat(EventType.SANCTION_ENDED.code()).isEqualTo("sanction-ended");
  }

  private static Problem onlyProblem(String json) {
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> DatasetFormat.read(json, "c.json", Syntax.JSON));
    assertThat(e).as("expected a rejection").isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  private static String county() {
    return DatasetFormat.write(TestCounty.dataset(), Syntax.JSON);
  }

  @Test
  void unknownAndMissingEventTypesAreNamed() {
    String json = county();
    Problem unknown = onlyProblem(json.replaceFirst("\"type\": \"transferred-in\"", "\"type\": \"joined\""));
    assertThat(unknown.code()).isEqualTo("unknown-type");
    assertThat(unknown.path()).isEqualTo("members[0].history[0]");
    assertThat(unknown.message()).contains("'joined'").contains("transferred-in");
    assertThat(unknown.line()).isPositive();
    Problem missing = onlyProblem(json.replaceFirst("\"type\": \"transferred-in\",", ""));
    assertThat(missing.code()).isEqualTo("missing-field");
  }

  @Test
  void badValuesInsideEventsAreLocated() {
    String json = county();
    Problem date = onlyProblem(json.replaceFirst("\"fullSince\": \"2010-10-01\"", "\"fullSince\": \"2010-02-30\""));
    assertThat(date.path()).isEqualTo("members[0].history[0].fullSince");
    assertThat(date.code()).isEqualTo("invalid-date");
    assertThat(date.line()).isEqualTo(lineOf(json, "\"fullSince\": \"2010-10-01\""));
    Problem status = onlyProblem(json.replaceFirst("\"status\": \"full\"", "\"status\": \"activist\""));
    assertThat(status.path()).isEqualTo("members[0].history[0].status");
    assertThat(status.code()).isEqualTo("invalid-value");
    Problem absent = onlyProblem(json.replaceFirst("\"from\": \"[^\"]*\",\\s*", ""));
    assertThat(absent.path()).isEqualTo("members[0].history[0].from");
    assertThat(absent.code()).isEqualTo("missing-field");
    assertThat(absent.message()).isEqualTo("a 'transferred-in' event (组织关系转入) needs 'from'").doesNotContain("MemberEvent");
    assertThat(absent.line()).isPositive();
    Problem field = onlyProblem(json.replaceFirst("\"status\": \"full\"", "\"status\": \"full\", \"note\": \"x\""));
    assertThat(field.code()).isEqualTo("unknown-field");
    assertThat(field.path()).isEqualTo("members[0].history[0].note");
  }

  @Test
  void illegalHistoriesAreLocatedAtTheEvent() {
    String json = county();
    String twice = json.replaceFirst("(\"history\": \\[\\s*)(\\{[^\\[\\]]*?\\{[^{}]*\\}[^{}]*\\})",
        "$1$2, {\"type\": \"confirmed\", \"date\": \"2013-01-01\", \"tally\": {\"entitled\": 3, \"present\": 3, \"inFavour\": 3, \"against\": 0, \"abstaining\": 0, \"writtenOpinions\": 0}}");
    Problem problem = onlyProblem(twice);
    assertThat(problem.path()).isEqualTo("members[0].history[1]");
    assertThat(problem.code()).isEqualTo("illegal-transition");
    assertThat(problem.message()).contains("only a probationary member is confirmed");
  }

  @Test
  void aWholeDatasetWithRichHistoriesRoundTrips() {
    TestCounty county = new TestCounty();
    county.replaceMember("m12", m -> Member.builder().from(m).history(developedInTestCounty()).build());
    county.replaceMember("m13", m -> Member.builder().from(m).history(with(developedInTestCounty(), probationWithinParty("2024-03-01", 12))).build());
    county.replaceOrganisation("zx-b1", o -> o.withCommittee(o.committee().orElseThrow().withPostponement(
        new org.dangjian.core.org.Postponement(OrganisationId.of("zx"), LocalDate.of(2025, 8, 1), 6))));
    Dataset dataset = county.build();
    assertThat(DatasetFormat.write(dataset, Syntax.JSON)).contains("\"postponement\": {\n");
    for (Syntax syntax : Syntax.values()) {
      assertThat(DatasetFormat.read(DatasetFormat.write(dataset, syntax), "x", syntax)).isEqualTo(dataset);
    }
  }

  private static List<MemberEvent> with(List<MemberEvent> history, MemberEvent more) {
    List<MemberEvent> longer = new ArrayList<>(history);
    longer.add(more);
    return longer;
  }

  private static int lineOf(String text, String fragment) {
    return (int) text.substring(0, text.indexOf(fragment)).chars().filter(c -> c == '\n').count() + 1;
  }
}
