package org.dangjian.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a change of rules or scheme does to a score board: every subject whose total, grade, rank or
 * flags differ, or who is scored on one board only.
 *
 * @param changes one per subject that differs, in the second board's order, then subjects only the first has
 */
public record BoardDiff(List<CardChange> changes) {

  /**
   * One subject's card before and after.
   *
   * @param subject the subject's id
   * @param from its card on the first board, if it has one
   * @param to its card on the second board, if it has one
   */
  public record CardChange(String subject, Optional<ScoreCard> from, Optional<ScoreCard> to) {
    /** Checks for nulls. */
    public CardChange {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }

  /** Copies the list. */
  public BoardDiff {
    Objects.requireNonNull(changes, "changes");
    changes = List.copyOf(changes);
  }

  /**
   * @param from the board before the change
   * @param to the board after it
   * @return the subjects whose cards differ
   */
  public static BoardDiff between(ScoreBoard from, ScoreBoard to) {
    Map<String, ScoreCard> before = new LinkedHashMap<>();
    from.cards().forEach(c -> before.put(c.subject(), c));
    List<CardChange> changes = new ArrayList<>();
    for (ScoreCard card : to.cards()) {
      ScoreCard old = before.remove(card.subject());
      if (old == null || old.total().compareTo(card.total()) != 0 || !old.grade().equals(card.grade())
          || !old.rank().equals(card.rank()) || !old.flags().equals(card.flags())) {
        changes.add(new CardChange(card.subject(), Optional.ofNullable(old), Optional.of(card)));
      }
    }
    before.values().forEach(c -> changes.add(new CardChange(c.subject(), Optional.of(c), Optional.empty())));
    return new BoardDiff(changes);
  }
}
