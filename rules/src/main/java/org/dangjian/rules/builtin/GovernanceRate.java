package org.dangjian.rules.builtin;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.Labels;
import org.dangjian.core.governance.GovernanceDocumentKind;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.Unit;
import org.dangjian.rules.spi.Dependencies;
import org.dangjian.rules.spi.Dependencies.Records;
import org.dangjian.rules.spi.Parameter;
import org.dangjian.rules.spi.Rule;
import org.dangjian.rules.spi.RuleParameters;

/**
 * {@code governance-rate}: the share of schools (of {@code unitKinds}, public and legal persons by
 * default) running 党组织领导的校长负责制 — or, for a kindergarten, 园长负责制, pilots included — on the day
 * of evaluation is below the share due that day (福州2023: 80% by year end; "以上": exactly the share meets
 * it). A school counts only when its model is in force and its {@code documents} are in place (adopted, and
 * with {@code since}, adopted or revised on or after that day). The share due is {@code target}, on every
 * day, or — with {@code by} — from that day, with the {@code milestones} (序时进度) before it: on each day
 * the latest milestone reached.
 */
public final class GovernanceRate extends BuiltInRuleType {
  private static final Parameter<BigDecimal> TARGET = Parameter.decimal("target", BigDecimal.ZERO, BigDecimal.ONE).withMeaning("目标比例（0至1，恰好达到即满足）", "the target share, 0 to 1 (exactly the target meets it)").withExample("0.8");
  private static final Parameter<LocalDate> BY = Parameter.date("by").asOptional()
      .withMeaning("目标比例的完成时限（含当日）；不填则任何一天均须达到", "the day the target is due (the day itself counts); without it, every day")
      .withExample("2024-12-31");
  private static final Parameter<LocalDate> MILESTONE_BY = Parameter.date("by")
      .withMeaning("序时进度的时点（含当日）", "the day the milestone is due (the day itself counts)").withExample("2024-06-30");
  private static final Parameter<BigDecimal> MILESTONE_SHARE = Parameter.decimal("share", BigDecimal.ZERO, BigDecimal.ONE)
      .withMeaning("该时点应达到的比例", "the share due that day").withExample("0.5");
  private static final Parameter<List<RuleParameters>> MILESTONES = Parameter.objects("milestones", List.of(MILESTONE_BY, MILESTONE_SHARE))
      .withMeaning("序时进度：完成时限之前各时点应达到的比例", "milestones (序时进度): the shares due on days before the target's")
      .withExample("[{by: 2024-06-30, share: 0.5}]");
  private static final Parameter<List<GovernanceDocumentKind>> DOCUMENTS = Parameter.codes("documents", GovernanceDocumentKind.class)
      .withDefault(SchoolGovernance.REQUIRED).withMeaning("学校计入前须具备的制度文件（可为空）", "the documents a school must have to count (may be empty)")
      .withExample("[charter, party-meeting-rules, principal-meeting-rules, powers-list]");

  /** Creates the type. */
  public GovernanceRate() {
    super("governance-rate", new Labels("实行党组织领导的校长负责制的学校比例达到目标", "the share of schools under the Party-led principal responsibility system reaches the target"),
        List.of(TARGET, BY, MILESTONES, DOCUMENTS, SchoolGovernance.SINCE, SchoolGovernance.UNIT_KINDS, SchoolGovernance.OWNERSHIP,
            SchoolGovernance.LEGAL_PERSONS_ONLY),
        Dependencies.whole(Records.GOVERNANCE), "governance-rate.below-target", "governance-rate.behind-schedule");
  }

  /** A share due from a day on (or, without a day, always). */
  private record Due(Optional<LocalDate> by, BigDecimal share) {}

  @Override
  Rule rule(RuleParameters parameters) {
    BigDecimal target = parameters.get(TARGET);
    Optional<LocalDate> targetBy = parameters.find(BY);
    List<Due> schedule = new java.util.ArrayList<>();
    parameters.get(MILESTONES).forEach(m -> schedule.add(new Due(Optional.of(m.get(MILESTONE_BY)), m.get(MILESTONE_SHARE))));
    schedule.add(new Due(targetBy, target));
    List<GovernanceDocumentKind> documents = parameters.get(DOCUMENTS);
    Optional<LocalDate> since = parameters.find(SchoolGovernance.SINCE);
    SchoolGovernance.Scope scope = SchoolGovernance.scope(parameters);
    return context -> {
      Optional<Due> due = dueOn(schedule, context.asOf());
      List<Unit> schools = context.dataset().units().stream().filter(scope::covers).toList();
      if (due.isEmpty() || schools.isEmpty()) {
        return;
      }
      long running = schools.stream().filter(u -> SchoolGovernance.partyLed(u, context.asOf()).isPresent()
          && documents.stream().allMatch(kind -> SchoolGovernance.inPlace(context.dataset(), u, kind, since, context.asOf()).by(context.asOf())))
          .count();
      BigDecimal share = due.get().share();
      // running / total >= share, in exact arithmetic
      if (BigDecimal.valueOf(running).compareTo(share.multiply(BigDecimal.valueOf(schools.size()))) < 0) {
        Organisation root = context.dataset().tree().roots().get(0);
        BigDecimal rate = BigDecimal.valueOf(running * 100).divide(BigDecimal.valueOf(schools.size()), 1, RoundingMode.HALF_UP);
        var finding = context.finding(root.id(), Subjects.of(root))
            .message(due.get().by().isPresent() ? "governance-rate.behind-schedule" : "governance-rate.below-target")
            .argument("running", running).argument("schools", schools.size()).argument("rate", rate.toPlainString() + "%")
            .argument("target", share.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%");
        due.get().by().ifPresent(day -> finding.argument("by", day));
        finding.emit();
      }
    };
  }

  /** The share due on a day: the latest-dated one reached; one without a day is due on every day. */
  private static Optional<Due> dueOn(List<Due> schedule, LocalDate day) {
    Due latest = null;
    for (Due due : schedule) {
      if (due.by().isEmpty()) {
        return Optional.of(due);
      }
      if (!due.by().get().isAfter(day) && (latest == null || due.by().get().isAfter(latest.by().orElseThrow()))) {
        latest = due;
      }
    }
    return Optional.ofNullable(latest);
  }
}
