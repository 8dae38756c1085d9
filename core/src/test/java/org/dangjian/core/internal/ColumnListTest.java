package org.dangjian.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.dangjian.core.assessment.AppraisalBallot;
import org.dangjian.core.assessment.AppraisalGrade;
import org.dangjian.core.assessment.LedgerEntry;
import org.dangjian.core.dues.DuesBase;
import org.dangjian.core.dues.DuesPayment;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.record.Field;
import org.dangjian.core.record.RecordId;
import org.dangjian.core.record.Index;
import org.dangjian.core.record.RecordFormat;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.record.ValueFormat;
import org.junit.jupiter.api.Test;

/** Records stored as columns come back equal, in every shape a column takes; a kind's store of them indexes by rows. */
class ColumnListTest {
  /** A small record of the four field modes. */
  record Entry(String member, int day, Optional<String> note, List<String> tags, boolean late) {
    static final Field<Entry, String> MEMBER = Field.required("member", ValueFormat.text().shared(), Entry::member);
    static final Field<Entry, Integer> DAY = Field.required("day", ValueFormat.integer(), Entry::day);
    static final Field<Entry, String> NOTE = Field.optional("note", ValueFormat.text(), Entry::note);
    static final Field<Entry, String> TAGS = Field.list("tags", ValueFormat.text(), Entry::tags);
    static final Field<Entry, Boolean> LATE = Field.flag("late", Entry::late);
    static final RecordFormat<Entry> FORMAT = RecordFormat.of(Entry.class,
        v -> new Entry(v.get(MEMBER), v.get(DAY), v.optional(NOTE), v.list(TAGS), v.flag(LATE)), MEMBER, DAY, NOTE, TAGS, LATE);
    static final Index<Entry, String> BY_MEMBER = Index.on("member", Entry::member);
    static final Index<Entry, Integer> BY_DAY = Index.on("day", Entry::day);
    static final RecordKind<Entry> KIND = RecordKind.of(Entry.class).format(FORMAT).names("entries", "entry")
        .order(Comparator.comparing(Entry::member).thenComparingInt(Entry::day))
        .indexes(BY_MEMBER, BY_DAY).appendable().columnar().build();

    Entry(String member, int day) {
      this(member, day, Optional.empty(), List.of(), false);
    }
  }

  private static List<String> shapes(ColumnList<Entry> list) {
    return list.shapes();
  }

  @Test
  void anyRecordsComeBackEqualInTheirOrder() {
    qt().withExamples(300).forAll(lists().of(integers().between(0, 40)).ofSizeBetween(1, 300), integers().between(1, 12))
        .checkAssert((seeds, spread) -> {
          List<Entry> records = new ArrayList<>();
          for (int seed : seeds) {
            records.add(new Entry("m" + seed % spread, seed, seed % 7 == 0 ? Optional.of("note " + seed) : Optional.empty(),
                seed % 5 == 0 ? List.of("t" + seed % 3) : List.of(), seed % 2 == 0));
          }
          ColumnList<Entry> columns = ColumnList.of(Entry.FORMAT, records);
          assertThat(columns).isEqualTo(records);
          assertThat(columns.values("day")).isEqualTo(records.stream().map(Entry::day).toList());
        });
  }

  @Test
  void aValueEveryRowHoldsIsKeptOnce() {
    List<Entry> same = IntStream.range(0, 100).mapToObj(i -> new Entry("m1", 5)).toList();
    ColumnList<Entry> columns = ColumnList.of(Entry.FORMAT, same);
    assertThat(shapes(columns)).containsExactly("constant", "constant", "constant", "constant", "constant");
    assertThat(columns).isEqualTo(same);
  }

  @Test
  void runsOfOneValueAreKeptAsRunsAndFewDistinctValuesAsByteCodes() {
    // 50 members of 20 rows each (runs), days 1–10 repeating (a dictionary of ten: one byte a row).
    List<Entry> records = IntStream.range(0, 1000).mapToObj(i -> new Entry("m" + (1000 + i / 20), 1 + i % 10)).toList();
    ColumnList<Entry> columns = ColumnList.of(Entry.FORMAT, records);
    assertThat(shapes(columns).subList(0, 2)).containsExactly("runs", "byte codes");
    assertThat(columns).isEqualTo(records);
    assertThat(columns.get(999)).isEqualTo(new Entry("m1049", 10)); // the last row of the last run
    assertThat(columns.get(20)).isEqualTo(new Entry("m1001", 1)); // the first row of a run
  }

