package org.dangjian.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.json.DatasetFormat;

/**
 * The memory a dataset read from a file holds: the heap used after a full collection with the dataset
 * reachable, less the heap used before it was read, over its members. How the data layer's memory figure
 * (bytes per member retained) is measured: {@code tools/run-benchmarks.sh --memory FILE}.
 */
public final class MemoryFootprint {
  private MemoryFootprint() {}

  /**
   * @param args the dataset file (any format {@link DatasetFormat#read(Path)} reads)
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: MemoryFootprint FILE");
      System.exit(2);
    }
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = usedAfterGc(memory);
    long start = System.nanoTime();
    Dataset dataset = DatasetFormat.read(Path.of(args[0]));
    long read = (System.nanoTime() - start) / 1_000_000;
    long retained = usedAfterGc(memory) - before;
    int members = dataset.members().size();
    System.out.println(args[0] + ": " + members + " members, " + dataset.ledger().size() + " ledger entries, "
        + dataset.duesPayments().size() + " dues payments, " + dataset.activities().size() + " activities; read in "
        + read + " ms (one cold read, not a benchmark)");
    System.out.println("retained: " + retained + " bytes, " + retained / Math.max(1, members) + " bytes per member "
        + "(heap used after a full GC with the dataset reachable, less before it was read; max heap "
        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB)");
  }

  private static long usedAfterGc(MemoryMXBean memory) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
