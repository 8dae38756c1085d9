package org.dangjian.core.governance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.ValidationException;
import org.dangjian.core.org.UnitId;
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
 * One entry of a school's governance register (学校治理制度): a document of a {@linkplain
 * GovernanceDocumentKind kind} — its charter, the rules of procedure of its Party organisation's meeting
 * or of its principal's office meeting, its list of powers and duties or of 三重一大 matters — adopted on a
 * day, perhaps revised since, and by whom.
 *
 * @param unit the school
 * @param kind what the document is
 * @param adopted the day it was adopted (or, for a charter, approved)
 * @param revised the day of its latest revision, where it has been revised; not before {@code adopted}
 * @param approvedBy who adopted or approved it, where recorded
 * @param id the record's stable id, where the source gives one
 */
public record GovernanceDocument(UnitId unit, GovernanceDocumentKind kind, LocalDate adopted, Optional<LocalDate> revised,
    Optional<ApprovingBody> approvedBy, Optional<RecordId> id) {

  /** The kind's index by school. */
  public static final Index<GovernanceDocument, UnitId> BY_UNIT = Index.on("unit", GovernanceDocument::unit);
  /** The kind's index by stable id, built on first use. */
  public static final Index<GovernanceDocument, RecordId> BY_ID = Index.lazyOnEach("id",
      (GovernanceDocument r) -> r.id().map(List::of).orElse(List.of()));

  private static final Field<GovernanceDocument, RecordId> ID = Field.optional("id", Formats.RECORD_ID, GovernanceDocument::id);
  private static final Field<GovernanceDocument, UnitId> UNIT = Field.required("unit", Formats.UNIT_ID, GovernanceDocument::unit);
  private static final Field<GovernanceDocument, GovernanceDocumentKind> KIND_FIELD = Field.required("kind",
      ValueFormat.code(GovernanceDocumentKind.class, "governanceDocumentKind"), GovernanceDocument::kind);
  private static final Field<GovernanceDocument, LocalDate> ADOPTED = Field.required("adopted", ValueFormat.date(),
      GovernanceDocument::adopted);
  private static final Field<GovernanceDocument, LocalDate> REVISED = Field.optional("revised", ValueFormat.date(),
      GovernanceDocument::revised);
  private static final Field<GovernanceDocument, ApprovingBody> APPROVED_BY = Field.optional("approvedBy",
      ValueFormat.code(ApprovingBody.class, "approvingBody"), GovernanceDocument::approvedBy);

  /** How a record is written in the format. */
  public static final RecordFormat<GovernanceDocument> FORMAT = RecordFormat.of(GovernanceDocument.class,
      v -> new GovernanceDocument(v.get(UNIT), v.get(KIND_FIELD), v.get(ADOPTED), v.optional(REVISED), v.optional(APPROVED_BY),
          v.optional(ID)),
      ID, UNIT, KIND_FIELD, ADOPTED, REVISED, APPROVED_BY);

  /**
   * The governance register (学校治理制度), {@code governanceDocuments} in the format: by school, kind and
   * the day adopted; one school's document of a kind adopted on one day is held once.
   */
  public static final RecordKind<GovernanceDocument> KIND = RecordKind.of(GovernanceDocument.class).format(FORMAT)
      .names("governanceDocuments", "governanceDocument")
      .unique(UniqueKey.recordId(GovernanceDocument::id, BY_ID))
      .unique(UniqueKey.of((GovernanceDocument r) -> List.of(r.unit(), r.kind(), r.adopted()),
          (GovernanceDocument r, String first) -> "the " + r.kind().code() + " of unit '" + r.unit() + "' adopted on " + r.adopted()
              + " is listed again; first at " + first))
      .order(Comparator.comparing(GovernanceDocument::unit).thenComparing(GovernanceDocument::kind)
          .thenComparing(GovernanceDocument::adopted).thenComparing(GovernanceDocument::id, RecordId.ABSENT_FIRST))
      .refs(Ref.toUnit("unit", GovernanceDocument::unit))
      .indexes(BY_UNIT, BY_ID).build();

  /**
   * @throws ValidationException ({@code end-before-start}) when {@code revised} is before {@code adopted}
   */
  public GovernanceDocument {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(adopted, "adopted");
    Objects.requireNonNull(revised, "revised");
    Objects.requireNonNull(approvedBy, "approvedBy");
    Objects.requireNonNull(id, "id");
    if (revised.isPresent() && revised.get().isBefore(adopted)) {
      throw ValidationException.of("revised", "end-before-start", "revised on " + revised.get() + ", before it was adopted on " + adopted);
    }
  }

  /**
   * @param unit the school
   * @param kind what the document is
   * @param adopted the day it was adopted
   * @return the document, never revised, its approving body and id not recorded
   */
  public static GovernanceDocument of(UnitId unit, GovernanceDocumentKind kind, LocalDate adopted) {
    return new GovernanceDocument(unit, kind, adopted, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** @return the day it last took its present form: its latest revision, else its adoption */
  public LocalDate lastChanged() {
    return revised.orElse(adopted);
  }

  /**
   * @param date a day
   * @return whether the document had been adopted by then
   */
  public boolean inPlaceOn(LocalDate date) {
    return !adopted.isAfter(date);
  }

  /**
   * @return the document as evidence names it: {@code governance-document:<id>} where it has a record id,
   *     else {@code governance-document:<unit>/<kind>@<adopted>}
   */
  public String evidence() {
    return id.map(value -> "governance-document:" + value.value())
        .orElseGet(() -> "governance-document:" + unit + "/" + kind.code() + "@" + adopted);
  }

  /**
   * @param value the day of its latest revision
   * @return this document so revised
   * @throws ValidationException ({@code end-before-start}) if that day is before its adoption
   */
  public GovernanceDocument withRevised(LocalDate value) {
    return new GovernanceDocument(unit, kind, adopted, Optional.of(value), approvedBy, id);
  }

  /**
   * @param value who adopted or approved it
   * @return this document with that approving body
   */
  public GovernanceDocument withApprovedBy(ApprovingBody value) {
    return new GovernanceDocument(unit, kind, adopted, revised, Optional.of(value), id);
  }

  /**
   * @param value the stable id
   * @return this document with that id
   */
  public GovernanceDocument withId(RecordId value) {
    return new GovernanceDocument(unit, kind, adopted, revised, approvedBy, Optional.of(value));
  }
}
