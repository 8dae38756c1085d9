package org.dangjian.rules.builtin;

import java.util.List;
import org.dangjian.core.Labels;
import org.dangjian.core.member.Member;
import org.dangjian.core.supervision.Correction;
import org.dangjian.core.supervision.CorrectionStatus;
import org.dangjian.rules.spi.Dependencies;
import org.dangjian.rules.spi.Dependencies.Records;
import org.dangjian.rules.spi.Parameter;
import org.dangjian.rules.spi.Rule;
import org.dangjian.rules.spi.RuleParameters;

/**
 * {@code corrections} (整改): each correction opened by the day of evaluation is closed by its deadline (the
 * deadline itself counts). One still open after its deadline is overdue, whenever it was opened; one closed
 * in the window after its deadline was closed late; and, with {@code requireEvidence}, one closed in the
 * window without its closing evidence is reported too.
 */
public final class Corrections extends BuiltInRuleType {
  private static final String OVERDUE = "corrections.overdue";
  private static final String CLOSED_LATE = "corrections.closed-late";
  private static final String NO_EVIDENCE = "corrections.no-evidence";

  private static final Parameter<Boolean> REQUIRE_EVIDENCE = Parameter.bool("requireEvidence", true)
      .withMeaning("销号须有整改佐证", "a closed correction names its closing evidence").withExample("true");

  /** Creates the type. */
  public Corrections() {
    super("corrections", new Labels("整改按期销号", "every correction is closed by its deadline"), List.of(REQUIRE_EVIDENCE),
        Dependencies.perOrganisation(Records.MEMBERS, Records.SUPERVISION), OVERDUE, CLOSED_LATE, NO_EVIDENCE);
  }

  @Override
  Rule rule(RuleParameters parameters) {
    boolean requireEvidence = parameters.get(REQUIRE_EVIDENCE);
    return context -> {
      for (Correction correction : context.dataset().records(Correction.KIND).all()) {
        var held = context.dataset().organisation(correction.organisation());
        if (held.isEmpty() || !context.scope().includes(correction.organisation())) {
          continue; // in a part of a partition, the part holding the organisation judges it; or out of scope
        }
        var organisation = held.get();
        CorrectionStatus status = correction.statusOn(context.asOf());
        String what = correction.title().orElseGet(() -> correction.finding().orElseGet(() -> "inspection " + correction.inspection()
            .orElseThrow().value() + " #" + correction.issue().orElseThrow()));
        String owner = correction.owner().map(id -> context.dataset().member(id).map(Member::name).orElse(id.value())).orElse("—");
        boolean closedInWindow = correction.closed().filter(context.window()::contains).isPresent();
        if (status == CorrectionStatus.OVERDUE) {
          context.finding(correction.organisation(), Subjects.of(organisation)).message(OVERDUE).argument("organisation", organisation.name())
              .argument("what", what).argument("owner", owner).argument("deadline", correction.deadline())
              .since(correction.deadline().plusDays(1)).evidence(correction.evidence()).emit();
        } else if (status == CorrectionStatus.CLOSED_LATE && closedInWindow) {
          context.finding(correction.organisation(), Subjects.of(organisation)).message(CLOSED_LATE)
              .argument("organisation", organisation.name()).argument("what", what).argument("deadline", correction.deadline())
              .argument("closed", correction.closed().orElseThrow()).since(correction.deadline().plusDays(1))
              .evidence(correction.evidence()).emit();
        }
        if (requireEvidence && status.isClosed() && closedInWindow && correction.closingEvidence().isEmpty()) {
          context.finding(correction.organisation(), Subjects.of(organisation)).message(NO_EVIDENCE)
              .argument("organisation", organisation.name()).argument("what", what).argument("closed", correction.closed().orElseThrow())
              .since(correction.closed().orElseThrow()).evidence(correction.evidence()).emit();
        }
      }
    };
  }
}
