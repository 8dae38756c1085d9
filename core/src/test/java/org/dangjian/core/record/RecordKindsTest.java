package org.dangjian.core.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.dangjian.core.Problem;
import org.dangjian.core.TestCounty;
import org.dangjian.core.ValidationException;
import org.dangjian.core.assessment.LedgerEntry;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.OrganisationId;
import org.junit.jupiter.api.Test;

/** A record kind is one declaration and a registration: the dataset checks, stores and indexes it. */
class RecordKindsTest {

  /** A kind a project might add — a bureau's notice (通报) to an organisation — declared in one place. */
  record Notice(String id, OrganisationId to, LocalDate issued, Optional<MemberId> signedBy) {
    static final Index<Notice, OrganisationId> BY_ORGANISATION = Index.on("organisation", Notice::to);
    static final Field<Notice, String> ID = Field.required("id", ValueFormat.text(), Notice::id);
    static final Field<Notice, OrganisationId> TO = Field.required("to", Formats.ORGANISATION_ID, Notice::to);
    static final Field<Notice, LocalDate> ISSUED = Field.required("issued", ValueFormat.date(), Notice::issued);
    static final Field<Notice, MemberId> SIGNED_BY = Field.optional("signedBy", Formats.MEMBER_ID, Notice::signedBy);
    static final RecordFormat<Notice> FORMAT = RecordFormat.of(Notice.class,
        v -> new Notice(v.get(ID), v.get(TO), v.get(ISSUED), v.optional(SIGNED_BY)), ID, TO, ISSUED, SIGNED_BY);
    static final RecordKind<Notice> KIND = RecordKind.of(Notice.class).format(FORMAT).names("notices", "notice")
        .order(Comparator.comparing(Notice::issued).thenComparing(Notice::id))
        .unique(UniqueKey.onField("id", Notice::id, (n, first) -> "id '" + n.id() + "' is used again; first at " + first))
        .refs(Ref.toOrganisation("to", Notice::to), Ref.toMemberIfAny("signedBy", Notice::signedBy))
        .indexes(BY_ORGANISATION).build();
  }

  private static Dataset.Builder withNotices() {
    Dataset county = TestCounty.dataset();
    return Dataset.builder(RecordKinds.builtIn().plus(Notice.KIND)).region(county.region()).units(county.units())
        .organisations(county.organisations()).members(county.members());
  }

  @Test
  void theBuiltInKindsInTheirOrder() {
    assertThat(RecordKinds.builtIn().all()).extracting(RecordKind::collection).containsExactly("activities", "duesBases",
        "duesPayments", "trainings", "ledger", "commitments", "ballots", "reportRatings", "governanceDocuments",
        "leadershipPosts", "dutyReports", "inspections", "corrections", "bulletins", "letters", "indicatorValues");
    assertThat(RecordKinds.builtIn().byCollection("ledger")).containsSame(LedgerEntry.KIND);
    assertThat(LedgerEntry.KIND).hasToString("ledgerEntry");
  }

  @Test
  void aNewKindIsStoredSortedAndIndexed() {
    Notice late = new Notice("n2", OrganisationId.of("zx-b1"), LocalDate.of(2024, 11, 5), Optional.empty());
    Notice early = new Notice("n1", OrganisationId.of("zx-b1"), LocalDate.of(2024, 3, 5), Optional.of(MemberId.of("m01")));
    Notice other = new Notice("n3", OrganisationId.of("lh"), LocalDate.of(2024, 6, 1), Optional.empty());
    Dataset dataset = withNotices().add(Notice.KIND, late).add(Notice.KIND, early).add(Notice.KIND, other).build();
    assertThat(dataset.records(Notice.KIND).all()).containsExactly(early, other, late);
    assertThat(dataset.records(Notice.KIND).by(Notice.BY_ORGANISATION, OrganisationId.of("zx-b1"))).containsExactly(early, late);
    assertThat(dataset.records(Notice.KIND).by(Notice.BY_ORGANISATION, OrganisationId.of("jg"))).isEmpty();
    assertThat(dataset.toBuilder().build()).as("toBuilder keeps the kinds and their records").isEqualTo(dataset);
    assertThat(dataset).isNotEqualTo(withNotices().add(Notice.KIND, late).build());
    assertThat(dataset.records(LedgerEntry.KIND).all()).isEqualTo(dataset.ledger());
  }

