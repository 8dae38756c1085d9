package org.dangjian.core.dataset;

import java.util.Objects;
import org.dangjian.core.internal.Builds;
import org.dangjian.core.internal.Ids;

/**
 * The region a dataset describes, for example the education system of one county.
 *
 * @param code a short identifier, for example {@code qinghe}
 * @param name the name people read, for example 清河县教育系统
 */
public record Region(String code, String name) {

  /**
   * @throws org.dangjian.core.ValidationException when the code breaks the id syntax or the name is blank
   */
  public Region {
    Ids.check(code, "region");
    Objects.requireNonNull(name, "name");
    Builds.requireText(name, "name");
  }

  /**
   * @param code a short identifier
   * @param name the name people read
   * @return the region
   */
  public static Region of(String code, String name) {
    return new Region(code, name);
  }
}
