package org.dangjian.core.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.ValidationException;
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
 * One inspection of a Party organisation (督查): a spot check, a tour, a quarterly check-up, an audit or
 * social supervision, on a day, by inspectors named or not, with a score where one was given and the issues
 * it found — each issue to be corrected, a {@link Correction} naming the inspection and the issue's number.
 *
 * @param id the record's stable id, which corrections name
 * @param kind what kind of inspection
 * @param organisation the organisation inspected
 * @param date the day of the inspection
 * @param inspectors who inspected, where recorded (personal data, left out by writers unless asked)
 * @param score the score given, where one was, from 0 to 1000
 * @param issues the issues found, in order: the first is issue 1
 */
public record Inspection(RecordId id, InspectionKind kind, OrganisationId organisation, LocalDate date, List<String> inspectors,
    Optional<BigDecimal> score, List<String> issues) {

  /** The most a score may be: beyond it a figure is refused as a typing error. */
  public static final BigDecimal MAX_SCORE = BigDecimal.valueOf(1000);

  /** The kind's index by the organisation inspected. */
  public static final Index<Inspection, OrganisationId> BY_ORGANISATION = Index.on("organisation", Inspection::organisation);
  /** The kind's index by stable id. */
  public static final Index<Inspection, RecordId> BY_ID = Index.on("id", Inspection::id);

  /** An inspection kind's code: a standard kind or a region's own. */
  static final ValueFormat<InspectionKind> KIND_FORMAT = ValueFormat.text(InspectionKind.class, InspectionKind::of, InspectionKind::code,
      Map.of("$ref", "#/$defs/inspectionKind"));

  private static final Field<Inspection, RecordId> ID = Field.required("id", Formats.RECORD_ID, Inspection::id);
  private static final Field<Inspection, InspectionKind> KIND_FIELD = Field.required("kind", KIND_FORMAT, Inspection::kind);
  private static final Field<Inspection, OrganisationId> ORGANISATION = Field.required("organisation", Formats.ORGANISATION_ID,
      Inspection::organisation);
  private static final Field<Inspection, LocalDate> DATE = Field.required("date", ValueFormat.date(), Inspection::date);
  private static final Field<Inspection, String> INSPECTORS = Field.list("inspectors", ValueFormat.text(), Inspection::inspectors).personal();
  private static final Field<Inspection, BigDecimal> SCORE = Field.optional("score", ValueFormat.decimal(), Inspection::score)
      .withSchema(Map.of("minimum", 0, "maximum", 1000));
  private static final Field<Inspection, String> ISSUES = Field.list("issues", ValueFormat.text(), Inspection::issues);

  /** How a record is written in the format. */
  public static final RecordFormat<Inspection> FORMAT = RecordFormat.of(Inspection.class,
      v -> new Inspection(v.get(ID), v.get(KIND_FIELD), v.get(ORGANISATION), v.get(DATE), v.list(INSPECTORS), v.optional(SCORE),
          v.list(ISSUES)),
      ID, KIND_FIELD, ORGANISATION, DATE, INSPECTORS, SCORE, ISSUES);

  /** Inspections (督查), {@code inspections} in the format: by organisation, day and id; each id once. */
  public static final RecordKind<Inspection> KIND = RecordKind.of(Inspection.class).format(FORMAT).names("inspections", "inspection")
      .unique(UniqueKey.recordId((Inspection r) -> Optional.of(r.id()), BY_ID))
      .order(Comparator.comparing(Inspection::organisation).thenComparing(Inspection::date).thenComparing(Inspection::id))
      .refs(Ref.toOrganisation("organisation", Inspection::organisation))
      .organisation(Inspection::organisation)
      .indexes(BY_ORGANISATION, BY_ID).build();

  /**
   * @throws ValidationException ({@code invalid-value}) for a score below 0 or above {@link #MAX_SCORE}, or an
   *     issue without text
   */
  public Inspection {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(score, "score");
    inspectors = List.copyOf(inspectors);
    issues = List.copyOf(issues);
    if (score.isPresent() && (score.get().signum() < 0 || score.get().compareTo(MAX_SCORE) > 0)) {
      throw ValidationException.of("score", "invalid-value", score.get().toPlainString() + " is not a score from 0 to " + MAX_SCORE);
    }
    for (int i = 0; i < issues.size(); i++) {
      if (issues.get(i).isBlank()) {
        throw ValidationException.of("issues[" + i + "]", "invalid-value", "an issue says what was found");
      }
    }
  }

  /**
   * @param id the stable id
   * @param kind the kind
   * @param organisation the organisation inspected
   * @param date the day
   * @return an inspection without inspectors, score or issues
   */
  public static Inspection of(RecordId id, InspectionKind kind, OrganisationId organisation, LocalDate date) {
    return new Inspection(id, kind, organisation, date, List.of(), Optional.empty(), List.of());
  }

  /**
   * @param value the score
   * @return this inspection with that score
   * @throws ValidationException ({@code invalid-value}) for a score out of range
   */
  public Inspection withScore(BigDecimal value) {
    return new Inspection(id, kind, organisation, date, inspectors, Optional.of(value), issues);
  }

  /**
   * @param value the issues found, in order
   * @return this inspection with those issues
   */
  public Inspection withIssues(List<String> value) {
    return new Inspection(id, kind, organisation, date, inspectors, score, value);
  }

  /**
   * @param value who inspected
   * @return this inspection with those inspectors
   */
  public Inspection withInspectors(List<String> value) {
    return new Inspection(id, kind, organisation, date, value, score, issues);
  }

  /** @return the inspection as evidence names it: {@code inspection:<id>} */
  public String evidence() {
    return "inspection:" + id.value();
  }
}
