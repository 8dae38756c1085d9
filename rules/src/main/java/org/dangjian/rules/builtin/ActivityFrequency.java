package org.dangjian.rules.builtin;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.ValidationException;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.core.time.PeriodKind;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.Requirement;
import org.dangjian.rules.spi.Dependencies;
import org.dangjian.rules.spi.Dependencies.Records;
import org.dangjian.rules.spi.Rule;
import org.dangjian.rules.spi.RuleParameters;

/**
 * {@code activity-frequency}: each organisation of the given kinds holds at least {@code times}
 * activities of {@code activityType} in every period of kind {@code per} within the window — for
 * example 支部党员大会 once a quarter, 支委会 once a month where a committee of at least {@code
 * minCommitteeSize} (3) was elected before the period ({@code requiresCommittee}), weekly study where an
 * organisation covers a school ({@code unitKinds}), 党小组会 monthly per group. Only periods the organisation existed for entirely
 * count. Every period gives a {@link Requirement}; a period that is over and short gives a finding, a
 * period not yet over is due.
 */
public final class ActivityFrequency extends BuiltInRuleType {
  /** Creates the type. */
  public ActivityFrequency() {
    super("activity-frequency", Dependencies.perBranch(Records.ACTIVITIES), "activity-frequency.short");
  }

  @Override
  Rule rule(RuleParameters parameters) {
    String typeCode = parameters.text("activityType");
    PeriodKind per = parameters.code(PeriodKind.class, "per");
    int times = parameters.integer("times", 1);
    if (times < 1) {
      throw ValidationException.of("times", "invalid-parameter", "times must be at least 1, not " + times);
    }
    List<OrganisationKind> kinds = parameters.has("organisationKinds")
        ? parameters.codes(OrganisationKind.class, "organisationKinds")
        : List.of(OrganisationKind.BRANCH, OrganisationKind.JOINT_BRANCH);
    boolean requiresCommittee = parameters.bool("requiresCommittee", false);
    int minCommitteeSize = parameters.integer("minCommitteeSize", 3);
    List<org.dangjian.core.org.UnitKind> unitKinds = parameters.codes(org.dangjian.core.org.UnitKind.class, "unitKinds");
    return context -> {
      ActivityType type = context.activityType(typeCode).orElseThrow(() -> ValidationException.of("activityType",
          "unknown-code", "activity type '" + typeCode + "' is neither standard nor declared by the dataset or rule set"));
      List<ReportingPeriod> periods = context.periods(per);
      LocalDate[] starts = new LocalDate[periods.size()];
      for (int i = 0; i < starts.length; i++) {
        starts[i] = periods.get(i).start();
      }
      LocalDate periodsEnd = periods.isEmpty() ? LocalDate.MIN : periods.get(periods.size() - 1).end();
      for (Organisation organisation : context.organisations()) {
        if (!kinds.contains(organisation.kind()) || !unitKinds.isEmpty() && organisation.units().stream()
            .map(u -> context.dataset().unit(u)).flatMap(java.util.Optional::stream).noneMatch(u -> unitKinds.contains(u.kind()))) {
          continue;
        }
        // The organisation's activities of the type, held by the day of evaluation (records dated after it
        // do not count yet: a calendar as of October), by period — one pass, not one per period.
        @SuppressWarnings("unchecked")
        List<Activity>[] byPeriod = new List[periods.size()];
        for (Activity activity : context.dataset().activitiesOf(organisation.id())) {
          LocalDate date = activity.date();
          if (activity.type().equals(type) && !date.isAfter(context.asOf()) && starts.length > 0
              && !date.isBefore(starts[0]) && !date.isAfter(periodsEnd)) {
            int at = java.util.Arrays.binarySearch(starts, date);
            int index = at >= 0 ? at : -at - 2; // the last period starting on or before the day
            if (byPeriod[index] == null) {
              byPeriod[index] = new java.util.ArrayList<>();
            }
            byPeriod[index].add(activity);
          }
        }
        for (int p = 0; p < periods.size(); p++) {
          ReportingPeriod period = periods.get(p);
          if (!organisation.existsOn(period.start()) || !organisation.existsOn(period.end())) {
            continue;
          }
          if (requiresCommittee && organisation.committee()
              .map(c -> c.elected().isAfter(period.start()) || c.holdersOn(period.end()).size() < minCommitteeSize).orElse(true)) {
            continue;
          }
          List<Activity> held = byPeriod[p] == null ? List.of() : byPeriod[p];
          String[] references = new String[held.size()];
          for (int i = 0; i < references.length; i++) {
            references[i] = "activity:" + held.get(i).id().value();
          }
          List<String> evidence = List.of(references); // immutable already: the requirement keeps it without a copy
          context.requirement(new Requirement(context.entry().id(), organisation.id(), type, period, times, held.size(), evidence));
          if (held.size() < times && context.isOver(period)) {
            context.finding(organisation.id(), Subjects.of(organisation)).message("activity-frequency.short").period(period)
                .argument("organisation", organisation.name()).argument("typeZh", type.labels().zh())
                .argument("typeEn", type.labels().en()).argument("period", period).argument("held", held.size())
                .argument("times", times).evidence(evidence).emit();
          }
        }
      }
    };
  }
}
