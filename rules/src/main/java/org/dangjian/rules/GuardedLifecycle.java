package org.dangjian.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dangjian.core.DangjianException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.Lifecycle;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberEvent;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.time.PeriodKind;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.spi.EvaluationContext;
import org.dangjian.rules.spi.FindingSink;

/**
 * The lifecycle in guarded mode, for vendors' forms: an event is applied only if, besides being
 * structurally legal, it breaks no time limit, vote or right-on-the-day rule of the resolved rule set —
 * an activist designated a candidate after eight months, an admission carried by half of the entitled, an
 * introducer under 留党察看 are refused with the finding that says why. New warnings do not stop the event;
 * they come back with the result.
 *
 * <p>The member rules judged are those of the types in {@link #TIMING_RULE_TYPES}, evaluated
 * on the year of the event as of its date, before and after it; only findings the event itself adds
 * count.
 */
public final class GuardedLifecycle {

  /** The rule types whose findings an event can cause: time limits, votes, rights and development records. */
  public static final Set<String> TIMING_RULE_TYPES = Set.of("applicant-age", "first-talk", "activist-duration",
      "activist-review", "training-length", "admission-approval", "confirmation", "probation-extension", "transfer-letter",
      "branch-meeting-vote", "development-rights", "development-records");

  private GuardedLifecycle() {}

  /**
   * The outcome of an accepted event.
   *
   * @param dataset the dataset with the member's new record
   * @param member the member's new record
   * @param warnings warnings the event added
   */
  public record Outcome(Dataset dataset, Member member, List<Finding> warnings) {
    /** Copies the list. */
    public Outcome {
      Objects.requireNonNull(dataset, "dataset");
      Objects.requireNonNull(member, "member");
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * @param dataset the records
   * @param ruleSet the resolved rule set
   * @param memberId the member the event is for
   * @param event the event
   * @return the new dataset and member, and any warnings the event adds
   * @throws org.dangjian.core.member.IllegalTransitionException if the event may not follow the member's status
   * @throws RuleViolationException if the event breaks a time limit, with the findings
   */
  public static Outcome apply(Dataset dataset, RuleSet ruleSet, MemberId memberId, MemberEvent event) {
    Member before = dataset.member(memberId).orElseThrow(() -> new DangjianException("the dataset holds no member '" + memberId + "'"));
    Member after = Lifecycle.apply(before, event);
    Dataset changed = dataset.withMember(after);
    ReportingPeriod year = ReportingPeriod.containing(PeriodKind.YEAR, event.date());
    Set<String> existing = new HashSet<>();
    judge(dataset, ruleSet, year, event, memberId).forEach(f -> existing.add(key(f)));
    List<Finding> violations = new ArrayList<>();
    List<Finding> warnings = new ArrayList<>();
    for (Finding finding : judge(changed, ruleSet, year, event, memberId)) {
      if (!existing.contains(key(finding))) {
        (finding.severity() == Severity.VIOLATION ? violations : warnings).add(finding);
      }
    }
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    return new Outcome(changed, after, warnings);
  }

  private static String key(Finding finding) {
    return finding.ruleId() + "|" + finding.messageCode() + "|" + finding.since() + "|" + finding.arguments();
  }

  private static List<Finding> judge(Dataset dataset, RuleSet ruleSet, ReportingPeriod year, MemberEvent event, MemberId member) {
    List<Finding> findings = new ArrayList<>();
    FindingSink sink = new FindingSink() {
      @Override
      public void finding(Finding finding) {
        if (finding.subject().kind() == Subject.Kind.MEMBER && finding.subject().id().equals(member.value())) {
          findings.add(finding);
        }
      }

      @Override
      public void requirement(Requirement requirement) {
        // not needed here
      }
    };
    for (RuleEntry entry : ruleSet.entries()) {
      if (TIMING_RULE_TYPES.contains(entry.type())) {
        entry.rule().evaluate(new EvaluationContext(dataset, ruleSet, entry, year, event.date(), sink));
      }
    }
    return findings;
  }
}
