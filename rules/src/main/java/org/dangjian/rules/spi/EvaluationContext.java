package org.dangjian.rules.spi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberFacts;
import org.dangjian.core.member.MemberStatus;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.Citation;
import org.dangjian.rules.Finding;
import org.dangjian.rules.Requirement;
import org.dangjian.rules.RuleEntry;
import org.dangjian.rules.RuleSet;
import org.dangjian.rules.Severity;
import org.dangjian.rules.Subject;

/**
 * What a {@link Rule} sees while it is evaluated: the dataset, the evaluation window and the day of
 * evaluation (never the clock), the rule set and the entry being evaluated, helpers for members'
 * facts, and where findings and requirements go. One context per entry and evaluation; not shared
 * between threads.
 */
public final class EvaluationContext {
  private final Dataset dataset;
  private final RuleSet ruleSet;
  private final RuleEntry entry;
  private final ReportingPeriod window;
  private final LocalDate asOf;
  private final FindingSink sink;
  private final EvaluationScope scope;

  /**
   * A context judging the whole dataset.
   *
   * @param dataset the records
   * @param ruleSet the resolved rule set
   * @param entry the entry being evaluated
   * @param window the period evaluated
   * @param asOf the day of evaluation: periods ending after it are due, not violated
   * @param sink where findings and requirements go
   */
  public EvaluationContext(Dataset dataset, RuleSet ruleSet, RuleEntry entry, ReportingPeriod window, LocalDate asOf,
      FindingSink sink) {
    this(dataset, ruleSet, entry, window, asOf, sink, EvaluationScope.whole(dataset));
  }