  @Test
  void dictionariesWiderThanAByteTakeTwoBytesAndWiderThanTwoAreNotWorthTheirCodes() {
    // 256 distinct days: 257 codes with "absent", one more than a byte holds.
    List<Entry> wide = IntStream.range(0, 4 * 256 + 64).mapToObj(i -> new Entry("m" + i % 2, i % 256)).toList();
    assertThat(shapes(ColumnList.of(Entry.FORMAT, wide)).get(1)).isEqualTo("char codes");
    List<Entry> narrow = IntStream.range(0, 4 * 255 + 64).mapToObj(i -> new Entry("m" + i % 2, i % 255)).toList();
    assertThat(shapes(ColumnList.of(Entry.FORMAT, narrow)).get(1)).isEqualTo("byte codes");
    // 65,535 distinct days fill two bytes' codes; one more would need four, as dear as the values themselves.
    List<Entry> twoBytes = IntStream.range(0, 4 * 65_535).mapToObj(i -> new Entry("m" + i % 2, i % 65_535)).toList();
    assertThat(shapes(ColumnList.of(Entry.FORMAT, twoBytes)).get(1)).isEqualTo("char codes");
    List<Entry> widest = IntStream.range(0, 4 * 65_536).mapToObj(i -> new Entry("m" + i % 2, i % 65_536)).toList();
    ColumnList<Entry> columns = ColumnList.of(Entry.FORMAT, widest);
    assertThat(shapes(columns).get(1)).isEqualTo("plain");
    assertThat(columns.get(65_535)).isEqualTo(new Entry("m1", 65_535));
    assertThat(columns).isEqualTo(widest);
  }

  @Test
  void valuesMostlyAbsentAreSparseAndValuesAllDistinctArePlain() {
    List<Entry> records = IntStream.range(0, 1000)
        .mapToObj(i -> new Entry("m" + i % 2, i, i % 100 == 0 ? Optional.of("n" + i) : Optional.empty(), List.of(), false)).toList();
    ColumnList<Entry> columns = ColumnList.of(Entry.FORMAT, records);
    // Two members taking turns: no runs, a byte each; every day distinct: the values themselves.
    assertThat(shapes(columns)).containsExactly("byte codes", "plain", "sparse", "constant", "constant");
    assertThat(columns.get(100).note()).contains("n100");
    assertThat(columns.get(101).note()).isEmpty();
    assertThat(columns).isEqualTo(records);
  }

