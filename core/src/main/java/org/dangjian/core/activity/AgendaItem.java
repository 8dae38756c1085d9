package org.dangjian.core.activity;

import java.util.Objects;
import org.dangjian.core.internal.Builds;

/**
 * One item on an activity's agenda (议题).
 *
 * @param title what was discussed or studied
 * @param firstTopic whether it is the 第一议题: study of the latest central directives, which opens
 *     Party-organisation meetings where a rule set requires it
 */
public record AgendaItem(String title, boolean firstTopic) {

  /** Checks the title. */
  public AgendaItem {
    Objects.requireNonNull(title, "title");
    Builds.requireText(title, "title");
  }

  /**
   * @param title what was discussed
   * @return an ordinary item
   */
  public static AgendaItem of(String title) {
    return new AgendaItem(title, false);
  }

  /**
   * @param title the directive studied
   * @return a 第一议题 item
   */
  public static AgendaItem firstTopic(String title) {
    return new AgendaItem(title, true);
  }
}
