package org.dangjian.rules.builtin;

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
 * {@code governance-documents}: each public school with legal personality and a Party organisation has
 * each required governance document — its revised charter (章程), the rules of procedure of the Party
 * organisation's meeting and of the principal's office meeting, its list of powers and duties (权责清单) —
 * by {@code deadline} (校长负责制意见; 福州2023). A document adopted on the deadline is in time; one adopted
 * the day after is late. A school has at most one finding for each kind of shortfall — documents missing,
 * not revised, late — naming the documents, as a bureau's notice lists them. With {@code since}, a document counts only from its adoption or revision on or
 * after that day: a charter of 2016 not revised since the reform does not. Nothing is reported before the
 * deadline.
 */
public final class GovernanceDocuments extends BuiltInRuleType {
  private static final String MISSING = "governance-documents.missing";
  private static final String LATE = "governance-documents.late";
  private static final String NOT_REVISED = "governance-documents.not-revised";
  private static final Parameter<LocalDate> DEADLINE = Parameter.date("deadline")
      .withMeaning("各校须具备文件的期限（含当日）", "the day by which each school has its documents (the day itself counts)")
      .withExample("2024-06-30");

  /** Creates the type. */
  public GovernanceDocuments() {
    super("governance-documents", new Labels("学校按期制定（修订）章程、议事规则和权责清单",
        "each school has its charter, rules of procedure and list of powers by the deadline"),
        List.of(DEADLINE, SchoolGovernance.DOCUMENTS, SchoolGovernance.SINCE, SchoolGovernance.UNIT_KINDS,
            SchoolGovernance.OWNERSHIP, SchoolGovernance.LEGAL_PERSONS_ONLY),
        Dependencies.whole(Records.GOVERNANCE), MISSING, LATE, NOT_REVISED);
  }

  @Override
  Rule rule(RuleParameters parameters) {
    LocalDate deadline = parameters.get(DEADLINE);
    List<GovernanceDocumentKind> required = parameters.get(SchoolGovernance.DOCUMENTS);
    Optional<LocalDate> since = parameters.find(SchoolGovernance.SINCE);
    SchoolGovernance.Scope scope = SchoolGovernance.scope(parameters);
    return context -> {
      if (context.asOf().isBefore(deadline)) {
        return;
      }
      for (Unit unit : context.dataset().units()) {
        if (!scope.covers(unit)) {
          continue;
        }
        Optional<Organisation> responsible = SchoolGovernance.organisationOf(context.dataset(), unit, context.asOf(), false);
        if (responsible.isEmpty()) {
          continue; // the reform is for schools with a Party organisation; unit-coverage reports those without
        }
        // One finding per school and kind of shortfall, naming the documents: what a bureau's notice lists.
        java.util.Map<String, List<String>> documents = new java.util.LinkedHashMap<>();
        java.util.Map<String, List<String>> evidence = new java.util.LinkedHashMap<>();
        for (GovernanceDocumentKind kind : required) {
          SchoolGovernance.InPlace inPlace = SchoolGovernance.inPlace(context.dataset(), unit, kind, since, context.asOf());
          if (inPlace.by(deadline)) {
            continue;
          }
          String code = inPlace.from().isPresent() ? LATE : inPlace.documents().isEmpty() ? MISSING : NOT_REVISED;
          documents.computeIfAbsent(code, c -> new java.util.ArrayList<>())
              .add(kind.labelZh() + inPlace.from().map(day -> "（" + day + "）").orElse(""));
          evidence.computeIfAbsent(code, c -> new java.util.ArrayList<>()).addAll(inPlace.evidence());
        }
        for (String code : List.of(MISSING, NOT_REVISED, LATE)) {
          if (documents.containsKey(code)) {
            var finding = context.finding(responsible.get().id(), Subjects.unit(unit.id())).message(code)
                .argument("unit", unit.name()).argument("documents", String.join("、", documents.get(code)))
                .argument("deadline", deadline).evidence(evidence.get(code)).since(deadline.plusDays(1));
            since.ifPresent(day -> finding.argument("since", day));
            finding.emit();
          }
        }
      }
    };
  }
}
