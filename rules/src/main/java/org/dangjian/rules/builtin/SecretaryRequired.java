package org.dangjian.rules.builtin;

import org.dangjian.rules.spi.Parameter;
import org.dangjian.core.Labels;
import java.util.List;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.rules.spi.Dependencies;
import org.dangjian.rules.spi.Rule;
import org.dangjian.rules.spi.RuleParameters;

/** {@code secretary-required}: a branch, general branch or committee has no secretary (书记) on the day. */
public final class SecretaryRequired extends BuiltInRuleType {
  /** Creates the type. */
  public SecretaryRequired() {
    super("secretary-required", new Labels("党组织当日有书记", "an organisation has a secretary on the day"),
        List.of(), Dependencies.whole(), "secretary-required.missing");
  }

  @Override
  Rule rule(RuleParameters parameters) {
    return context -> {
      for (Organisation organisation : Subjects.active(context, List.of(OrganisationKind.BRANCH, OrganisationKind.JOINT_BRANCH,
          OrganisationKind.GENERAL_BRANCH, OrganisationKind.GRASSROOTS_COMMITTEE))) {
        if (Subjects.secretary(organisation, context.asOf()).isEmpty()) {
          context.finding(organisation.id(), Subjects.of(organisation)).message("secretary-required.missing")
              .argument("organisation", organisation.name()).emit();
        }
      }
    };
  }
}
