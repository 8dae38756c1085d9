package org.dangjian.scoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every score card of a scheme for a year: ranked cards by rank, then the others by organisation path
 * and id. Immutable; the same input always gives the same board.
 *
 * @param scheme the scheme as {@code id@version}
 * @param year the year scored
 * @param cards the cards, sorted
 */
public record ScoreBoard(String scheme, int year, List<ScoreCard> cards) {

  /** Copies the list. */
  public ScoreBoard {
    Objects.requireNonNull(scheme, "scheme");
    cards = List.copyOf(cards);
  }

  /**
   * @param subject a subject id
   * @return its card, if scored
   */
  public Optional<ScoreCard> card(String subject) {
    return cards.stream().filter(c -> c.subject().equals(subject)).findFirst();
  }

  /** @return the bottom-ranked cards (末位), worst last */
  public List<ScoreCard> bottomRanked() {
    return cards.stream().filter(c -> c.flags().contains(ScoreCard.Flag.BOTTOM_RANKED)).toList();
  }
}
