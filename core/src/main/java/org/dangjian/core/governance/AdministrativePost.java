package org.dangjian.core.governance;

import org.dangjian.core.Labelled;
import org.dangjian.core.Labels;

/**
 * A post in a school's administrative leadership team (行政领导班子), held in a {@link LeadershipPost}.
 *
 * <p>Files carry the {@linkplain #code() code}: the constant's name in lower case with hyphens.
 */
public enum AdministrativePost implements Labelled {
  /** 校长. */
  PRINCIPAL("校长", "principal"),
  /** 副校长. */
  VICE_PRINCIPAL("副校长", "vice-principal"),
  /** 园长: a kindergarten's head. */
  DIRECTOR("园长", "kindergarten director"),
  /** 副园长. */
  VICE_DIRECTOR("副园长", "deputy kindergarten director"),
  /** 中层干部: the head of an office, a grade or a teaching and research group (处室主任、年级组长…). */
  MIDDLE_MANAGER("中层干部", "middle manager");

  private final Labels labels;

  AdministrativePost(String labelZh, String labelEn) {
    this.labels = new Labels(labelZh, labelEn);
  }

  @Override
  public Labels labels() {
    return labels;
  }

  /** @return whether it heads the school: a principal or a kindergarten director */
  public boolean isHead() {
    return this == PRINCIPAL || this == DIRECTOR;
  }

  /** @return whether it is a deputy head: a vice-principal or deputy director */
  public boolean isDeputyHead() {
    return this == VICE_PRINCIPAL || this == VICE_DIRECTOR;
  }
}
