package org.dangjian.rules.builtin;

import org.dangjian.rules.spi.Parameter;
import org.dangjian.core.Labels;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.member.Member;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.core.org.Position;
import org.dangjian.rules.spi.Dependencies;
import org.dangjian.rules.spi.Dependencies.Records;
import org.dangjian.rules.spi.Rule;
import org.dangjian.rules.spi.RuleParameters;

/**
 * {@code secretary-standing}: a branch secretary with less than {@code minYears} of standing (党龄;
 * 支部条例 第二十三条: generally one year or more — exactly one year is enough). By default ({@code
 * judgedOn: evaluation-day}) the standing is judged on the day of evaluation, so a secretary whose
 * standing reaches the figure stops being a finding; {@code judgedOn: appointment-day} judges it on the day
 * the secretary took office, as a record of how the post was filled.
 */
public final class SecretaryStanding extends BuiltInRuleType {
  private static final Parameter<Integer> MIN_YEARS = Parameter.wholeNumber("minYears", 1, 50).withMeaning("书记党龄最少年数（以上）", "years of standing a secretary needs (the number counts)").withExample("1");
  private static final Parameter<String> JUDGED_ON = Parameter.choice("judgedOn", "evaluation-day", "appointment-day").withDefault("evaluation-day").withMeaning("党龄按评估日还是任职日计算", "whether standing is judged on the day of evaluation or of appointment").withExample("appointment-day");

  /** Creates the type. */
  public SecretaryStanding() {
    super("secretary-standing", new Labels("党支部书记党龄达到规定年限", "a branch secretary has the years of standing required"),
        List.of(MIN_YEARS, JUDGED_ON), Dependencies.perOrganisation(Records.MEMBERS), "secretary-standing.short");
  }

  @Override
  Rule rule(RuleParameters parameters) {
    int minYears = parameters.get(MIN_YEARS);
    String judgedOn = parameters.get(JUDGED_ON);
    boolean onAppointment = judgedOn.equals("appointment-day");
    return context -> {
      for (Organisation branch : Subjects.active(context, List.of(OrganisationKind.BRANCH, OrganisationKind.JOINT_BRANCH))) {
        Optional<Position> secretary = Subjects.secretary(branch, context.asOf());
        if (secretary.isEmpty()) {
          continue;
        }
        Optional<Member> holder = context.dataset().member(secretary.get().member());
        if (holder.isEmpty()) {
          continue;
        }
        LocalDate from = secretary.get().from();
        LocalDate day = onAppointment ? from : context.asOf();
        Optional<LocalDate> standing = context.facts(holder.get(), day).standingStart();
        if (standing.isEmpty() || standing.get().plusYears(minYears).isAfter(day)) {
          context.finding(branch.id(), Subjects.member(holder.get().id())).message("secretary-standing.short")
              .argument("organisation", branch.name()).argument("member", holder.get().name())
              .argument("from", from).argument("standingStart", standing.map(LocalDate::toString).orElse("—"))
              .argument("minYears", minYears).since(from).evidence("member:" + holder.get().id()).emit();
        }
      }
    };
  }
}
