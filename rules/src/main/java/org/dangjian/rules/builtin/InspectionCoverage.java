package org.dangjian.rules.builtin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.Labels;
import org.dangjian.core.org.OrgTree;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.core.supervision.Inspection;
import org.dangjian.core.supervision.InspectionKind;
import org.dangjian.core.time.PeriodKind;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.spi.Dependencies;
import org.dangjian.rules.spi.Dependencies.Records;
import org.dangjian.rules.spi.EvaluationContext;
import org.dangjian.rules.spi.Parameter;
import org.dangjian.rules.spi.Rule;
import org.dangjian.rules.spi.RuleParameters;

/**
 * {@code inspection-coverage} (督查覆盖): every organisation of {@code organisationKinds} at {@code depth}
 * of the tree (by default the organisations directly under the bureau's committee) — with {@code
 * schoolsOnly}, those covering a school, themselves or beneath — has an
 * inspection of one of the {@code kinds} — of itself or of an organisation beneath it — in each period of
 * {@code every} (quarter, half-year, year) overlapping the window that is over by the day of evaluation; an
 * inspection on a period's last day counts for it. With {@code withinYears}, instead, each has one in the
 * years ending on the day of evaluation (审计 "five years, full coverage": {@code withinYears: 5}).
 */
public final class InspectionCoverage extends BuiltInRuleType {
  private static final String NOT_INSPECTED = "inspection-coverage.not-inspected";
  private static final String NOT_WITHIN_YEARS = "inspection-coverage.not-within-years";

  private static final Parameter<List<String>> KINDS = Parameter.texts("kinds").withDefault(List.of(InspectionKind.SPOT_CHECK.code()))
      .withMeaning("计入的督查类别（标准类别或本地区自定的代码）", "the kinds of inspection counted (standard kinds or a region's own codes)")
      .withExample("[spot-check, tour]");
  private static final Parameter<String> EVERY = Parameter.choice("every", "quarter", "half-year", "year").withDefault("half-year")
      .withMeaning("每个周期至少一次", "the period in each of which an inspection is due").withExample("half-year");
  private static final Parameter<Integer> WITHIN_YEARS = Parameter.wholeNumber("withinYears", 1, 20).asOptional()
      .withMeaning("改为：截至评估日的若干年内至少一次（如审计五年全覆盖）",
          "instead: at least one in this many years up to the day of evaluation (an audit's full coverage in five years)")
      .withExample("5");
  private static final Parameter<List<OrganisationKind>> ORGANISATION_KINDS = Parameter.codes("organisationKinds", OrganisationKind.class)
      .withDefault(List.of(OrganisationKind.GRASSROOTS_COMMITTEE, OrganisationKind.GENERAL_BRANCH, OrganisationKind.BRANCH,
          OrganisationKind.JOINT_BRANCH))
      .withMeaning("须受督查的党组织类别", "the kinds of organisation to be inspected").withExample("[branch, joint-branch]");
  private static final Parameter<Integer> DEPTH = Parameter.wholeNumber("depth", 0, 20).withDefault(1)
      .withMeaning("须受督查的党组织在组织树中的层级（教育局党委为0）", "the depth in the tree of the organisations to be inspected (the bureau's committee is 0)")
      .withExample("1");
  private static final Parameter<Boolean> SCHOOLS_ONLY = Parameter.bool("schoolsOnly", true)
      .withMeaning("只计学校的党组织（其本身或下级覆盖学校）", "count only schools' Party organisations: those covering a school, themselves or beneath")
      .withExample("false");

  /** Creates the type. */
  public InspectionCoverage() {
    super("inspection-coverage", new Labels("督查检查按周期覆盖", "every organisation is inspected in each period"),
        List.of(KINDS, EVERY, WITHIN_YEARS, ORGANISATION_KINDS, DEPTH, SCHOOLS_ONLY), Dependencies.whole(Records.SUPERVISION), NOT_INSPECTED,
        NOT_WITHIN_YEARS);
  }

  @Override
  Rule rule(RuleParameters parameters) {
    List<InspectionKind> kinds = parameters.get(KINDS).stream().map(InspectionKind::of).toList();
    PeriodKind every = switch (parameters.get(EVERY)) {
      case "quarter" -> PeriodKind.QUARTER;
      case "year" -> PeriodKind.YEAR;
      default -> PeriodKind.HALF_YEAR;
    };
    Optional<Integer> withinYears = parameters.find(WITHIN_YEARS);
    List<OrganisationKind> organisationKinds = parameters.get(ORGANISATION_KINDS);
    int depth = parameters.get(DEPTH);
    boolean schoolsOnly = parameters.get(SCHOOLS_ONLY);
    String kindNames = String.join("、", kinds.stream().map(k -> k.labels().zh()).toList());
    return context -> {
      LocalDate asOf = context.asOf();
      OrgTree tree = context.dataset().tree();
      for (Organisation organisation : tree.organisations()) {
        if (!organisationKinds.contains(organisation.kind()) || tree.depth(organisation.id()) != depth || !organisation.existsOn(asOf)) {
          continue;
        }
        List<Organisation> subtree = tree.subtree(organisation.id());
        if (schoolsOnly && !context.dataset().coversASchool(organisation.id())) {
          continue; // the bureau's own office, the retirees
        }
        List<Inspection> inspections = new ArrayList<>();
        for (Organisation beneath : subtree) {
          context.dataset().records(Inspection.KIND).by(Inspection.BY_ORGANISATION, beneath.id()).stream()
              .filter(i -> kinds.contains(i.kind()) && !i.date().isAfter(asOf)).forEach(inspections::add);
        }
        if (withinYears.isPresent()) {
          LocalDate from = asOf.minusYears(withinYears.get()).plusDays(1);
          Optional<Inspection> last = inspections.stream().max(java.util.Comparator.comparing(Inspection::date));
          if (last.filter(i -> !i.date().isBefore(from)).isEmpty()) {
            var finding = context.finding(organisation.id(), Subjects.of(organisation)).message(NOT_WITHIN_YEARS)
                .argument("organisation", organisation.name()).argument("kinds", kindNames).argument("years", withinYears.get())
                .argument("from", from).argument("last", last.map(i -> i.date().toString()).orElse("—"));
            last.ifPresent(i -> finding.evidence(i.evidence()));
            finding.emit();
          }
          continue;
        }
        // Every period of the kind that overlaps the window: a quarter's window judges the half-year it ends.
        for (ReportingPeriod next = ReportingPeriod.containing(every, context.window().start());
            !next.start().isAfter(context.window().end()); next = next.next()) {
          ReportingPeriod period = next;
          if (period.end().isAfter(asOf) || period.end().isBefore(organisation.established())) {
            continue; // not over yet, or over before the organisation was
          }
          if (inspections.stream().noneMatch(i -> period.contains(i.date()))) {
            context.finding(organisation.id(), Subjects.of(organisation)).period(period).message(NOT_INSPECTED)
                .argument("organisation", organisation.name()).argument("kinds", kindNames).argument("period", period)
                .since(period.end().plusDays(1)).emit();
          }
        }
      }
    };
  }
}