  @Test
  void itsReferencesAndKeysAreCheckedWithTheOtherRecords() {
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> withNotices()
        .add(Notice.KIND, new Notice("n1", OrganisationId.of("zx-b1"), LocalDate.of(2024, 3, 5), Optional.empty()))
        .add(Notice.KIND, new Notice("n2", OrganisationId.of("nowhere"), LocalDate.of(2024, 3, 6), Optional.of(MemberId.of("m99"))))
        .add(Notice.KIND, new Notice("n1", OrganisationId.of("zx-b1"), LocalDate.of(2024, 3, 7), Optional.empty())).build());
    assertThat(e.problems()).extracting(Problem::path, Problem::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("notices[1].to", "dangling-reference"),
        org.assertj.core.groups.Tuple.tuple("notices[1].signedBy", "dangling-reference"),
        org.assertj.core.groups.Tuple.tuple("notices[2].id", "duplicate-id"));
    assertThat(e.problems().get(0).message()).isEqualTo("organisation 'nowhere' is not among the organisations");
    assertThat(e.problems().get(2).message()).isEqualTo("id 'n1' is used again; first at notices[0]");
  }

  @Test
  void namesAreUniqueAndUnregisteredKindsAreRefused() {
    RecordKind<Notice> clash = RecordKind.of(Notice.class).format(Notice.FORMAT).names("ledger", "notice2").order(Comparator.comparing(Notice::id)).build();
    assertThatThrownBy(() -> RecordKinds.builtIn().plus(clash)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("duplicate-code").hasMessageContaining("takes a name another kind already has");
    assertThatThrownBy(() -> TestCounty.dataset().records(Notice.KIND)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'notice' is not registered");
    assertThatThrownBy(() -> Dataset.builder().add(Notice.KIND, new Notice("n1", OrganisationId.of("jg"), LocalDate.of(2024, 1, 2),
        Optional.empty()))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TestCounty.dataset().records(LedgerEntry.KIND).by(castIndex(Notice.BY_ORGANISATION), MemberId.of("m01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not an index of ledgerEntry");
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // a caller mixing kinds and indexes, which the types alone would stop
  private static Index<LedgerEntry, MemberId> castIndex(Index<?, ?> index) {
    return (Index) index;
  }

  @Test
  void aNewRecordOfAKindIsCheckedOnItsOwnUnderTheElementName() {
    Dataset dataset = TestCounty.dataset();
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> dataset.with(
        org.dangjian.core.dataset.DatasetChange.ledgerEntry(new LedgerEntry(LocalDate.of(2024, 5, 1), MemberId.of("m01"),
            "volunteer-service", java.math.BigDecimal.ONE, Optional.empty(), Optional.of(MemberId.of("m404"))))));
    assertThat(e.problems()).extracting(Problem::path).containsExactly("ledgerEntry.approver");
  }

  @Test
  void aProjectsKindIsReadAndWrittenByItsFormatInEveryLayout() {
    RecordKinds kinds = RecordKinds.builtIn().plus(Notice.KIND);
    Dataset dataset = withNotices().add(Notice.KIND, new Notice("n1", OrganisationId.of("zx-b1"), LocalDate.of(2024, 3, 1),
        Optional.of(MemberId.of("m01")))).add(Notice.KIND, new Notice("n2", OrganisationId.of("jg"), LocalDate.of(2024, 2, 29),
        Optional.empty())).build();
    String json = org.dangjian.core.json.DatasetFormat.write(dataset, org.dangjian.core.json.Syntax.JSON);
    assertThat(json).contains("\"notices\"").contains("\"signedBy\": \"m01\"");
    assertThat(org.dangjian.core.json.DatasetFormat.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "n.json",
        org.dangjian.core.json.Syntax.JSON, kinds)).isEqualTo(dataset);
    String lines = org.dangjian.core.json.DatasetFormat.writeLines(dataset, org.dangjian.core.json.DatasetFormat.PersonalDataPolicy.OMIT);
    assertThat(lines).contains("{\"notice\":{\"id\":\"n2\",\"to\":\"jg\",\"issued\":\"2024-02-29\"}}");
    assertThat(org.dangjian.core.json.DatasetFormat.readLines(new java.io.StringReader(lines), "n.jsonl", kinds)).isEqualTo(dataset);
    // Without the kind registered, its collection is a field the document should not have.
    ValidationException unknown = catchThrowableOfType(ValidationException.class, () -> org.dangjian.core.json.DatasetFormat.read(
        json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "n.json", org.dangjian.core.json.Syntax.JSON));
    assertThat(unknown.problems()).extracting(Problem::code).containsExactly("unknown-field");
    assertThat(unknown.problems().get(0).path()).isEqualTo("notices");
    // A notice of the wrong shape is refused at its field, by the format.
    ValidationException wrong = catchThrowableOfType(ValidationException.class, () -> org.dangjian.core.json.DatasetFormat.read(
        json.replace("\"issued\": \"2024-02-29\"", "\"issued\": \"2023-02-29\"").getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "n.json", org.dangjian.core.json.Syntax.JSON, kinds));
    assertThat(wrong.problems()).extracting(Problem::path, Problem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("notices[0].issued", "invalid-date"));
    assertThat(wrong.problems().get(0).line()).isPositive();
  }
}
