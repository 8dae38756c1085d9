package org.dangjian.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.dangjian.core.ValidationException;
import org.junit.jupiter.api.Test;

/** The YAML flavour the README documents: which words are booleans and nulls, dates as text, number forms. */
class YamlFlavourTest {

  private static JsonNode read(String yaml) throws IOException {
    return DangjianJson.mapper(Syntax.YAML).readTree(yaml);
  }

  @Test
  void booleansNullsDatesAndNumbersReadAsTheReadmeSays() throws IOException {
    JsonNode tree = read("a: true\nb: True\nc: yes\nd: off\ne: ~\nf: null\ng:\nh: 2024-01-01\ni: 1_000\nj: 010\nk: 0x10\nl: \"No\"\n");
    assertThat(tree.get("a").booleanValue()).isTrue();
    assertThat(tree.get("b").booleanValue()).isTrue();
    assertThat(tree.get("c").isBoolean()).isTrue();
    assertThat(tree.get("d").isBoolean()).isTrue();
    assertThat(tree.get("e").isNull()).isTrue();
    assertThat(tree.get("f").isNull()).isTrue();
    assertThat(tree.get("g").textValue()).isEmpty();
    assertThat(tree.get("h").textValue()).isEqualTo("2024-01-01");
    assertThat(tree.get("i").intValue()).isEqualTo(1000);
    assertThat(tree.get("j").intValue()).isEqualTo(8);
    assertThat(tree.get("k").intValue()).isEqualTo(16);
    assertThat(tree.get("l").textValue()).isEqualTo("No");
  }

  @Test
  void aNameThatReadsAsABooleanIsALocatedProblemNotASilentChange() {
    String yaml = """
        schema: dangjian/dataset@1
        region: {code: demo, name: no}
        """;
    ValidationException e = org.assertj.core.api.Assertions.catchThrowableOfType(ValidationException.class,
        () -> DatasetFormat.read(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8), "flavour.yaml", Syntax.YAML));
    assertThat(e.problems()).anySatisfy(p -> {
      assertThat(p.path()).isEqualTo("region.name");
      assertThat(p.code()).isEqualTo("wrong-type");
      assertThat(p.line()).isEqualTo(2);
    });
  }
}
