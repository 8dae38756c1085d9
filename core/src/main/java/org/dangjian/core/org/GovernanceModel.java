package org.dangjian.core.org;

import org.dangjian.core.Labelled;
import org.dangjian.core.Labels;

/**
 * How a school is led: the governance model recorded on a {@link Unit} with its start date.
 *
 * <p>Files carry the {@linkplain #code() code}: the constant's name in lower case with hyphens.
 */
public enum GovernanceModel implements Labelled {
  /** 党组织领导的校长负责制 (校长负责制意见, 2022). */
  PARTY_LED_PRINCIPAL_RESPONSIBILITY("党组织领导的校长负责制", "Party-led principal responsibility"),
  /** 校长负责制: the earlier model. */
  PRINCIPAL_RESPONSIBILITY("校长负责制", "principal responsibility"),
  /** 董事会（理事会）领导的校长负责制, usual in private schools. */
  BOARD_LED_PRINCIPAL_RESPONSIBILITY("董事会领导的校长负责制", "board-led principal responsibility"),
  /** 党组织领导的园长负责制: the kindergartens' form of the Party-led model, often as a pilot (试点). */
  PARTY_LED_DIRECTOR_RESPONSIBILITY("党组织领导的园长负责制", "Party-led director responsibility");

  private final Labels labels;

  GovernanceModel(String labelZh, String labelEn) {
    this.labels = new Labels(labelZh, labelEn);
  }

  @Override
  public Labels labels() {
    return labels;
  }

  /** @return whether the Party organisation leads: the principal's or the kindergarten director's form of the reform */
  public boolean isPartyLed() {
    return this == PARTY_LED_PRINCIPAL_RESPONSIBILITY || this == PARTY_LED_DIRECTOR_RESPONSIBILITY;
  }
}
