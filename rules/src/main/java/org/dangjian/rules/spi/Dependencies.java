package org.dangjian.rules.spi;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a {@link Rule}'s results depend on, so that a {@link org.dangjian.rules.ComplianceSession} re-runs
 * it only when, and only where, a change can alter them. Every rule reads the organisations and units;
 * beyond them a rule names the kinds of {@link Records} it reads, and whether it is <em>per branch</em>:
 * what it reports about a branch, the groups under it and the members whose branch it is depends only on
 * that branch's own records — its and its groups' activities, its members' histories, dues, ledger,
 * commitments and ballots, and activities its members attended elsewhere — plus the day of the earliest
 * record of each kind. What it reports about an organisation above the branches may then depend only on
 * the organisations and units. A rule that is not per branch is re-run whole whenever a kind it reads
 * changes — except after a member event, for a rule that is {@linkplain #perOrganisation per organisation}:
 * it is re-run only for the organisations related to that member.
 *
 * <p>The default, {@link #everything()}, is always correct: a rule that does not declare its dependencies
 * is re-run whole after every change. Declaring too little makes a session's report differ from a full
 * evaluation; {@code ComplianceSessionTest} holds the built-in rules to theirs. Immutable.
 */
public final class Dependencies {

  /** Kinds of records beyond the organisations and units, one per kind of change. */
  public enum Records {
    /** Members and their histories (an event in a history). */
    MEMBERS,
    /** Activity records. */
    ACTIVITIES,
    /** Declared dues bases and dues payments. */
    DUES,
    /** Training attendances. */
    TRAININGS,
    /** Point-ledger entries. */
    LEDGER,
    /** Year-start commitments. */
    COMMITMENTS,
    /** Appraisal ballots. */
    BALLOTS,
    /** Ratings of secretaries' reports. */
    REPORT_RATINGS,
    /** The schools' governance records: the governance register (学校治理制度), the leadership teams, the leaders' 述职. */
    GOVERNANCE,
    /** The bureau's supervision: inspections (督查), corrections (整改), bulletins (通报), responsibility letters (目标责任书) and the values entered for external indicators. */
    SUPERVISION;

    /**
     * @param kind a record kind
     * @return the records it belongs to, for the built-in kinds; empty for a kind a project declares
     */
    public static java.util.Optional<Records> of(org.dangjian.core.record.RecordKind<?> kind) {
      Records records = kind == org.dangjian.core.activity.Activity.KIND ? ACTIVITIES
          : kind == org.dangjian.core.dues.DuesBase.KIND || kind == org.dangjian.core.dues.DuesPayment.KIND ? DUES
          : kind == org.dangjian.core.activity.TrainingAttendance.KIND ? TRAININGS
          : kind == org.dangjian.core.assessment.LedgerEntry.KIND ? LEDGER
          : kind == org.dangjian.core.assessment.Commitment.KIND ? COMMITMENTS
          : kind == org.dangjian.core.assessment.AppraisalBallot.KIND ? BALLOTS
          : kind == org.dangjian.core.assessment.ReportRating.KIND ? REPORT_RATINGS
          : kind == org.dangjian.core.governance.GovernanceDocument.KIND || kind == org.dangjian.core.governance.LeadershipPost.KIND
              || kind == org.dangjian.core.governance.DutyReport.KIND ? GOVERNANCE
          : kind == org.dangjian.core.supervision.Inspection.KIND || kind == org.dangjian.core.supervision.Correction.KIND
              || kind == org.dangjian.core.supervision.Bulletin.KIND || kind == org.dangjian.core.supervision.ResponsibilityLetter.KIND
              || kind == org.dangjian.core.supervision.IndicatorValue.KIND ? SUPERVISION
          : null;
      return java.util.Optional.ofNullable(records);
    }
  }

  /** How far a rule's results reach. */
  private enum Reach { WHOLE, PER_BRANCH, PER_ORGANISATION }

  private static final Dependencies EVERYTHING = new Dependencies(EnumSet.allOf(Records.class), Reach.WHOLE);

  private final Set<Records> reads;
  private final Reach reach;

  private Dependencies(Set<Records> reads, Reach reach) {
    this.reads = Set.copyOf(reads);
    this.reach = reach;
  }

  /** @return reads every kind of record and is not per branch: re-run whole after every change (the default) */
  public static Dependencies everything() {
    return EVERYTHING;
  }

  /**
   * @param reads the kinds of records read besides organisations and units
   * @return reads those anywhere in the dataset: re-run whole when one of them changes
   */
  public static Dependencies whole(Records... reads) {
    return new Dependencies(of(reads), Reach.WHOLE);
  }

  /**
   * @param reads the kinds of records read besides organisations and units
   * @return reads those per branch (see the class description): re-run for the branches a change touches
   */
  public static Dependencies perBranch(Records... reads) {
    return new Dependencies(of(reads), Reach.PER_BRANCH);
  }

  /**
   * A rule that judges organisations (or the units they cover) from members anywhere in the region — a
   * committee's size, a general branch's members, a school's principal, an introducer's rights — but whose
   * result about an organisation depends, among the members, only on the members <em>related</em> to it:
   * <ul>
   *   <li>the members of its branch, or of any branch beneath it;</li>
   *   <li>the members its committee's positions name;</li>
   *   <li>the members of a unit it covers;</li>
   *   <li>the members named by a record, of a kind the rule reads, that names the organisation or a unit it
   *       covers (a leadership post, a duty report, a correction's owner);</li>
   *   <li>the members named in the histories of its own members (contacts, introducers, the first talk);</li>
   *   <li>and, for the region's roots, which answer for what no organisation covers, any member.</li>
   * </ul>
   * After a member event a session re-runs such a rule only for the organisations related to that member;
   * after a new record of a kind it reads, whole.
   *
   * @param reads the kinds of records read besides organisations and units
   * @return reads those per organisation, over the members related to each
   */
  public static Dependencies perOrganisation(Records... reads) {
    return new Dependencies(of(reads), Reach.PER_ORGANISATION);
  }

  private static Set<Records> of(Records... reads) {
    Set<Records> set = EnumSet.noneOf(Records.class);
    for (Records kind : reads) {
      set.add(Objects.requireNonNull(kind, "reads"));
    }
    return set;
  }

  /**
   * @param kind a kind of record
   * @return whether the rule reads it
   */
  public boolean reads(Records kind) {
    return reads.contains(kind);
  }

  /**
   * @param kind a record kind
   * @return whether the rule reads records of that kind: for a built-in kind as its {@link Records} say;
   *     a kind a project declares is read only by rules that read {@linkplain #everything() everything}
   */
  public boolean reads(org.dangjian.core.record.RecordKind<?> kind) {
    return Records.of(kind).map(reads::contains).orElse(reads.size() == Records.values().length);
  }

  /** @return whether the rule's results are per branch (see the class description) */
  public boolean isPerBranch() {
    return reach == Reach.PER_BRANCH;
  }

  /** @return whether the rule's results are per organisation, over the members related to each ({@link #perOrganisation}) */
  public boolean isPerOrganisation() {
    return reach == Reach.PER_ORGANISATION;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Dependencies that && reads.equals(that.reads) && reach == that.reach;
  }

  @Override
  public int hashCode() {
    return Objects.hash(reads, reach);
  }

  /** @return for example {@code per branch [ACTIVITIES, MEMBERS]}, {@code per organisation [MEMBERS]} or {@code whole []} */
  @Override
  public String toString() {
    return reach.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + new java.util.TreeSet<>(reads);
  }
}
