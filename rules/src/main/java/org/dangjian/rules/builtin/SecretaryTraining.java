package org.dangjian.rules.builtin;

import java.util.List;
import java.util.Optional;
import org.dangjian.core.member.Member;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.Position;
import org.dangjian.core.time.PeriodKind;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.spi.Dependencies;
import org.dangjian.rules.spi.Dependencies.Records;
import org.dangjian.rules.spi.Rule;
import org.dangjian.rules.spi.RuleParameters;

/**
 * {@code secretary-training}: a branch secretary who held the post through a whole period of kind {@code
 * per} (a half-year, about a school term) attended fewer than {@code min} trainings in it (县局汇报:
 * at least two per term).
 */
public final class SecretaryTraining extends BuiltInRuleType {
  /** Creates the type. */
  public SecretaryTraining() {
    super("secretary-training", Dependencies.whole(Records.MEMBERS, Records.TRAININGS), "secretary-training.short");
  }

  @Override
  Rule rule(RuleParameters parameters) {
    int min = parameters.integer("min");
    PeriodKind per = parameters.code(PeriodKind.class, "per", PeriodKind.HALF_YEAR);
    return context -> {
      for (ReportingPeriod period : context.periods(per)) {
        if (!context.isOver(period)) {
          continue;
        }
        for (Organisation branch : context.organisations()) {
          if (!branch.kind().isBranch() || !branch.existsOn(period.start()) || !branch.existsOn(period.end())) {
            continue;
          }
          Optional<Position> secretary = Subjects.secretary(branch, period.start())
              .filter(p -> p.heldOn(period.end()));
          Optional<Member> holder = secretary.flatMap(p -> context.dataset().member(p.member()));
          if (holder.isEmpty()) {
            continue;
          }
          List<String> attended = context.dataset().trainingsOf(holder.get().id()).stream()
              .filter(t -> period.contains(t.date())).map(t -> t.date() + " " + t.title()).toList();
          if (attended.size() < min) {
            MemberRule.finding(context, holder.get(), "secretary-training.short").period(period)
                .argument("organisation", branch.name()).argument("period", period).argument("attended", attended.size())
                .argument("min", min).emit();
          }
        }
      }
    };
  }
}
