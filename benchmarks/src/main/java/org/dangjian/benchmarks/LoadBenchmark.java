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
 * Reading the interchange format: the region written as JSON, one record per line, read back and
 * validated. County and city only: the province's JSON (about 3 GB) is more than one array holds.
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

  /** Writes the region as JSON. */
  @Setup(Level.Trial)
  public void setUp() {
    json = DatasetFormat.write(Workload.dataset(size), Syntax.JSON, Layout.RECORD_PER_LINE).getBytes(StandardCharsets.UTF_8);
  }

  /** @return the dataset read from the bytes */
  @Benchmark
  public Dataset readJson() {
    return DatasetFormat.read(json, "region.json", Syntax.JSON);
  }
}
