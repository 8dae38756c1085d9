package org.dangjian.core.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalValuesTest {
  private static int hashOf(char[] chars, int offset, int length) {
    return LocalValues.Table.hash(chars, offset, length);
  }

  @Test
  void theHashIsTheStringsSoATextIsFoundWhereverItStandsInTheParsersCharacters() {
    char[] chars = "xxm0000001yy".toCharArray();
    assertThat(hashOf(chars, 2, 8)).isEqualTo("m0000001".hashCode());
    assertThat(hashOf(chars, 0, 0)).isEqualTo("".hashCode());
    LocalValues.Table table = new LocalValues().of(String.class);
    Object value = new Object();
    table.put("m0000001", value, "m0000001".hashCode());
    assertThat(table.find(chars, 2, 8, hashOf(chars, 2, 8))).isSameAs(value);
    assertThat(table.find(chars, 2, 7, hashOf(chars, 2, 7))).as("a shorter text").isNull();
    assertThat(table.find(chars, 1, 8, hashOf(chars, 1, 8))).as("another text").isNull();
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
      assertThat(table.find(chars, 0, chars.length, text.hashCode())).isEqualTo("value of " + text);
    }
    assertThat(table.find("BBBB".toCharArray(), 0, 4, "BBBB".hashCode())).isNull();
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
      assertThat(table.find(chars, 0, chars.length, texts.get(i).hashCode())).isEqualTo(i);
    }
    assertThat(table.find("m5000".toCharArray(), 0, 5, "m5000".hashCode())).isNull();
  }

  @Test
  void eachTypeHasATableOfItsOwn() {
    LocalValues local = new LocalValues();
    local.of(String.class).put("2024-01-01", "text", "2024-01-01".hashCode());
    char[] chars = "2024-01-01".toCharArray();
    assertThat(local.of(java.time.LocalDate.class).find(chars, 0, chars.length, "2024-01-01".hashCode())).isNull();
    assertThat(local.of(String.class)).isSameAs(local.of(String.class));
    assertThat(local.of(String.class).find(chars, 0, chars.length, "2024-01-01".hashCode())).isEqualTo("text");
  }
}
