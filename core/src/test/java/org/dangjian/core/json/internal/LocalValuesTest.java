package org.dangjian.core.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalValuesTest {
  private static int hashOf(char[] chars, int offset, int length) {
    return LocalValues.Table.hash(chars, offset, length);
  }

  /** @return the value the table keeps for the text, or null */
  private static Object find(LocalValues.Table table, char[] chars, int offset, int length, int hash) {
    int slot = table.find(chars, offset, length, hash);
    return slot < 0 ? null : table.value(slot);
  }

  @Test
  void theHashIsTheStringsSoATextIsFoundWhereverItStandsInTheParsersCharacters() {
    char[] chars = "xxm0000001yy".toCharArray();
    assertThat(hashOf(chars, 2, 8)).isEqualTo("m0000001".hashCode());
    assertThat(hashOf(chars, 0, 0)).isEqualTo("".hashCode());
    LocalValues.Table table = new LocalValues().of(String.class);
    Object value = new Object();
    table.put("m0000001", value, "m0000001".hashCode());
    assertThat(find(table, chars, 2, 8, hashOf(chars, 2, 8))).isSameAs(value);
    assertThat(find(table, chars, 2, 7, hashOf(chars, 2, 7))).as("a shorter text").isNull();
    assertThat(find(table, chars, 1, 8, hashOf(chars, 1, 8))).as("another text").isNull();
  }

  @Test
  void textsOfOneHashAreToldApartByTheirCharacters() {
    // "Aa" and "BB" have one hash, and so do their concatenations.
    LocalValues.Table table = new LocalValues().of(String.class);
    List<String> texts = List.of("AaAa", "AaBB", "BBAa", "BBBB");
    assertThat(texts).extracting(String::hashCode).containsOnly("AaAa".hashCode());
    for (String text : texts.subList(0, 3)) {
      table.put(text, "value of " + text, text.hashCode());
    }
    for (String text : texts.subList(0, 3)) {
      char[] chars = text.toCharArray();
      assertThat(find(table, chars, 0, chars.length, text.hashCode())).isEqualTo("value of " + text);
    }
    assertThat(find(table, "BBBB".toCharArray(), 0, 4, "BBBB".hashCode())).isNull();
  }

  @Test
  void everyTextKeptIsFoundAfterTheTableGrows() {
    LocalValues.Table table = new LocalValues().of(String.class);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      String text = "m" + i;
      texts.add(text);
      table.put(text, i, text.hashCode());
    }
    for (int i = 0; i < texts.size(); i++) {
      char[] chars = texts.get(i).toCharArray();
      assertThat(find(table, chars, 0, chars.length, texts.get(i).hashCode())).isEqualTo(i);
    }
    assertThat(find(table, "m5000".toCharArray(), 0, 5, "m5000".hashCode())).isNull();
  }

  @Test
  void eachTypeHasATableOfItsOwn() {
    LocalValues local = new LocalValues();
    local.of(String.class).put("2024-01-01", "text", "2024-01-01".hashCode());
    char[] chars = "2024-01-01".toCharArray();
    assertThat(find(local.of(java.time.LocalDate.class), chars, 0, chars.length, "2024-01-01".hashCode())).isNull();
    assertThat(local.of(String.class)).isSameAs(local.of(String.class));
    assertThat(find(local.of(String.class), chars, 0, chars.length, "2024-01-01".hashCode())).isEqualTo("text");
  }

  @Test
  void aSlotGivesItsValueAndTextUntilTheNextPut() {
    LocalValues.Table table = new LocalValues().of(String.class);
    int slot = table.put("m03", "value", "m03".hashCode());
    assertThat(table.value(slot)).isEqualTo("value");
    assertThat(table.chars(slot)).containsExactly('m', '0', '3');
    assertThat(table.find("m03".toCharArray(), 0, 3, "m03".hashCode())).isEqualTo(slot);
    assertThat(table.find("m030".toCharArray(), 0, 4, "m030".hashCode())).isEqualTo(-1);
  }

  @Test
  void eachFormatKeepsItsFieldsLastValuesAcrossReaders() {
    LocalValues local = new LocalValues();
    LocalValues.Last ledger = local.lastOf(org.dangjian.core.assessment.LedgerEntry.FORMAT);
    assertThat(ledger.texts().length).isEqualTo(org.dangjian.core.assessment.LedgerEntry.FORMAT.fields().size());
    assertThat(ledger.values()).hasSize(org.dangjian.core.assessment.LedgerEntry.FORMAT.fields().size());
    assertThat(local.lastOf(org.dangjian.core.assessment.LedgerEntry.FORMAT)).isSameAs(ledger);
    assertThat(local.lastOf(org.dangjian.core.dues.DuesPayment.FORMAT)).isNotSameAs(ledger);
  }
}
