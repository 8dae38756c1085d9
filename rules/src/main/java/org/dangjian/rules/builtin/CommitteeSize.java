package org.dangjian.rules.builtin;

import org.dangjian.rules.spi.Parameter;
import org.dangjian.core.Labels;
import java.util.List;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.rules.Severity;
import org.dangjian.rules.spi.Dependencies;
import org.dangjian.rules.spi.Dependencies.Records;
import org.dangjian.rules.spi.Rule;
import org.dangjian.rules.spi.RuleParameters;

/**
 * {@code committee-size}: a committee outside {@code min}–{@code preferredMax} members (3–5): over
 * {@code max} (7) or under {@code min} is reported at the entry's severity, between {@code
 * preferredMax} and {@code max} as a warning. Branch committees are judged only where the branch has
 * {@code minFullMembers} full members, since smaller branches elect only a secretary; and a branch
 * committee smaller than {@code min} is left to {@code committee-required}, whose finding (the branch has
 * no 支部委员会) is the more specific of the two — one finding for a branch with only a secretary.
 */
public final class CommitteeSize extends BuiltInRuleType {
  private static final Parameter<Integer> MIN = Parameter.wholeNumber("min", 1, 50).withMeaning("支部委员会人数下限", "fewest members of a branch committee").withExample("3");
  private static final Parameter<Integer> PREFERRED_MAX = Parameter.wholeNumber("preferredMax", 1, 50).withMeaning("一般不超过的人数（超过为提示）", "the size a committee generally stays within (more is a notice)").withExample("5");
  private static final Parameter<Integer> MAX = Parameter.wholeNumber("max", 1, 50).withMeaning("最多人数（超过为违规）", "the most a committee may have (more is a violation)").withExample("7");
  private static final Parameter<Integer> MIN_FULL_MEMBERS = Parameter.wholeNumber("minFullMembers", 1, 1000).withMeaning("正式党员达到此数的党支部才检查", "full members from which a branch is judged").withExample("7");

  /** Creates the type. */
  public CommitteeSize() {
    super("committee-size", new Labels("委员会人数在规定范围内", "a committee has a size within the limits"),
        List.of(MIN, PREFERRED_MAX, MAX, MIN_FULL_MEMBERS), Dependencies.perOrganisation(Records.MEMBERS), "committee-size.too-small", "committee-size.large", "committee-size.too-large");
  }

  @Override
  Rule rule(RuleParameters parameters) {
    int min = parameters.get(MIN);
    int preferredMax = parameters.get(PREFERRED_MAX);
    int max = parameters.get(MAX);
    int minFullMembers = parameters.get(MIN_FULL_MEMBERS);
    return context -> {
      for (Organisation organisation : Subjects.active(context, List.of(OrganisationKind.BRANCH, OrganisationKind.JOINT_BRANCH,
          OrganisationKind.GENERAL_BRANCH, OrganisationKind.GRASSROOTS_COMMITTEE))) {
        if (organisation.committee().isEmpty()
            || organisation.kind().isBranch() && Subjects.fullMembers(context, organisation) < minFullMembers) {
          continue;
        }
        int size = Subjects.committeeSize(context, organisation);
        if (size < min && organisation.kind().isBranch()) {
          continue; // committee-required: the branch has no committee
        }
        String code;
        if (size < min) {
          code = "committee-size.too-small";
        } else if (size > max) {
          code = "committee-size.too-large";
        } else if (size > preferredMax) {
          code = "committee-size.large";
        } else {
          continue;
        }
        var finding = context.finding(organisation.id(), Subjects.of(organisation)).message(code)
            .argument("organisation", organisation.name()).argument("size", size).argument("min", min)
            .argument("preferredMax", preferredMax).argument("max", max);
        if (code.equals("committee-size.large")) {
          finding.severity(Severity.WARNING);
        }
        finding.emit();
      }
    };
  }
}
