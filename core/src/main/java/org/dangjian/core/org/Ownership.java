package org.dangjian.core.org;

import java.util.Objects;
import org.dangjian.core.Labelled;
import org.dangjian.core.Labels;

/**
 * Who runs a {@link Unit}: the state (公办) or a private sponsor (民办). The governance reform of
 * 党组织领导的校长负责制 is for public schools; private ones keep their board-led model.
 *
 * <p>Files carry the {@linkplain #code() code} ({@code public}, {@code private}), and only where it is
 * not the {@linkplain #usualFor usual one} for the unit's kind.
 */
public enum Ownership implements Labelled {
  /** 公办: run by the state. */
  PUBLIC("公办", "public"),
  /** 民办: run by a private sponsor. */
  PRIVATE("民办", "private");

  private final Labels labels;

  Ownership(String labelZh, String labelEn) {
    this.labels = new Labels(labelZh, labelEn);
  }

  @Override
  public Labels labels() {
    return labels;
  }

  /**
   * @param kind a unit's kind
   * @return {@link #PRIVATE} for a 民办学校, {@link #PUBLIC} for every other kind
   */
  public static Ownership usualFor(UnitKind kind) {
    Objects.requireNonNull(kind, "kind");
    return kind == UnitKind.PRIVATE_SCHOOL ? PRIVATE : PUBLIC;
  }
}
