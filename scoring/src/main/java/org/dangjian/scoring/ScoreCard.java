package org.dangjian.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.org.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * One subject's score for the year: the total, each block, every line item with its evidence, the
 * grade (after quotas and vetoes), the rank, and flags with the reasons behind them. Immutable; the
 * engine makes cards, and {@link #builder} makes one by hand (for a test or a fixture).
 */
public final class ScoreCard {
  private final String subject;
  private final String name;
  private final OrganisationId organisation;
  private final @Nullable String status;
  private final boolean graded;
  private final boolean ranked;
  private final BigDecimal total;
  private final List<BlockScore> blocks;
  private final List<LineItem> lines;
  private final @Nullable String grade;
  private final @Nullable Integer rank;
  private final Set<Flag> flags;
  private final List<org.dangjian.core.Labels> reasons;

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

  private ScoreCard(Builder b) {
    this.subject = b.subject;
    this.name = b.name;
    this.organisation = b.organisation;
    this.status = b.status;
    this.graded = b.graded;
    this.ranked = b.ranked;
    this.total = b.total;
    this.blocks = List.copyOf(b.blocks);
    this.lines = b.lines instanceof CompactLines ? b.lines : List.copyOf(b.lines);
    this.grade = b.grade;
    this.rank = b.rank;
    this.flags = b.flags.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(b.flags));
    this.reasons = List.copyOf(b.reasons);
  }

  /**
   * Starts a card with what every card has; it is ungraded, unranked, without blocks, lines, flags or
   * reasons until the builder is told otherwise.
   *
   * @param subject the subject's id (a member or an organisation)
   * @param name the subject's name
   * @param organisation the branch (for people) or the organisation itself
   * @param total the total, to the cent
   * @return a builder; {@link Builder#build()} makes the card
   */
  public static Builder builder(String subject, String name, OrganisationId organisation, BigDecimal total) {
    return new Builder(subject, name, organisation, total);
  }

  /** @return the subject's id (a member or an organisation) */
  public String subject() {
    return subject;
  }

  /** @return the subject's name */
  public String name() {
    return name;
  }

  /** @return the branch (for people) or the organisation itself */
  public OrganisationId organisation() {
    return organisation;
  }

  /** @return for people, the status at year end (code); empty for organisations */
  public Optional<String> status() {
    return Optional.ofNullable(status);
  }

  /** @return whether the subject is graded */
  public boolean graded() {
    return graded;
  }

  /** @return whether the subject is ranked */
  public boolean ranked() {
    return ranked;
  }

  /** @return the total, to the cent */
  public BigDecimal total() {
    return total;
  }

  /** @return the blocks, in the scheme's order */
  public List<BlockScore> blocks() {
    return blocks;
  }

  /** @return every line item, in the scheme's order of items, then by date (undated last), then evidence */
  public List<LineItem> lines() {
    return lines;
  }

  /** @return the grade, after vetoes and quotas; empty if not graded */
  public Optional<String> grade() {
    return Optional.ofNullable(grade);
  }

  /** @return the rank, 1 for the best; empty if not ranked */
  public Optional<Integer> rank() {
    return Optional.ofNullable(rank);
  }

  /** @return what happened to the card beyond its points */
  public Set<Flag> flags() {
    return flags;
  }

  /** @return why, one sentence per flag, in Chinese and English */
  public List<org.dangjian.core.Labels> reasons() {
    return reasons;
  }

  /**
   * @param block a block id
   * @return that block's score, if the scheme has the block
   */
  public Optional<BigDecimal> blockScore(String block) {
    return blocks.stream().filter(b -> b.block().equals(block)).map(BlockScore::score).findFirst();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ScoreCard c && graded == c.graded && ranked == c.ranked && subject.equals(c.subject)
        && name.equals(c.name) && organisation.equals(c.organisation) && Objects.equals(status, c.status)
        && total.equals(c.total) && blocks.equals(c.blocks) && lines.equals(c.lines) && Objects.equals(grade, c.grade)
        && Objects.equals(rank, c.rank) && flags.equals(c.flags) && reasons.equals(c.reasons);
  }

  @Override
  public int hashCode() {
    return Objects.hash(subject, name, organisation, status, graded, ranked, total, blocks, lines, grade, rank, flags, reasons);
  }

  /** @return the subject, total, grade, rank and flags, for logs and test failures (not the lines) */
  @Override
  public String toString() {
    return "ScoreCard[" + subject + " " + name + ", total=" + total.toPlainString() + ", grade=" + orDash(grade) + ", rank="
        + orDash(rank) + ", flags=" + flags + "]";
  }

  private static String orDash(@Nullable Object value) {
    return value == null ? "-" : value.toString();
  }

  /** Builds one card; {@link ScoreCard#builder} starts it. Not thread-safe. */
  public static final class Builder {
    private final String subject;
    private final String name;
    private final OrganisationId organisation;
    private final BigDecimal total;
    private @Nullable String status;
    private boolean graded;
    private boolean ranked;
    private List<BlockScore> blocks = List.of();
    private List<LineItem> lines = List.of();
    private @Nullable String grade;
    private @Nullable Integer rank;
    private Set<Flag> flags = Set.of();
    private List<org.dangjian.core.Labels> reasons = List.of();

    private Builder(String subject, String name, OrganisationId organisation, BigDecimal total) {
      this.subject = Objects.requireNonNull(subject, "subject");
      this.name = Objects.requireNonNull(name, "name");
      this.organisation = Objects.requireNonNull(organisation, "organisation");
      this.total = Objects.requireNonNull(total, "total");
    }

    /**
     * @param value for people, the status at year end (code)
     * @return this builder
     */
    public Builder status(String value) {
      this.status = Objects.requireNonNull(value, "status");
      return this;
    }

    /**
     * @param value whether the subject is graded
     * @return this builder
     */
    public Builder graded(boolean value) {
      this.graded = value;
      return this;
    }

    /**
     * @param value whether the subject is ranked
     * @return this builder
     */
    public Builder ranked(boolean value) {
      this.ranked = value;
      return this;
    }

    /**
     * @param values the blocks, in the scheme's order
     * @return this builder
     */
    public Builder blocks(List<BlockScore> values) {
      this.blocks = Objects.requireNonNull(values, "blocks");
      return this;
    }

    /**
     * @param values every line item, in the scheme's order of items, then by date (undated last), then evidence
     * @return this builder
     */
    public Builder lines(List<LineItem> values) {
      this.lines = Objects.requireNonNull(values, "lines");
      return this;
    }

    /**
     * @param value the grade, after vetoes and quotas
     * @return this builder
     */
    public Builder grade(String value) {
      this.grade = Objects.requireNonNull(value, "grade");
      return this;
    }

    /**
     * @param value the rank, 1 for the best
     * @return this builder
     * @throws IllegalArgumentException if it is below 1
     */
    public Builder rank(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("rank " + value + ": 1 is the best");
      }
      this.rank = value;
      return this;
    }

    /**
     * @param values what happened to the card beyond its points
     * @return this builder
     */
    public Builder flags(Set<Flag> values) {
      this.flags = Objects.requireNonNull(values, "flags");
      return this;
    }

    /**
     * @param values why, one sentence per flag, in Chinese and English
     * @return this builder
     */
    public Builder reasons(List<org.dangjian.core.Labels> values) {
      this.reasons = Objects.requireNonNull(values, "reasons");
      return this;
    }

    /** @return the card */
    public ScoreCard build() {
      return new ScoreCard(this);
    }
  }
}
