package org.dangjian.core.activity;

import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.governance.Decision;
import org.dangjian.core.internal.Builds;

/**
 * One item on an activity's agenda (议题), with the decision it took where it took one.
 *
 * @param title what was discussed or studied
 * @param firstTopic whether it is the 第一议题: study of the latest central directives, which opens
 *     Party-organisation meetings where a rule set requires it
 * @param decision what the item decided — its category (三重一大 or ordinary), the matter, the vote — where it
 *     decided something
 */
public record AgendaItem(String title, boolean firstTopic, Optional<Decision> decision) {

  /** Checks the title. */
  public AgendaItem {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(decision, "decision");
    Builds.requireText(title, "title");
  }

  /**
   * An item that decided nothing.
   *
   * @param title what was discussed or studied
   * @param firstTopic whether it is the 第一议题
   */
  public AgendaItem(String title, boolean firstTopic) {
    this(title, firstTopic, Optional.empty());
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

  /**
   * @param title what was decided
   * @param decision the decision
   * @return an item that took the decision
   */
  public static AgendaItem decided(String title, Decision decision) {
    return new AgendaItem(title, false, Optional.of(decision));
  }

  /** @return the matter the item settles: its decision's matter id, else its title */
  public Optional<String> matter() {
    return decision.map(d -> d.matter().orElse(title));
  }
}
