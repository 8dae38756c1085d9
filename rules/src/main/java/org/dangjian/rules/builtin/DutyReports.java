package org.dangjian.rules.builtin;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.Labels;
import org.dangjian.core.governance.DutyReport;
import org.dangjian.core.governance.DutyReportKind;
import org.dangjian.core.governance.LeadershipPost;
import org.dangjian.core.governance.RaterGroup;
import org.dangjian.core.member.Member;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.core.org.Position;
import org.dangjian.core.org.Unit;
import org.dangjian.rules.spi.Dependencies;
import org.dangjian.rules.spi.Dependencies.Records;
import org.dangjian.rules.spi.EvaluationContext;
import org.dangjian.rules.spi.Parameter;
import org.dangjian.rules.spi.Rule;
import org.dangjian.rules.spi.RuleParameters;

/**
 * {@code duty-reports} (述职): every leader reports on the window's year — or, with {@code about:
 * previous-year}, on the year before it, for 述职 held early in the next year — by {@code deadline} (the day
 * itself counts; nothing is reported before it) — the secretary on the year's last day of each organisation of
 * {@code organisationKinds} (the bureau's committee, the schools' committees and general branches, the
 * branches) on its Party work (抓基层党建工作述职), rated by each of the {@code ratedBy} groups; and, with
 * {@code principals}, the principal on the year's last day of each school in scope on duty and integrity
 * (述职述廉), whether a member or not. A report given after the deadline is late; one dated after the day of
 * evaluation is not yet known.
 */
public final class DutyReports extends BuiltInRuleType {
  private static final String SECRETARY_MISSING = "duty-reports.secretary-missing";
  private static final String PRINCIPAL_MISSING = "duty-reports.principal-missing";
  private static final String LATE = "duty-reports.late";
  private static final String UNRATED = "duty-reports.unrated";

  private static final Parameter<LocalDate> DEADLINE = Parameter.date("deadline")
      .withMeaning("述职的期限（含当日）", "the day by which each leader reports on the year (the day itself counts)").withExample("2025-01-31");
  private static final Parameter<List<OrganisationKind>> ORGANISATION_KINDS = Parameter.codes("organisationKinds", OrganisationKind.class)
      .withDefault(List.of(OrganisationKind.GRASSROOTS_COMMITTEE, OrganisationKind.GENERAL_BRANCH, OrganisationKind.BRANCH,
          OrganisationKind.JOINT_BRANCH))
      .withMeaning("书记须述职的党组织类别", "the kinds of organisation whose secretaries report").withExample("[grassroots-committee, branch]");
  private static final Parameter<List<RaterGroup>> RATED_BY = Parameter.codes("ratedBy", RaterGroup.class).withDefault(List.of(RaterGroup.MEMBERS))
      .withMeaning("须参加测评的群体", "the groups who must rate a secretary's report").withExample("[members, non-member-teachers]");
  private static final Parameter<String> ABOUT = Parameter.choice("about", "current-year", "previous-year").withDefault("current-year")
      .withMeaning("述职所述年度：本年度或上一年度", "the year reported on: the window's, or the one before it").withExample("previous-year");
  private static final Parameter<Boolean> PRINCIPALS = Parameter.bool("principals", true)
      .withMeaning("校长须向教育局党委述职述廉", "principals report on duty and integrity").withExample("true");

  /** Creates the type. */
  public DutyReports() {
    super("duty-reports", new Labels("书记抓党建述职、校长述职述廉按期开展", "every secretary and principal reports on the year in time"),
        List.of(DEADLINE, ABOUT, ORGANISATION_KINDS, RATED_BY, PRINCIPALS, SchoolGovernance.UNIT_KINDS, SchoolGovernance.OWNERSHIP,
            SchoolGovernance.LEGAL_PERSONS_ONLY),
        Dependencies.perOrganisation(Records.MEMBERS, Records.GOVERNANCE), SECRETARY_MISSING, PRINCIPAL_MISSING, LATE, UNRATED);
  }