  /**
   * A context judging part of the dataset.
   *
   * @param dataset the records
   * @param ruleSet the resolved rule set
   * @param entry the entry being evaluated
   * @param window the period evaluated
   * @param asOf the day of evaluation: periods ending after it are due, not violated
   * @param sink where findings and requirements go
   * @param scope the part to judge, a scope of {@code dataset}
   */
  public EvaluationContext(Dataset dataset, RuleSet ruleSet, RuleEntry entry, ReportingPeriod window, LocalDate asOf,
      FindingSink sink, EvaluationScope scope) {
    this.scope = Objects.requireNonNull(scope, "scope");
    this.dataset = Objects.requireNonNull(dataset, "dataset");
    this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
    this.entry = Objects.requireNonNull(entry, "entry");
    this.window = Objects.requireNonNull(window, "window");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  /** @return the records */
  public Dataset dataset() {
    return dataset;
  }

  /** @return the part of the dataset to judge */
  public EvaluationScope scope() {
    return scope;
  }

  /** @return the organisations to judge, in path order, dissolved ones included ({@link EvaluationScope#organisations()}) */
  public List<org.dangjian.core.org.Organisation> organisations() {
    return scope.organisations();
  }

  /** @return the members to judge, by id ({@link EvaluationScope#members()}) */
  public List<Member> members() {
    return scope.members();
  }

  /** @return the activities held by the organisations to judge, by date, then id ({@link EvaluationScope#activities()}) */
  public List<org.dangjian.core.activity.Activity> activities() {
    return scope.activities();
  }

  /** @return the resolved rule set */
  public RuleSet ruleSet() {
    return ruleSet;
  }

  /** @return the entry being evaluated */
  public RuleEntry entry() {
    return entry;
  }

  /** @return the period evaluated */
  public ReportingPeriod window() {
    return window;
  }

  /** @return the day of evaluation, within the window */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * @param period a period
   * @return whether it is over on the day of evaluation, so that shortfalls in it are violations, not dues
   */
  public boolean isOver(ReportingPeriod period) {
    return period.end().isBefore(asOf) || period.end().equals(asOf);
  }

  /**
   * The periods of a kind that a rule judges in the window: those that make up the window, or for a
   * kind longer than the window (a yearly rule evaluated on a quarter) the one that contains it.
   *
   * @param kind a period kind
   * @return the periods, in order
   */
  public List<ReportingPeriod> periods(org.dangjian.core.time.PeriodKind kind) {
    if (kind == org.dangjian.core.time.PeriodKind.WEEK || kind.compareTo(window.kind()) >= 0) {
      return window.divideInto(kind);
    }
    return ReportingPeriod.rangeClosed(ReportingPeriod.containing(kind, window.start()),
        ReportingPeriod.containing(kind, window.end()));
  }

  /**
   * @param code an activity type code
   * @return the standard type, or one the dataset or the rule set declares
   */
  public Optional<ActivityType> activityType(String code) {
    return dataset.activityType(code).or(() -> ruleSet.activityTypes().stream().filter(t -> t.code().equals(code)).findFirst());
  }

  /**
   * @param member a member
   * @param date a day
   * @return the member's facts on that day ({@link Member#factsOn}: a binary search over the states the
   *     member's history passes through, computed once per member)
   */
  public MemberFacts facts(Member member, LocalDate date) {
    return member.factsOn(date);
  }

  /**
   * @param member a member
   * @param date a day
   * @return the member's status that day, as {@link #facts} gives it, without making the day's facts ({@link Member#statusOn})
   */
  public MemberStatus status(Member member, LocalDate date) {
    return member.statusOn(date);
  }

  /**
   * @param organisation a branch, group or higher organisation
   * @param date a day
   * @param status which statuses count, for example {@code MemberStatus::isMember}
   * @return its members whose status on that day passes the test, by id
   */
  public List<Member> membersOf(OrganisationId organisation, LocalDate date, Predicate<MemberStatus> status) {
    List<Member> found = new ArrayList<>();
    for (Member member : dataset.membersOf(organisation)) {
      if (status.test(status(member, date))) {
        found.add(member);
      }
    }
    return found;
  }

  /**
   * Starts a finding of this entry's rule, with its severity and citation.
   *
   * @param organisation the organisation responsible
   * @param subject what it is about
   * @return a builder; call {@link FindingBuilder#emit()} to report it
   */
  public FindingBuilder finding(OrganisationId organisation, Subject subject) {
    return new FindingBuilder(organisation, subject);
  }

  /** @param requirement a requirement this entry sets, and how far it was met */
  public void requirement(Requirement requirement) {
    if (judgedHere(requirement.organisation())) {
      sink.requirement(requirement);
    }
  }

  /**
   * In one part of a partitioned region, what a rule says about an organisation of another part (an
   * {@linkplain Dataset#externalOrganisations() external} one: the school a bureau inspected, in the
   * bureau's part) is that part's to say, from the same records: it is dropped here, so that every
   * finding and requirement is judged once, by the part holding its organisation.
   */
  private boolean judgedHere(OrganisationId organisation) {
    return !dataset.externalOrganisations().contains(organisation);
  }

  /** Builds one finding of this entry's rule, with its severity and citation; see {@link EvaluationContext#finding}. */
  public final class FindingBuilder {
    private final Finding.Builder finding;

    private FindingBuilder(OrganisationId organisation, Subject subject) {
      this.finding = Finding.builder(entry.id(), entry.severity(), organisation, subject, "", entry.citation());
    }

    /** @return this builder, with a severity other than the entry's (for example a warning band) */
    public FindingBuilder severity(Severity value) {
      finding.severity(value);
      return this;
    }

    /** @return this builder, with the period concerned */
    public FindingBuilder period(ReportingPeriod value) {
      finding.period(value);
      return this;
    }

    /** @return this builder, with the day the problem began */
    public FindingBuilder since(LocalDate value) {
      finding.since(value);
      return this;
    }

    /** @return this builder, with the message code; it must be one of the rule type's codes */
    public FindingBuilder message(String code) {
      finding.message(code);
      return this;
    }

    /** @return this builder, with a value the message names as {@code {name}} */
    public FindingBuilder argument(String name, Object value) {
      finding.argument(name, String.valueOf(value));
      return this;
    }

    /** @return this builder, with records the finding rests on, as {@code kind:id} */
    public FindingBuilder evidence(String... records) {
      finding.evidence(List.of(records));
      return this;
    }

    /** @return this builder, with records the finding rests on, as {@code kind:id} */
    public FindingBuilder evidence(List<String> records) {
      finding.evidence(records);
      return this;
    }

    /**
     * Reports the finding — unless, in one part of a partitioned region, it is about another part's
     * organisation, which that part judges.
     *
     * @throws IllegalStateException if no message code was given
     */
    public void emit() {
      Finding built = finding.build();
      if (judgedHere(built.organisation())) {
        sink.finding(built);
      }
    }
  }
}