  @Test
  void theLibrarysColumnarKindsGiveBackEveryRecordTheyAreGiven() {
    // Members, days, amounts and ids drawn from small ranges so that dictionaries, runs and sparse ids all occur;
    // amounts with and without trailing zeros (2.5 and 2.50 are different values of a BigDecimal).
    qt().withExamples(100).forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 400)).checkAssert(seeds -> {
      List<LedgerEntry> ledger = new ArrayList<>();
      List<DuesPayment> payments = new ArrayList<>();
      List<DuesBase> bases = new ArrayList<>();
      List<AppraisalBallot> ballots = new ArrayList<>();
      for (int seed : seeds) {
        MemberId member = MemberId.of("m" + seed % 23);
        LocalDate day = LocalDate.of(2024, 1, 1).plusDays(seed % 400);
        BigDecimal amount = new BigDecimal(seed % 3 == 0 ? "2.50" : seed % 3 == 1 ? "2.5" : "-1");
        LedgerEntry entry = new LedgerEntry(day, member, seed % 2 == 0 ? "study" : "volunteer-service", amount,
            seed % 11 == 0 ? Optional.of("备注" + seed % 5) : Optional.empty(),
            seed % 4 == 0 ? Optional.empty() : Optional.of(MemberId.of("m" + seed % 7)));
        ledger.add(seed % 13 == 0 ? entry.withId(RecordId.of("e" + seed)) : entry);
        DuesPayment payment = new DuesPayment(member, YearMonth.from(day), amount.abs(), day.plusDays(seed % 40));
        payments.add(seed % 17 == 0 ? payment.withId(RecordId.of("p" + seed)) : payment);
        bases.add(new DuesBase(member, YearMonth.from(day), amount.abs().multiply(BigDecimal.valueOf(1000))));
        ballots.add(new AppraisalBallot(MemberId.of("v" + seed), member, 2020 + seed % 5,
            AppraisalGrade.values()[seed % AppraisalGrade.values().length], Optional.empty()));
      }
      assertGivesBack(LedgerEntry.KIND, ledger);
      assertGivesBack(DuesPayment.KIND, payments);
      assertGivesBack(DuesBase.KIND, bases);
      assertGivesBack(AppraisalBallot.KIND, ballots);
    });
  }

  private static <T> void assertGivesBack(RecordKind<T> kind, List<T> records) {
    assertThat(kind.columnar()).as(kind + " is columnar").isTrue();
    List<T> sorted = new ArrayList<>(records);
    sorted.sort(kind.order());
    KindStore<T> store = KindStore.of(kind, records);
    assertThat(store.all()).isInstanceOf(ColumnList.class).isEqualTo(sorted);
    for (int i = 0; i < sorted.size(); i++) {
      // Every value the very one given or an equal one, its scale kept.
      assertThat(store.all().get(i).toString()).isEqualTo(sorted.get(i).toString());
    }
  }

  /** A record whose format leaves out one of its values. */
  record Lossy(String member, int hidden) {
    static final Field<Lossy, String> MEMBER = Field.required("member", ValueFormat.text(), Lossy::member);
    static final RecordFormat<Lossy> FORMAT = RecordFormat.of(Lossy.class, v -> new Lossy(v.get(MEMBER), 0), MEMBER);
  }

  @Test
  void aFormatThatDoesNotGiveBackItsRecordsIsRefused() {
    assertThatThrownBy(() -> ColumnList.of(Lossy.FORMAT, List.of(new Lossy("m1", 0), new Lossy("m2", 7))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Lossy[member] does not give back the record it was given")
        .hasMessageContaining("Lossy[member=m2, hidden=7] came back as Lossy[member=m2, hidden=0]");
  }

  @Test
  void aColumnarStoreFindsAKeysRowsWhetherTheyFollowOneAnotherOrNotAndTakesNewRecords() {
    List<Entry> records = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      records.add(new Entry("m" + (100 + i / 30), 1 + i % 30));
    }
    KindStore<Entry> store = KindStore.of(Entry.KIND, records);
    assertThat(store.all()).isInstanceOf(ColumnList.class).isEqualTo(records);
    // By member: a range of rows; by day: one row in each member's run.
    assertThat(store.by(Entry.BY_MEMBER, "m101")).isEqualTo(records.subList(30, 60));
    assertThat(store.by(Entry.BY_DAY, 30)).hasSize(20).allMatch(e -> e.day() == 30)
        .isSortedAccordingTo(Entry.KIND.order());
    assertThat(store.by(Entry.BY_MEMBER, "nobody")).isEmpty();
    assertThat(store.containsEqual(new Entry("m101", 3))).isTrue();
    assertThat(store.containsEqual(new Entry("m101", 31))).isFalse();

    KindStore<Entry> grown = store.plus(new Entry("m101", 31)).plus(new Entry("m999", 1));
    assertThat(grown.by(Entry.BY_MEMBER, "m101")).hasSize(31).endsWith(new Entry("m101", 31));
    assertThat(grown.by(Entry.BY_MEMBER, "m999")).containsExactly(new Entry("m999", 1));
    assertThat(grown.by(Entry.BY_DAY, 1)).hasSize(21);
    assertThat(grown.all()).hasSize(602).isSortedAccordingTo(Entry.KIND.order()).endsWith(new Entry("m999", 1));
    assertThat(grown.containsEqual(new Entry("m101", 31))).isTrue();
    // The store it grew from is unchanged.
    assertThat(store.all()).isEqualTo(records);
    assertThat(store.by(Entry.BY_MEMBER, "m101")).hasSize(30);
    assertThat(grown.values("member")).hasSize(602).endsWith("m999");
  }

  @Test
  void aKeysValuesOfOneFieldAreThoseOfItsRecordsWhetherReadFromColumnsOrMadeFromRecords() {
    List<Entry> records = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      records.add(new Entry("m" + (100 + i / 30), 1 + i % 30, i % 7 == 0 ? Optional.of("n" + i) : Optional.empty(), List.of(), false));
    }
    KindStore<Entry> store = KindStore.of(Entry.KIND, records);
    // A range of rows: read from the columns, offset to the key's first row.
    List<Entry> m103 = store.by(Entry.BY_MEMBER, "m103");
    assertThat(m103).isInstanceOf(ColumnList.class);
    assertThat(store.values(Entry.BY_MEMBER, "m103", Entry.DAY)).isEqualTo(m103.stream().map(Entry::day).toList())
        .isEqualTo(IntStream.rangeClosed(1, 30).boxed().toList());
    assertThat(store.values(Entry.BY_MEMBER, "m103", Entry.NOTE))
        .isEqualTo(m103.stream().map(e -> e.note().orElse(null)).toList()).contains("n91", "n98", null);
    // Rows not following one another, and a key whose records grew in a session: made from the records.
    assertThat(store.values(Entry.BY_DAY, 30, Entry.MEMBER)).hasSize(10).startsWith("m100").endsWith("m109");
    KindStore<Entry> grown = store.plus(new Entry("m103", 31));
    assertThat(grown.values(Entry.BY_MEMBER, "m103", Entry.DAY)).hasSize(31).endsWith(31);
    assertThat(grown.values(Entry.BY_MEMBER, "nobody", Entry.DAY)).isEmpty();
    // Only the kind's own required and optional fields.
    assertThatThrownBy(() -> store.values(Entry.BY_MEMBER, "m103", Entry.TAGS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tags").hasMessageContaining("neither required nor optional");
    Field<Entry, Integer> stranger = Field.required("day", ValueFormat.integer(), Entry::day);
    assertThatThrownBy(() -> store.values(Entry.BY_MEMBER, "m103", stranger))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a field of");
    // Several fields from one look-up; a list the store did not give is read record by record.
    assertThat(store.values(m103, Entry.DAY)).isEqualTo(store.values(Entry.BY_MEMBER, "m103", Entry.DAY));
    assertThat(store.values(List.of(records.get(5), records.get(1)), Entry.DAY)).containsExactly(6, 2);
    // A slice of a slice keeps its place.
    assertThat(((ColumnList<Entry>) m103).subList(10, 12)).containsExactly(records.get(100), records.get(101));
    assertThat(((ColumnList<Entry>) m103).subList(10, 12).values("day")).containsExactly(11, 12);
  }
}
