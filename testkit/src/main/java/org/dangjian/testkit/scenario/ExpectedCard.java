package org.dangjian.testkit.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dangjian.scoring.LineItem;
import org.dangjian.scoring.ScoreCard;

/**
 * A score card a scenario expects: the subject and, optionally, its total, grade, rank, flags, block
 * scores and item sums. Unstated parts match anything; {@code grade: none} and {@code rank: none} expect
 * an ungraded or unranked card, {@code scored: false} no card at all.
 *
 * <pre>{@code
 * - {subject: m05, total: 89.50, grade: average, rank: 3, flags: [vetoed], blocks: {morals: 10}, items: {meetings: 12}}
 * - {subject: m09, scored: false}
 * }</pre>
 *
 * @param subject the subject's id
 * @param scored whether a card is expected at all
 * @param total the total, compared by value ({@code 89.5} equals {@code 89.50})
 * @param grade the grade's code, or {@code none}
 * @param rank the rank, or empty for {@code none} when {@code unranked} is set
 * @param unranked whether the card must have no rank
 * @param flags the exact flags, as codes ({@code vetoed}, {@code demoted-by-quota}, {@code bottom-ranked}, {@code prorated})
 * @param blocks block scores by block id
 * @param items the sum of each named item's line points
 */
public record ExpectedCard(String subject, boolean scored, Optional<BigDecimal> total, Optional<String> grade,
    Optional<Integer> rank, boolean unranked, Optional<SortedSet<String>> flags, SortedMap<String, BigDecimal> blocks,
    SortedMap<String, BigDecimal> items) {

  /** Checks for nulls and copies the collections. */
  public ExpectedCard {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(rank, "rank");
    flags = flags.map(f -> java.util.Collections.unmodifiableSortedSet(new TreeSet<>(f)));
    blocks = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(blocks));
    items = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(items));
  }

  /**
   * @param card the actual card, if the subject was scored
   * @return one line per difference; empty if the card is as expected
   */
  public List<String> differences(Optional<ScoreCard> card) {
    List<String> differences = new ArrayList<>();
    if (card.isEmpty()) {
      if (scored) {
        differences.add(subject + ": expected a card, none found");
      }
      return differences;
    }
    ScoreCard actual = card.get();
    if (!scored) {
      differences.add(subject + ": expected no card, found " + describe(actual));
      return differences;
    }
    total.filter(t -> t.compareTo(actual.total()) != 0)
        .ifPresent(t -> differences.add(subject + ": expected total " + t.toPlainString() + ", found " + describe(actual)));
    grade.filter(g -> !actual.grade().orElse("none").equals(g))
        .ifPresent(g -> differences.add(subject + ": expected grade " + g + ", found " + describe(actual)));
    if (unranked && actual.rank().isPresent() || rank.isPresent() && !rank.equals(actual.rank())) {
      differences.add(subject + ": expected rank " + rank.map(String::valueOf).orElse("none") + ", found " + describe(actual));
    }
    flags.ifPresent(expected -> {
      SortedSet<String> found = new TreeSet<>();
      actual.flags().forEach(f -> found.add(f.code()));
      if (!found.equals(expected)) {
        differences.add(subject + ": expected flags " + expected + ", found " + found + " " + actual.reasons().stream().map(org.dangjian.core.Labels::en).toList());
      }
    });
    blocks.forEach((block, expected) -> {
      Optional<BigDecimal> found = actual.blockScore(block);
      if (found.isEmpty() || found.get().compareTo(expected) != 0) {
        differences.add(subject + ": expected block " + block + " at " + expected.toPlainString() + ", found "
            + found.map(BigDecimal::toPlainString).orElse("no such block"));
      }
    });
    items.forEach((item, expected) -> {
      List<LineItem> lines = actual.lines().stream().filter(l -> l.item().equals(item)).toList();
      BigDecimal sum = lines.stream().map(LineItem::points).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (sum.compareTo(expected) != 0) {
        differences.add(subject + ": expected item " + item + " to give " + expected.toPlainString() + ", found "
            + sum.toPlainString() + " from " + lines.stream().map(ExpectedCard::describe).toList());
      }
    });
    return differences;
  }

  /** @return a card in one line: total, grade, rank, flags */
  static String describe(ScoreCard card) {
    return "{total: " + card.total().toPlainString() + ", grade: " + card.grade().orElse("none") + ", rank: "
        + card.rank().map(String::valueOf).orElse("none") + ", flags: " + card.flags().stream().map(ScoreCard.Flag::code).toList()
        + "}";
  }

  private static String describe(LineItem line) {
    return line.points().toPlainString() + " " + line.evidence() + line.note().map(n -> " (" + n + ")").orElse("");
  }

  /** @return for example {@code m05 total 89.50 grade average} */
  @Override
  public String toString() {
    return subject + (scored ? "" : " not scored") + total.map(t -> " total " + t.toPlainString()).orElse("")
        + grade.map(g -> " grade " + g).orElse("") + rank.map(r -> " rank " + r).orElse(unranked ? " unranked" : "");
  }
}
