package org.dangjian.core.supervision;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.Problem;
import org.dangjian.core.ValidationException;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.record.Field;
import org.dangjian.core.record.Formats;
import org.dangjian.core.record.Index;
import org.dangjian.core.record.RecordFormat;
import org.dangjian.core.record.RecordId;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.record.Ref;
import org.dangjian.core.record.UniqueKey;
import org.dangjian.core.record.ValueFormat;

/**
 * A correction (整改) an organisation owes: opened on a day from a finding — named by the finding's stable
 * id — or from an issue an {@link Inspection} found, owned by a member where one is named, due by a
 * deadline, and closed (销号) on a day with its closing evidence. A correction closed on its deadline is in
 * time.
 *
 * @param id the record's stable id
 * @param organisation the organisation that corrects
 * @param finding the stable id of the finding it corrects, if opened from a finding
 * @param inspection the inspection whose issue it corrects, if opened from an inspection
 * @param issue the issue's number in the inspection, from 1; present exactly when {@code inspection} is
 * @param title what is to be corrected, where recorded
 * @param owner the member answerable for it, where named
 * @param opened the day it was opened
 * @param deadline the last day it is due; not before {@code opened}
 * @param closed the day it was closed, if it was; not before {@code opened}
 * @param closingEvidence what shows it was corrected (a document's number, a meeting's id…), where recorded
 */
