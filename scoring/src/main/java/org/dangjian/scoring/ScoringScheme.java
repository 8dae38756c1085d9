package org.dangjian.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.Labels;
import org.dangjian.core.member.MemberStatus;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.core.time.PeriodKind;

/**
 * A scoring scheme, resolved: what it scores, its blocks and items, the grade bands and quotas, who is
 * graded and ranked, and how the bottom-ranked are chosen. Read from a {@code dangjian/scoring-scheme@1}
 * file by {@link SchemeRegistry}; immutable.
 *
 * <p>A subject's score: each block starts at its base; each item adds its points per occurrence (or
 * its factor times an amount), held within its caps; a block is kept within its floor and cap; the
 * total is the weighted sum of blocks, within the scheme's floor and cap, to the cent.
 */
public final class ScoringScheme {

  /**
   * A block (板块) of the score, for example 讲政治.
   *
   * @param id the block's id
   * @param labels its names
   * @param base the points it starts with
   * @param floor the least it can fall to
   * @param cap the most it can reach, if capped
   * @param weight its weight in the total
   */
  public record Block(String id, Labels labels, BigDecimal base, BigDecimal floor, Optional<BigDecimal> cap, BigDecimal weight) {
    /** Checks for nulls. */
    public Block {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(labels, "labels");
      Objects.requireNonNull(base, "base");
      Objects.requireNonNull(floor, "floor");
      Objects.requireNonNull(cap, "cap");
      Objects.requireNonNull(weight, "weight");
    }
  }

  /**
   * A cap per period: no more than {@code max} points (in absolute value) from the item in any one period.
   *
   * @param per the period kind
   * @param max the most points per period
   */
  public record PeriodCap(PeriodKind per, BigDecimal max) {}

  /**
   * What a veto item does when it occurs (一票否决).
   *
   * @param zeroItems items whose points are taken away
   * @param zeroBlock a block set to zero
   * @param capGrade the best grade the subject can get
   */
  public record Veto(List<String> zeroItems, Optional<String> zeroBlock, Optional<String> capGrade) {
    /** Copies the list. */
    public Veto {
      Objects.requireNonNull(zeroItems, "zeroItems");
      Objects.requireNonNull(zeroBlock, "zeroBlock");
      Objects.requireNonNull(capGrade, "capGrade");
      zeroItems = List.copyOf(zeroItems);
    }
  }

  /**
   * An item (指标): evidence and what each occurrence is worth.
   *
   * @param id the item's id
   * @param block the block it counts in
   * @param labels its names
   * @param evidence what it counts
   * @param points points per occurrence; for ledger entries empty means each entry's own points
   * @param factor multiplier for amounts (averages, rates, other schemes' totals)
   * @param periodCap a cap per period, if any
   * @param yearCap a cap for the year, if any; when the scheme pro-rates, what a subject present part of the year
   *     earned under it is extrapolated to a full year, up to this cap
   * @param group a non-stacking group: of all occurrences of the group's items only the highest counts
   * @param veto what the item's occurrence does beyond its points
   */
  public record Item(String id, String block, Labels labels, Evidence evidence, Optional<BigDecimal> points,
      BigDecimal factor, Optional<PeriodCap> periodCap, Optional<BigDecimal> yearCap, Optional<String> group,
      Optional<Veto> veto) {
    /** Checks for nulls. */
    public Item {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(block, "block");
      Objects.requireNonNull(labels, "labels");
      Objects.requireNonNull(evidence, "evidence");
      Objects.requireNonNull(points, "points");
      Objects.requireNonNull(factor, "factor");
      Objects.requireNonNull(periodCap, "periodCap");
      Objects.requireNonNull(yearCap, "yearCap");
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(veto, "veto");
    }
  }

  /**
   * A grade band: totals of {@code min} or more (以上) get the grade; the last band may have no minimum.
   *
   * @param grade the grade's code, for example {@code excellent}
   * @param labels its names, for example 优秀
   * @param min the lowest total that earns it
   */
  public record GradeBand(String grade, Labels labels, Optional<BigDecimal> min) {}

  /** How ties at a quota's boundary are settled. */
  public enum Ties {
    /** Everyone tied with the first card beyond the quota is demoted too: the quota is never exceeded. */
    DEMOTE_TIED,
    /** The ranking's tie-breaks decide who stays. */
    TIE_BREAK
  }

  /**
   * A quota on a grade: at most {@code maxShare} of the graded subjects, counted with {@code rounding}.
   *
   * @param grade the grade
   * @param maxShare the share, for example 0.30
   * @param rounding how share × graded is rounded to a count
   * @param ties how ties at the boundary are settled
   */
  public record Quota(String grade, BigDecimal maxShare, RoundingMode rounding, Ties ties) {}

