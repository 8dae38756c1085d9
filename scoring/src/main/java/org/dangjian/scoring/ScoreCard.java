package org.dangjian.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.org.OrganisationId;

/**
 * One subject's score for the year: the total, each block, every line item with its evidence, the
 * grade (after quotas and vetoes), the rank, and flags with the reasons behind them. Immutable.
 *
 * @param subject the subject's id (a member or an organisation)
 * @param name the subject's name
 * @param organisation the branch (for people) or the organisation itself
 * @param status for people, the status at year end (code); empty for organisations
 * @param graded whether the subject is graded
 * @param ranked whether the subject is ranked
 * @param total the total, to the cent
 * @param blocks the blocks, in the scheme's order
 * @param lines every line item, in the scheme's order of items, then by date (undated last), then evidence
 * @param grade the grade, after vetoes and quotas; empty if not graded
 * @param rank the rank, 1 for the best; empty if not ranked
 * @param flags what happened to the card beyond its points
 * @param reasons why, one sentence per flag, in Chinese and English
 */
public record ScoreCard(String subject, String name, OrganisationId organisation, Optional<String> status, boolean graded,
    boolean ranked, BigDecimal total, List<BlockScore> blocks, List<LineItem> lines, Optional<String> grade,
    Optional<Integer> rank, Set<Flag> flags, List<org.dangjian.core.Labels> reasons) {

  /** What happened to a card beyond its points. */
  public enum Flag {
    /** A veto item occurred (一票否决). */
    VETOED,
    /** The grade was lowered because the grade's quota was full. */
    DEMOTED_BY_QUOTA,
    /** Among the bottom-ranked (末位). */
    BOTTOM_RANKED,
    /** Present part of the year: yearly-capped earnings were extrapolated to a full year. */
    PRORATED;

    /** @return the flag as written in JSON and scenarios, for example {@code demoted-by-quota} */
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /** Checks for nulls and copies the collections. */
  public ScoreCard {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(blocks, "blocks");
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(rank, "rank");
    Objects.requireNonNull(flags, "flags");
    Objects.requireNonNull(reasons, "reasons");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(total, "total");
    blocks = List.copyOf(blocks);
    lines = lines instanceof CompactLines ? lines : List.copyOf(lines);
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(rank, "rank");
    flags = flags.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(flags));
    reasons = List.copyOf(reasons);
  }

  /**
   * @param block a block id
   * @return that block's score, if the scheme has the block
   */
  public Optional<BigDecimal> blockScore(String block) {
    return blocks.stream().filter(b -> b.block().equals(block)).map(BlockScore::score).findFirst();
  }
}