public record Correction(RecordId id, OrganisationId organisation, Optional<String> finding, Optional<RecordId> inspection,
    Optional<Integer> issue, Optional<String> title, Optional<MemberId> owner, LocalDate opened, LocalDate deadline,
    Optional<LocalDate> closed, Optional<String> closingEvidence) {

  /** The kind's index by the organisation that corrects. */
  public static final Index<Correction, OrganisationId> BY_ORGANISATION = Index.on("organisation", Correction::organisation);
  /** The kind's index by stable id. */
  public static final Index<Correction, RecordId> BY_ID = Index.on("id", Correction::id);
  /** The kind's index by the finding corrected, built on first use. */
  public static final Index<Correction, String> BY_FINDING = Index.lazyOnEach("finding",
      (Correction r) -> r.finding().map(List::of).orElse(List.of()));

  private static final Field<Correction, RecordId> ID = Field.required("id", Formats.RECORD_ID, Correction::id);
  private static final Field<Correction, OrganisationId> ORGANISATION = Field.required("organisation", Formats.ORGANISATION_ID,
      Correction::organisation);
  private static final Field<Correction, String> FINDING = Field.optional("finding", ValueFormat.text(), Correction::finding);
  private static final Field<Correction, RecordId> INSPECTION = Field.optional("inspection", Formats.RECORD_ID, Correction::inspection);
  private static final Field<Correction, Integer> ISSUE = Field.optional("issue", ValueFormat.integer(), Correction::issue)
      .withSchema(Map.of("minimum", 1));
  private static final Field<Correction, String> TITLE = Field.optional("title", ValueFormat.text(), Correction::title);
  private static final Field<Correction, MemberId> OWNER = Field.optional("owner", Formats.MEMBER_ID, Correction::owner);
  private static final Field<Correction, LocalDate> OPENED = Field.required("opened", ValueFormat.date(), Correction::opened);
  private static final Field<Correction, LocalDate> DEADLINE = Field.required("deadline", ValueFormat.date(), Correction::deadline);
  private static final Field<Correction, LocalDate> CLOSED = Field.optional("closed", ValueFormat.date(), Correction::closed);
  private static final Field<Correction, String> CLOSING_EVIDENCE = Field.optional("closingEvidence", ValueFormat.text(),
      Correction::closingEvidence);

  /** How a record is written in the format. */
  public static final RecordFormat<Correction> FORMAT = RecordFormat.of(Correction.class,
      v -> new Correction(v.get(ID), v.get(ORGANISATION), v.optional(FINDING), v.optional(INSPECTION), v.optional(ISSUE), v.optional(TITLE),
          v.optional(OWNER), v.get(OPENED), v.get(DEADLINE), v.optional(CLOSED), v.optional(CLOSING_EVIDENCE)),
      ID, ORGANISATION, FINDING, INSPECTION, ISSUE, TITLE, OWNER, OPENED, DEADLINE, CLOSED, CLOSING_EVIDENCE);

  /**
   * Corrections (整改), {@code corrections} in the format: by organisation, deadline and id; each id once.
   * The inspection a correction names must be among the dataset's inspections, with the issue numbered.
   */
  public static final RecordKind<Correction> KIND = RecordKind.of(Correction.class).format(FORMAT).names("corrections", "correction")
      .unique(UniqueKey.recordId((Correction r) -> Optional.of(r.id()), BY_ID))
      .order(Comparator.comparing(Correction::organisation).thenComparing(Correction::deadline).thenComparing(Correction::id))
      .refs(Ref.toOrganisation("organisation", Correction::organisation), Ref.toMemberIfAny("owner", Correction::owner))
      .check(Correction::checkIssue)
      .takesAlong("inspection", Inspection.KIND, Inspection.BY_ID, Correction::inspection)
      .organisation(Correction::organisation)
      .indexes(BY_ORGANISATION, BY_ID, BY_FINDING).build();

  /**
   * @throws ValidationException ({@code invalid-value}) for a correction from both or neither a finding and an
   *     inspection, an issue number without an inspection or below 1, or blank text; ({@code end-before-start})
   *     for a deadline or a closing before the opening
   */
  public Correction {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(inspection, "inspection");
    Objects.requireNonNull(issue, "issue");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(opened, "opened");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(closed, "closed");
    Objects.requireNonNull(closingEvidence, "closingEvidence");
    if (finding.isPresent() == inspection.isPresent()) {
      throw ValidationException.of("finding", "invalid-value", "a correction is opened from a finding or from an inspection's issue: name one");
    }
    if (finding.isPresent() && finding.get().isBlank()) {
      throw ValidationException.of("finding", "invalid-value", "a finding's id is not blank");
    }
    if (inspection.isPresent() != issue.isPresent()) {
      throw ValidationException.of("issue", "invalid-value", "an inspection's issue is named by the inspection and the issue's number, both");
    }
    if (issue.isPresent() && issue.get() < 1) {
      throw ValidationException.of("issue", "invalid-value", "issues are numbered from 1, not " + issue.get());
    }
    if (deadline.isBefore(opened)) {
      throw ValidationException.of("deadline", "end-before-start", "due by " + deadline + ", before it was opened on " + opened);
    }
    if (closed.isPresent() && closed.get().isBefore(opened)) {
      throw ValidationException.of("closed", "end-before-start", "closed on " + closed.get() + ", before it was opened on " + opened);
    }
  }

  /** An issue number beyond the issues of the inspection named (an inspection not held is the kind's dangling reference). */
  private static void checkIssue(Correction record, String at, org.dangjian.core.record.CheckContext context, List<Problem> problems) {
    if (record.inspection.isEmpty()) {
      return;
    }
    context.recordsBy(Inspection.KIND, Inspection.BY_ID, record.inspection.get()).flatMap(found -> found.stream().findFirst())
        .filter(inspection -> record.issue.orElseThrow() > inspection.issues().size())
        .ifPresent(inspection -> problems.add(Problem.of(at + ".issue", "dangling-reference", "inspection '" + inspection.id() + "' lists "
            + inspection.issues().size() + " issues, not " + record.issue.orElseThrow())));
  }

  /**
   * @param id the stable id
   * @param organisation the organisation that corrects
   * @param finding the finding's stable id
   * @param opened the day opened
   * @param deadline the last day due
   * @return an open correction of a finding, its owner not named
   */
  public static Correction ofFinding(RecordId id, OrganisationId organisation, String finding, LocalDate opened, LocalDate deadline) {
    return new Correction(id, organisation, Optional.of(finding), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        opened, deadline, Optional.empty(), Optional.empty());
  }

  /**
   * @param id the stable id
   * @param inspection the inspection
   * @param issue the issue's number, from 1
   * @param opened the day opened
   * @param deadline the last day due
   * @return an open correction of an inspection's issue, owed by the organisation inspected
   */
  public static Correction ofIssue(RecordId id, Inspection inspection, int issue, LocalDate opened, LocalDate deadline) {
    return new Correction(id, inspection.organisation(), Optional.empty(), Optional.of(inspection.id()), Optional.of(issue),
        Optional.empty(), Optional.empty(), opened, deadline, Optional.empty(), Optional.empty());
  }

  /**
   * @param day the day it was closed
   * @param evidence what shows it was corrected
   * @return this correction, closed
   * @throws ValidationException ({@code end-before-start}) for a day before the opening
   */
  public Correction closedOn(LocalDate day, String evidence) {
    return new Correction(id, organisation, finding, inspection, issue, title, owner, opened, deadline, Optional.of(day),
        Optional.of(evidence));
  }

  /**
   * @param value the member answerable
   * @return this correction with that owner
   */
  public Correction withOwner(MemberId value) {
    return new Correction(id, organisation, finding, inspection, issue, title, Optional.of(value), opened, deadline, closed, closingEvidence);
  }

  /**
   * @param date a day
   * @return whether it had been closed by then (on that day included)
   */
  public boolean closedBy(LocalDate date) {
    return closed.filter(c -> !c.isAfter(date)).isPresent();
  }

  /**
   * @param date a day
   * @return its state that day: not yet opened, open and in time, overdue (open after its deadline), closed
   *     in time (on its deadline included), or closed late
   */
  public CorrectionStatus statusOn(LocalDate date) {
    if (date.isBefore(opened)) {
      return CorrectionStatus.NOT_OPENED;
    }
    if (closedBy(date)) {
      return closed.orElseThrow().isAfter(deadline) ? CorrectionStatus.CLOSED_LATE : CorrectionStatus.CLOSED;
    }
    return date.isAfter(deadline) ? CorrectionStatus.OVERDUE : CorrectionStatus.OPEN;
  }

  /** @return the correction as evidence names it: {@code correction:<id>} */
  public String evidence() {
    return "correction:" + id.value();
  }
}
