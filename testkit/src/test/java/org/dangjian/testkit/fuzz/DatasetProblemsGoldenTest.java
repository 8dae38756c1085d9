package org.dangjian.testkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.dangjian.core.DangjianException;
import org.dangjian.core.Problem;
import org.dangjian.core.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * The dataset reader's located problems for the fuzz corpus — the mutations of {@link LoaderFuzzTest}'s
 * dataset seeds, JSON and YAML — held equal to a recording ({@code dataset-problems.txt.gz} beside this
 * test): whatever the reader's insides, the same input is refused with the same problems, at the same
 * lines and columns. Problems are compared in the order of the input (line, then column).
 *
 * <p>To record anew after a deliberate change, run with {@code -Ddangjian.fuzz.record=<file>} and copy
 * the file over the resource; say why in the commit.
 */
class DatasetProblemsGoldenTest {
  private static final String RESOURCE = "/org/dangjian/testkit/fuzz/dataset-problems.txt.gz";
  private static final int MUTATIONS_PER_SEED = 1000;

  @Test
  void theFuzzCorpusIsRefusedWithTheRecordedProblems() throws IOException {
    Map<String, String> outcomes = outcomes();
    String record = System.getProperty("dangjian.fuzz.record");
    if (record != null) {
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(Path.of(record)))) {
        out.write(String.join("", outcomes.values()).getBytes(StandardCharsets.UTF_8));
      }
    }
    Map<String, String> recorded = recorded();
    assertThat(outcomes).as("one outcome per mutation").hasSize(2 * MUTATIONS_PER_SEED);
    List<String> differences = new ArrayList<>();
    outcomes.forEach((key, outcome) -> {
      String expected = recorded.get(key);
      if (!outcome.equals(expected)) {
        differences.add("expected:\n" + expected + "but was:\n" + outcome);
      }
    });
    assertThat(recorded).as("recorded outcomes").hasSize(2 * MUTATIONS_PER_SEED);
    assertThat(differences).as("mutations whose problems differ from the recording (" + differences.size() + ")")
        .isEmpty();
  }

  /** Each mutation's outcome as lines: a heading naming the seed and mutation, then "loaded" or each problem. */
  private static Map<String, String> outcomes() {
    Map<String, String> outcomes = new LinkedHashMap<>();
    for (LoaderFuzzTest.Seed seed : LoaderFuzzTest.seeds()) {
      if (!seed.name().startsWith("dataset")) {
        continue;
      }
      SplittableRandom random = new SplittableRandom(seed.name().hashCode());
      for (int i = 0; i < MUTATIONS_PER_SEED; i++) {
        long mutationSeed = random.nextLong();
        LoaderFuzzTest.Mutated mutated = LoaderFuzzTest.mutate(seed, new SplittableRandom(mutationSeed));
        String key = "# " + seed.name() + " " + mutationSeed + " (" + mutated.description() + ")";
        StringBuilder outcome = new StringBuilder(key).append('\n');
        try {
          seed.load().accept(mutated.bytes());
          outcome.append("loaded\n");
        } catch (ValidationException e) {
          e.problems().stream()
              .sorted(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column)
                  .thenComparing(Problem::toString))
              .forEach(p -> outcome.append(p).append('\n'));
        } catch (DangjianException e) {
          outcome.append("refused: ").append(e.getMessage()).append('\n');
        }
        outcomes.put(key, outcome.toString());
      }
    }
    return outcomes;
  }

  private static Map<String, String> recorded() throws IOException {
    Map<String, String> recorded = new LinkedHashMap<>();
    try (InputStream in = DatasetProblemsGoldenTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as(RESOURCE).isNotNull();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      new GZIPInputStream(in).transferTo(bytes);
      String key = null;
      StringBuilder outcome = new StringBuilder();
      for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n", -1)) {
        if (line.startsWith("# ")) {
          if (key != null) {
            recorded.put(key, outcome.toString());
          }
          key = line;
          outcome.setLength(0);
        }
        if (!line.isEmpty() || key == null) {
          outcome.append(line).append('\n');
        }
      }
      if (key != null) {
        recorded.put(key, outcome.toString());
      }
    }
    return recorded;
  }
}