  /**
   * Which statuses of members are scored, graded and ranked (for member subjects).
   *
   * @param scored statuses scored
   * @param graded statuses graded
   * @param ranked statuses ranked
   */
  public record Eligibility(Set<MemberStatus> scored, Set<MemberStatus> graded, Set<MemberStatus> ranked) {
    /** Copies the sets. */
    public Eligibility {
      Objects.requireNonNull(scored, "scored");
      Objects.requireNonNull(graded, "graded");
      Objects.requireNonNull(ranked, "ranked");
      scored = Set.copyOf(scored);
      graded = Set.copyOf(graded);
      ranked = Set.copyOf(ranked);
    }
  }

  /**
   * The bottom of the ranking (末位): a count, or a share rounded as stated.
   *
   * @param count how many, if a count
   * @param share what share, if a share
   * @param rounding how share × ranked is rounded
   */
  public record Bottom(Optional<Integer> count, Optional<BigDecimal> share, RoundingMode rounding) {}

  private final String id;
  private final String version;
  private final String title;
  private final LocalDate effectiveOn;
  private final List<String> chain;
  private final SubjectKind subject;
  private final List<OrganisationKind> organisationKinds;
  private final int depth;
  private final BigDecimal floor;
  private final Optional<BigDecimal> cap;
  private final List<Block> blocks;
  private final List<Item> items;
  private final List<GradeBand> grades;
  private final List<Quota> quotas;
  private final Eligibility eligibility;
  private final List<String> tieBreaks;
  private final Optional<Bottom> bottom;
  private final boolean prorate;

  ScoringScheme(String id, String version, String title, LocalDate effectiveOn, List<String> chain, SubjectKind subject,
      List<OrganisationKind> organisationKinds, int depth, BigDecimal floor, Optional<BigDecimal> cap, List<Block> blocks,
      List<Item> items, List<GradeBand> grades, List<Quota> quotas, Eligibility eligibility, List<String> tieBreaks,
      Optional<Bottom> bottom, boolean prorate) {
    this.id = id;
    this.version = version;
    this.title = title;
    this.effectiveOn = effectiveOn;
    this.chain = List.copyOf(chain);
    this.subject = subject;
    this.organisationKinds = List.copyOf(organisationKinds);
    this.depth = depth;
    this.floor = floor;
    this.cap = cap;
    this.blocks = List.copyOf(blocks);
    this.items = List.copyOf(items);
    this.grades = List.copyOf(grades);
    this.quotas = List.copyOf(quotas);
    this.eligibility = eligibility;
    this.tieBreaks = List.copyOf(tieBreaks);
    this.bottom = bottom;
    this.prorate = prorate;
  }

  /** @return the scheme's id */
  public String id() {
    return id;
  }

  /** @return the version of its own file */
  public String version() {
    return version;
  }

  /** @return its title */
  public String title() {
    return title;
  }

  /** @return the day it was resolved for */
  public LocalDate effectiveOn() {
    return effectiveOn;
  }

  /** @return the chain of files, base first, as {@code id@version} */
  public List<String> chain() {
    return chain;
  }

  /** @return what it scores */
  public SubjectKind subject() {
    return subject;
  }

  /** @return for organisation subjects, the kinds scored */
  public List<OrganisationKind> organisationKinds() {
    return organisationKinds;
  }

  /** @return for organisation subjects, their depth in the tree (1: directly under a root) */
  public int depth() {
    return depth;
  }

  /** @return the least a total can be */
  public BigDecimal floor() {
    return floor;
  }

  /** @return the most a total can be, if capped */
  public Optional<BigDecimal> cap() {
    return cap;
  }

  /** @return the blocks, in order */
  public List<Block> blocks() {
    return blocks;
  }

  /** @return the items, in order */
  public List<Item> items() {
    return items;
  }

  /** @return the grade bands, best first */
  public List<GradeBand> grades() {
    return grades;
  }

  /**
   * @param grade a grade's code, for example {@code excellent}
   * @return its band, with its names; empty if the scheme has no such grade
   */
  public Optional<GradeBand> grade(String grade) {
    return grades.stream().filter(b -> b.grade().equals(grade)).findFirst();
  }

  /** @return the quotas */
  public List<Quota> quotas() {
    return quotas;
  }

  /** @return who is scored, graded and ranked */
  public Eligibility eligibility() {
    return eligibility;
  }

  /** @return the blocks whose scores break ties in the ranking, in order; the subject id breaks the rest */
  public List<String> tieBreaks() {
    return tieBreaks;
  }

  /** @return how the bottom-ranked are chosen, if they are */
  public Optional<Bottom> bottom() {
    return bottom;
  }

  /**
   * @return whether earnings under yearly caps are extrapolated to a full year for subjects present only part
   *     of it (members who joined or transferred in, secretaries who took office mid-year): earned × 12 ÷
   *     months present, up to the cap, as a line of its own; deductions are never extrapolated
   */
  public boolean prorate() {
    return prorate;
  }

  /** @return for example {@code member-points@2024.1} */
  @Override
  public String toString() {
    return id + "@" + version;
  }
}
