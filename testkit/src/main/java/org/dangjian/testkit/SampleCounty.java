package org.dangjian.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.json.DatasetFormat;
import org.dangjian.core.json.Syntax;

/**
 * The sample county shipped with the project: 清河县, a fictional county education system.
 *
 * <p>One bureau Party committee over 30 units (high, middle, nine-year and primary schools, seven
 * village schools, four kindergartens, a vocational centre, two private schools, the bureau office
 * and the teacher-training school); 18 organisations directly under it — two school committees, two
 * general branches and fourteen branches — and 23 branches in all, among them four joint branches, a
 * retiree branch, and 37 groups in the large branches. 591 people on the rolls, each with an event
 * history: at the end of 2024, 563 full and 6 probationary members, 21 applicants, activists and
 * candidates (six of them students), and one suspended membership. Most members were transferred in
 * from their colleges; about thirty have their development recorded step by step. The year 2024 is
 * recorded too: 1,750 activities, 6,818 dues payments and the secretaries' trainings.
 *
 * <p>It is imperfect on purpose, so that rules have something to find: a branch of 53 members, a
 * branch whose committee term ended in 2023, a joint branch covering six units, a branch of 14
 * members without a committee, a month without a 支委会, a general meeting without a quorum, a member
 * who drifted away in July (no organisational life, no dues), a probationary member unconfirmed long
 * after probation ended, an activist made candidate within a year, an admission approved after more
 * than three months, a student who applied at 17, a member under 留党察看. The scenarios beside the
 * data ({@code qinghe-2024-*.scenario.yaml}) pin exactly what the rule sets find. The demo, the examples and many tests use it.
 */
public final class SampleCounty {

  /** The class-path resource holding the county in the dataset format. */
  public static final String RESOURCE = "/org/dangjian/testkit/sample/qinghe-county.json";

  private SampleCounty() {}

  /** @return the county, loaded and validated once */
  public static Dataset dataset() {
    return Loaded.DATASET;
  }

  /** @return the resource's bytes, as shipped */
  public static byte[] bytes() {
    try (InputStream in = SampleCounty.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the sample county " + RESOURCE + " is missing from the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Loaded {
    static final Dataset DATASET = DatasetFormat.read(bytes(), RESOURCE, Syntax.JSON);
  }
}
