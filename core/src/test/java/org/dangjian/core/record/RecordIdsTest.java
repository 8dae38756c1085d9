package org.dangjian.core.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.dangjian.core.Problem;
import org.dangjian.core.TestCounty;
import org.dangjian.core.ValidationException;
import org.dangjian.core.assessment.LedgerEntry;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.DatasetChange;
import org.dangjian.core.dues.DuesPayment;
import org.dangjian.core.json.DatasetFormat;
import org.dangjian.core.json.Syntax;
import org.dangjian.core.member.MemberId;
import org.junit.jupiter.api.Test;

/** Records of the kinds without a domain id carry a stable id where the source gives one: read, written, unique. */
class RecordIdsTest {
  private static final MemberId M03 = MemberId.of("m03");

  private static LedgerEntry entry(String id, String day) {
    return new LedgerEntry(LocalDate.parse(day), M03, "meeting-attended", BigDecimal.ONE, Optional.empty(), Optional.empty())
        .withId(RecordId.of(id));
  }

  @Test
  void anIdIsReadAndWrittenAndLeftOutWhereThereIsNone() {
    Dataset county = TestCounty.dataset().toBuilder().addLedgerEntry(entry("L-2024-0001", "2024-06-03")).build();
    String json = DatasetFormat.write(county, Syntax.JSON);
    assertThat(json).contains("{\n      \"id\": \"L-2024-0001\",\n      \"date\": \"2024-06-03\"");
    Dataset read = DatasetFormat.read(json.getBytes(StandardCharsets.UTF_8), "x.json", Syntax.JSON);
    assertThat(read).isEqualTo(county);
    assertThat(read.records(LedgerEntry.KIND).by(LedgerEntry.BY_ID, RecordId.of("L-2024-0001"))).containsExactly(entry("L-2024-0001", "2024-06-03"));
    assertThat(read.ledger()).filteredOn(e -> e.id().isEmpty()).hasSize(TestCounty.dataset().ledger().size());
    assertThat(entry("a", "2024-06-03")).isNotEqualTo(entry("b", "2024-06-03"));
  }

  @Test
  void anIdIsUniqueWithinItsKindAndRefusedWhenMalformed() {
    ValidationException twice = catchThrowableOfType(ValidationException.class, () -> TestCounty.dataset().toBuilder()
        .addLedgerEntry(entry("L1", "2024-06-03")).addLedgerEntry(entry("L1", "2024-06-04")).build());
    assertThat(twice.problems()).extracting(Problem::code, Problem::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("duplicate-id", "id 'L1' is used again; first at ledger[2]"));
    assertThat(twice.problems().get(0).path()).isEqualTo("ledger[3].id");
    // The same id in another kind is another record's.
    DuesPayment payment = new DuesPayment(M03, YearMonth.of(2024, 6), new BigDecimal("10.00"), LocalDate.of(2024, 6, 5)).withId(RecordId.of("L1"));
    assertThat(TestCounty.dataset().toBuilder().addLedgerEntry(entry("L1", "2024-06-03")).addDuesPayment(payment).build().duesPayments())
        .contains(payment);
    assertThatThrownBy(() -> RecordId.of("no spaces")).isInstanceOf(ValidationException.class).hasMessageContaining("invalid-id");
  }

  @Test
  void aSessionRefusesANewRecordWhoseIdIsTaken() {
    Dataset county = TestCounty.dataset().toBuilder().addLedgerEntry(entry("L1", "2024-06-03")).build();
    assertThat(county.with(DatasetChange.record(LedgerEntry.KIND, entry("L2", "2024-06-04"))).ledger()).hasSize(county.ledger().size() + 1);
    ValidationException taken = catchThrowableOfType(ValidationException.class,
        () -> county.with(DatasetChange.record(LedgerEntry.KIND, entry("L1", "2024-06-04"))));
    assertThat(taken.problems()).extracting(Problem::code).containsExactly("duplicate-id");
    // Records without ids are never compared by id; one identical in every field to a record there is refused,
    // and the same entry with an id of its own is a second entry.
    LedgerEntry anonymous = new LedgerEntry(LocalDate.of(2024, 6, 4), M03, "meeting-attended", BigDecimal.ONE, Optional.empty(), Optional.empty());
    Dataset once = county.with(DatasetChange.record(LedgerEntry.KIND, anonymous));
    assertThat(once.ledger()).hasSize(county.ledger().size() + 1);
    assertThat(catchThrowableOfType(ValidationException.class, () -> once.with(DatasetChange.record(LedgerEntry.KIND, anonymous))).problems())
        .extracting(Problem::path, Problem::code).containsExactly(org.assertj.core.groups.Tuple.tuple("ledgerEntry", "duplicate-record"));
    assertThat(once.with(DatasetChange.record(LedgerEntry.KIND, anonymous.withId(RecordId.of("L3")))).ledger())
        .hasSize(county.ledger().size() + 2);
  }
}
