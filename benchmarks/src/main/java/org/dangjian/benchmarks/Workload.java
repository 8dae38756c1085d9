package org.dangjian.benchmarks;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.rules.RuleSet;
import org.dangjian.rules.RuleSetRegistry;
import org.dangjian.scoring.SchemeRegistry;
import org.dangjian.scoring.ScoringScheme;
import org.dangjian.testkit.RegionGenerator;

/**
 * The benchmarks' inputs: a region of the named size from the region generator with a fixed seed
 * (the same bytes every run), evaluated for 2024 as of its last day under {@code cn-national} and
 * scored with {@code member-points}.
 */
public final class Workload {
  /** The seed every benchmark uses. */
  public static final long SEED = 20240101L;
  /** The day of evaluation. */
  public static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

  private static final Map<String, Dataset> GENERATED = new ConcurrentHashMap<>();

  private Workload() {}

  /**
   * @param size county, city or province
   * @return the region, generated once per JVM
   */
  public static Dataset dataset(String size) {
    return GENERATED.computeIfAbsent(size, s -> RegionGenerator.generate(RegionGenerator.Size.named(s), SEED));
  }

  /** @return the national baseline in effect on {@link #AS_OF} */
  public static RuleSet national() {
    return RuleSetRegistry.standard().resolve("cn-national", AS_OF);
  }

  /**
   * @return the national baseline with the county overlay in effect on {@link #AS_OF}: it adds the
   *     第一议题, year-start commitments and a quarterly points-recorded rule — the one compliance rule
   *     that reads the point ledger, so that a new ledger entry has something to re-evaluate
   */
  public static RuleSet countyOverlay() {
    return RuleSetRegistry.standard().resolve("county-first-topic", AS_OF);
  }

  /** @return the member-points scheme in effect on {@link #AS_OF} */
  public static ScoringScheme memberPoints() {
    return SchemeRegistry.standard().resolve("member-points", AS_OF);
  }
}
