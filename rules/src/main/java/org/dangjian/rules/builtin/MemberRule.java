package org.dangjian.rules.builtin;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.Labels;
import org.dangjian.core.member.Member;
import org.dangjian.rules.spi.Dependencies;
import org.dangjian.rules.spi.EvaluationContext;
import org.dangjian.rules.spi.Parameter;
import org.dangjian.rules.spi.Rule;
import org.dangjian.rules.spi.RuleParameters;

/**
 * A rule that judges members one at a time, from their own records only (so per branch); findings go to the member's branch. Events are judged
 * when they fall in the window, on or before the day of evaluation.
 */
abstract class MemberRule extends BuiltInRuleType {

  MemberRule(String name, Labels summary, List<Parameter<?>> parameters, String... messageCodes) {
    this(name, summary, parameters, Dependencies.perBranch(Dependencies.Records.MEMBERS), messageCodes);
  }

  /** For a rule that also reads other members' records, wherever they belong (declare {@code whole}). */
  MemberRule(String name, Labels summary, List<Parameter<?>> parameters, Dependencies dependencies, String... messageCodes) {
    super(name, summary, parameters, dependencies, messageCodes);
  }

  /** Judges one member. */
  interface Check {
    void check(EvaluationContext context, Member member);
  }

  /** @return the check with its parameters bound */
  abstract Check bind(RuleParameters parameters);

  @Override
  final Rule rule(RuleParameters parameters) {
    Check check = bind(parameters);
    return context -> context.members().forEach(member -> check.check(context, member));
  }

  /** @return whether the day falls in the window and not after the day of evaluation */
  static boolean judged(EvaluationContext context, LocalDate date) {
    return context.window().contains(date) && !date.isAfter(context.asOf());
  }

  static EvaluationContext.FindingBuilder finding(EvaluationContext context, Member member, String code) {
    return context.finding(member.branch(), Subjects.member(member.id())).message(code)
        .argument("member", member.name()).evidence("member:" + member.id());
  }
}
