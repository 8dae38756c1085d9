package org.dangjian.core.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import org.dangjian.core.member.MemberEvent;
import org.jspecify.annotations.Nullable;

/**
 * The dataset interchange format {@code dangjian/dataset@1} as plain records: what Jackson binds
 * strictly before the values are checked and turned into domain types. Every field is nullable here;
 * required ones are reported as missing by {@link DatasetMapping}. Not API.
 */
public final class Documents {
  private Documents() {}

  /** The whole document. */
  @JsonPropertyOrder({"schema", "region", "units", "organisations", "members", "activityTypes", "activities",
      "duesBases", "duesPayments", "trainings", "ledger", "commitments", "ballots", "reportRatings"})
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record DatasetDoc(
      @Nullable String schema,
      @Nullable RegionDoc region,
      @Nullable List<UnitDoc> units,
      @Nullable List<OrganisationDoc> organisations,
      @Nullable List<MemberDoc> members,
      @Nullable List<ActivityTypeDoc> activityTypes,
      @Nullable List<ActivityDoc> activities,
      @Nullable List<DuesBaseDoc> duesBases,
      @Nullable List<DuesPaymentDoc> duesPayments,
      @Nullable List<TrainingDoc> trainings,
      @Nullable List<LedgerDoc> ledger,
      @Nullable List<CommitmentDoc> commitments,
      @Nullable List<BallotDoc> ballots,
      @Nullable List<ReportRatingDoc> reportRatings) {}

  /** {@code ledger[i]}. */
  @JsonPropertyOrder({"date", "member", "category", "points", "note", "approver"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record LedgerDoc(@Nullable String date, @Nullable String member, @Nullable String category,
      @Nullable BigDecimal points, @Nullable String note, @Nullable String approver) {}

  /** {@code commitments[i]}. */
  @JsonPropertyOrder({"member", "year", "made", "items"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record CommitmentDoc(@Nullable String member, @Nullable Integer year, @Nullable String made,
      @Nullable List<CommitmentItemDoc> items) {}

  /** {@code commitments[i].items[j]}. */
  @JsonPropertyOrder({"title", "target", "outcome"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record CommitmentItemDoc(@Nullable String title, @Nullable String target, @Nullable String outcome) {}

  /** {@code ballots[i]}. */
  @JsonPropertyOrder({"voter", "subject", "year", "grade"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record BallotDoc(@Nullable String voter, @Nullable String subject, @Nullable Integer year, @Nullable String grade) {}

  /** {@code reportRatings[i]}. */
  @JsonPropertyOrder({"rater", "secretary", "organisation", "year", "grade"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ReportRatingDoc(@Nullable String rater, @Nullable String secretary, @Nullable String organisation,
      @Nullable Integer year, @Nullable String grade) {}

  /** {@code trainings[i]}. */
  @JsonPropertyOrder({"member", "date", "title"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record TrainingDoc(@Nullable String member, @Nullable String date, @Nullable String title) {}

  /** {@code activityTypes[i]}: a type beyond the standard ones. */
  @JsonPropertyOrder({"code", "zh", "en"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ActivityTypeDoc(@Nullable String code, @Nullable String zh, @Nullable String en) {}

  /** {@code activities[i]}. */
  @JsonPropertyOrder({"id", "organisation", "unit", "type", "date", "minutes", "host", "recorder", "lecturer", "attendees",
      "absentees", "agenda", "summary"})
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record ActivityDoc(
      @Nullable String id,
      @Nullable String organisation,
      @Nullable String unit,
      @Nullable String type,
      @Nullable String date,
      @Nullable Integer minutes,
      @Nullable String host,
      @Nullable String recorder,
      @Nullable String lecturer,
      @Nullable List<String> attendees,
      @Nullable List<AbsenceDoc> absentees,
      @Nullable List<AgendaItemDoc> agenda,
      @Nullable String summary) {}

  /** {@code activities[i].absentees[j]}. */
  @JsonPropertyOrder({"member", "reason"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record AbsenceDoc(@Nullable String member, @Nullable String reason) {}

  /** {@code activities[i].agenda[j]}. */
  @JsonPropertyOrder({"title", "firstTopic"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record AgendaItemDoc(@Nullable String title, @Nullable Boolean firstTopic) {}

  /** {@code duesBases[i]}. */
  @JsonPropertyOrder({"member", "from", "monthlyBase"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record DuesBaseDoc(@Nullable String member, @Nullable String from, @Nullable BigDecimal monthlyBase) {}

  /** {@code duesPayments[i]}. */
  @JsonPropertyOrder({"member", "month", "amount", "paidOn"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record DuesPaymentDoc(@Nullable String member, @Nullable String month, @Nullable BigDecimal amount,
      @Nullable String paidOn) {}

  /** {@code region}. */
  @JsonPropertyOrder({"code", "name"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record RegionDoc(@Nullable String code, @Nullable String name) {}

  /** {@code units[i]}. */
  @JsonPropertyOrder({"id", "name", "kind", "governance"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record UnitDoc(@Nullable String id, @Nullable String name, @Nullable String kind, @Nullable GovernanceDoc governance) {}

  /** {@code units[i].governance}. */
  @JsonPropertyOrder({"model", "since"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record GovernanceDoc(@Nullable String model, @Nullable String since) {}

  /** {@code organisations[i]}. */
  @JsonPropertyOrder({"id", "name", "kind", "parent", "units", "established", "dissolved", "committee"})
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record OrganisationDoc(
      @Nullable String id,
      @Nullable String name,
      @Nullable String kind,
      @Nullable String parent,
      @Nullable List<String> units,
      @Nullable String established,
      @Nullable String dissolved,
      @Nullable CommitteeDoc committee) {}

  /** {@code organisations[i].committee}. */
  @JsonPropertyOrder({"elected", "termYears", "positions", "postponement"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record CommitteeDoc(@Nullable String elected, @Nullable Integer termYears, @Nullable List<PositionDoc> positions,
      @Nullable PostponementDoc postponement) {}

  /** {@code organisations[i].committee.postponement}. */
  @JsonPropertyOrder({"approvedBy", "approvedOn", "months"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PostponementDoc(@Nullable String approvedBy, @Nullable String approvedOn, @Nullable Integer months) {}

  /** {@code organisations[i].committee.positions[j]}. */
  @JsonPropertyOrder({"role", "member", "from", "to"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PositionDoc(@Nullable String role, @Nullable String member, @Nullable String from, @Nullable String to) {}

  /** {@code members[i]}. */
  @JsonPropertyOrder({"id", "name", "gender", "birthDate", "nationalId", "phone", "category", "unit", "branch", "group", "dualTraining",
      "history"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record MemberDoc(
      @Nullable String id,
      @Nullable String name,
      @Nullable String gender,
      @Nullable String birthDate,
      @Nullable String nationalId,
      @Nullable String phone,
      @Nullable String category,
      @Nullable String unit,
      @Nullable String branch,
      @Nullable String group,
      @Nullable Boolean dualTraining,
      @Nullable List<MemberEvent> history) {}
}