  @Override
  Rule rule(RuleParameters parameters) {
    LocalDate deadline = parameters.get(DEADLINE);
    List<OrganisationKind> kinds = parameters.get(ORGANISATION_KINDS);
    List<RaterGroup> ratedBy = parameters.get(RATED_BY);
    boolean principals = parameters.get(PRINCIPALS);
    boolean previousYear = parameters.get(ABOUT).equals("previous-year");
    SchoolGovernance.Scope scope = SchoolGovernance.scope(parameters);
    return context -> {
      if (context.asOf().isBefore(deadline)) {
        return;
      }
      int year = context.window().end().getYear() - (previousYear ? 1 : 0);
      LocalDate yearEnd = LocalDate.of(year, 12, 31);
      for (Organisation organisation : context.organisations()) {
        if (!kinds.contains(organisation.kind()) || !organisation.existsOn(yearEnd)) {
          continue;
        }
        Optional<Position> secretary = Subjects.secretary(organisation, yearEnd);
        if (secretary.isEmpty()) {
          continue; // secretary-required reports an organisation without one
        }
        Optional<DutyReport> report = reports(context, organisation, year, DutyReportKind.PARTY_WORK).stream()
            .filter(r -> !r.date().isAfter(context.asOf()))
            .filter(r -> r.reporter().equals(Optional.of(secretary.get().member()))).findFirst();
        String name = context.dataset().member(secretary.get().member()).map(Member::name).orElse(secretary.get().member().value());
        if (report.isEmpty()) {
          context.finding(organisation.id(), Subjects.member(secretary.get().member())).message(SECRETARY_MISSING).argument("name", name)
              .argument("organisation", organisation.name()).argument("year", year).argument("deadline", deadline).since(deadline.plusDays(1))
              .emit();
          continue;
        }
        judge(context, report.get(), organisation, Subjects.member(secretary.get().member()), name, deadline);
        List<String> unrated = ratedBy.stream().filter(g -> report.get().rating(g).isEmpty()).map(RaterGroup::labelZh).toList();
        if (!unrated.isEmpty()) {
          context.finding(organisation.id(), Subjects.member(secretary.get().member())).message(UNRATED).argument("name", name)
              .argument("organisation", organisation.name()).argument("year", year).argument("groups", String.join("、", unrated))
              .evidence(report.get().evidence()).emit();
        }
      }
      if (principals) {
        for (Unit unit : Subjects.units(context, false)) {
          if (!scope.covers(unit)) {
            continue;
          }
          Optional<LeadershipPost> head = context.dataset().records(LeadershipPost.KIND).by(LeadershipPost.BY_UNIT, unit.id()).stream()
              .filter(p -> p.post().isHead() && p.heldOn(yearEnd)).findFirst();
          Optional<Organisation> own = SchoolGovernance.organisationOf(context.dataset(), unit, yearEnd, false);
          if (head.isEmpty() || own.isEmpty() || !context.scope().includes(own.get().id())) {
            continue; // leadership-team reports a school without a principal
          }
          Optional<DutyReport> report = context.dataset().records(DutyReport.KIND).by(DutyReport.BY_UNIT, unit.id()).stream()
              .filter(r -> r.kind() == DutyReportKind.DUTY_AND_INTEGRITY && r.year() == year && !r.date().isAfter(context.asOf()))
              .findFirst();
          if (report.isEmpty()) {
            context.finding(own.get().id(), Subjects.unit(unit.id())).message(PRINCIPAL_MISSING).argument("unit", unit.name())
                .argument("post", head.get().post().labelZh()).argument("year", year).argument("deadline", deadline)
                .since(deadline.plusDays(1)).evidence(head.get().evidence()).emit();
          } else {
            judge(context, report.get(), own.get(), Subjects.unit(unit.id()), unit.name() + head.get().post().labelZh(), deadline);
          }
        }
      }
    };
  }

  private static List<DutyReport> reports(EvaluationContext context, Organisation organisation, int year, DutyReportKind kind) {
    return context.dataset().records(DutyReport.KIND).by(DutyReport.BY_ORGANISATION, organisation.id()).stream()
        .filter(r -> r.year() == year && r.kind() == kind).toList();
  }

  private static void judge(EvaluationContext context, DutyReport report, Organisation organisation, org.dangjian.rules.Subject subject,
      String who, LocalDate deadline) {
    if (report.date().isAfter(deadline)) {
      context.finding(organisation.id(), subject).message(LATE).argument("name", who).argument("kind", report.kind().labelZh())
          .argument("year", report.year()).argument("date", report.date()).argument("deadline", deadline).since(deadline.plusDays(1))
          .evidence(report.evidence()).emit();
    }
  }
}
