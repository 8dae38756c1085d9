package org.dangjian.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.json.DatasetFormat;
import org.dangjian.core.json.Layout;
import org.dangjian.core.json.Syntax;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading the interchange format: the region written as one JSON document (one record per line) and as
 * JSON Lines, each read back and validated — beside Jackson's own streaming parse of the same bytes, every
 * token read and nothing bound, which is the floor a reader can approach — and from files on disk: the
 * document streamed, the lines read in parallel chunks. County and city only: the province's JSON
 * document (about 3 GB) is more than one array holds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class LoadBenchmark {
  /** The region's size. */
  @Param({"county", "city"})
  public String size;

  byte[] json;
  byte[] lines;
  java.nio.file.Path jsonFile;
  java.nio.file.Path linesFile;
  private final com.fasterxml.jackson.core.JsonFactory factory = new com.fasterxml.jackson.core.JsonFactory();

  /** Writes the region as a JSON document and as JSON Lines. */
  @Setup(Level.Trial)
  public void setUp() {
    Dataset dataset = Workload.dataset(size);
    json = DatasetFormat.write(dataset, Syntax.JSON, Layout.RECORD_PER_LINE).getBytes(StandardCharsets.UTF_8);
    lines = DatasetFormat.writeLines(dataset, DatasetFormat.PersonalDataPolicy.OMIT).getBytes(StandardCharsets.UTF_8);
    try {
      java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("dangjian-load");
      jsonFile = java.nio.file.Files.write(folder.resolve("region.json"), json);
      linesFile = java.nio.file.Files.write(folder.resolve("region.jsonl"), lines);
      folder.toFile().deleteOnExit();
      jsonFile.toFile().deleteOnExit();
      linesFile.toFile().deleteOnExit();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** @return the dataset read from the JSON document on disk, streamed record by record */
  @Benchmark
  public Dataset readJsonFile() {
    return DatasetFormat.read(jsonFile);
  }

  /** @return the dataset read from the JSON Lines on disk: in parallel chunks, one per processor */
  @Benchmark
  public Dataset readJsonLinesFile() {
    return DatasetFormat.read(linesFile);
  }

  /** @return the dataset read from the JSON document */
  @Benchmark
  public Dataset readJson() {
    return DatasetFormat.read(json, "region.json", Syntax.JSON);
  }

  /** @return the dataset read from the JSON Lines */
  @Benchmark
  public Dataset readJsonLines() {
    return DatasetFormat.readLines(new java.io.InputStreamReader(new java.io.ByteArrayInputStream(lines), StandardCharsets.UTF_8),
        "region.jsonl");
  }

  /** @return the tokens of the JSON document, parsed by Jackson's streaming parser and not bound */
  @Benchmark
  public long jacksonTokensJson() throws java.io.IOException {
    return tokens(json);
  }

  /** @return the tokens of the JSON Lines, parsed by Jackson's streaming parser and not bound */
  @Benchmark
  public long jacksonTokensJsonLines() throws java.io.IOException {
    return tokens(lines);
  }

  private long tokens(byte[] bytes) throws java.io.IOException {
    long count = 0;
    try (com.fasterxml.jackson.core.JsonParser parser = factory.createParser(bytes)) {
      com.fasterxml.jackson.core.JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token.isScalarValue()) {
          parser.getText(); // the value's text, as a binding would read it
        }
        count++;
      }
    }
    return count;
  }
}
