package org.dangjian.rules.builtin;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.Labels;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.supervision.Bulletin;
import org.dangjian.rules.spi.Dependencies;
import org.dangjian.rules.spi.Dependencies.Records;
import org.dangjian.rules.spi.Parameter;
import org.dangjian.rules.spi.Rule;
import org.dangjian.rules.spi.RuleParameters;

/**
 * {@code bulletin-statements} (末位表态): every organisation a bulletin (通报) names makes its statement within
 * {@code withinDays} of the bulletin (the last of them counts). One whose days ran out in the window without a
 * statement known by the day of evaluation is reported, and so is one that made it late.
 */
public final class BulletinStatements extends BuiltInRuleType {
  private static final String MISSING = "bulletin-statements.missing";
  private static final String LATE = "bulletin-statements.late";

  private static final Parameter<Integer> WITHIN_DAYS = Parameter.wholeNumber("withinDays", 0, 366).withDefault(30)
      .withMeaning("通报后作表态发言的天数（末日计入）", "days after the bulletin to make the statement (the last counts)").withExample("30");

  /** Creates the type. */
  public BulletinStatements() {
    super("bulletin-statements", new Labels("被通报的党组织按期表态", "every organisation named in a bulletin makes its statement in time"),
        List.of(WITHIN_DAYS), Dependencies.whole(Records.SUPERVISION), MISSING, LATE);
  }

  @Override
  Rule rule(RuleParameters parameters) {
    int withinDays = parameters.get(WITHIN_DAYS);
    return context -> {
      for (Bulletin bulletin : context.dataset().records(Bulletin.KIND).all()) {
        LocalDate due = bulletin.date().plusDays(withinDays);
        for (OrganisationId named : bulletin.named()) {
          Optional<Organisation> held = context.dataset().organisation(named);
          if (held.isEmpty()) {
            continue; // in a part of a partition, the part holding the organisation judges it
          }
          Organisation organisation = held.get();
          Optional<Bulletin.Statement> statement = bulletin.statementOf(named).filter(s -> !s.date().isAfter(context.asOf()));
          if (statement.isEmpty() && due.isBefore(context.asOf()) && context.window().contains(due.plusDays(1))) {
            context.finding(named, Subjects.of(organisation)).message(MISSING).argument("organisation", organisation.name())
                .argument("date", bulletin.date()).argument("reason", bulletin.reason()).argument("due", due).since(due.plusDays(1))
                .evidence(bulletin.evidence()).emit();
          } else if (statement.isPresent() && statement.get().date().isAfter(due) && context.window().contains(statement.get().date())) {
            context.finding(named, Subjects.of(organisation)).message(LATE).argument("organisation", organisation.name())
                .argument("date", bulletin.date()).argument("made", statement.get().date()).argument("due", due).since(due.plusDays(1))
                .evidence(bulletin.evidence()).emit();
          }
        }
      }
    };
  }
}
