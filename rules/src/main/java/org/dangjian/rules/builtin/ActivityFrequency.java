package org.dangjian.rules.builtin;

import org.dangjian.rules.spi.Parameter;
import org.dangjian.core.Labels;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.ValidationException;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.core.org.UnitId;
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
 *
 * <p>Within the rule set's {@linkplain org.dangjian.core.time.SchoolCalendar school calendar}: {@code within:
 * teaching-days} (or {@code working-days}) requires only the periods that hold at least one such day — a
 * school's weekly study skips the holiday weeks; {@code timesPer: working-day} (or {@code teaching-day})
 * makes the required number {@code times} for each such day of the period — a bureau's daily study hour is
 * five in an ordinary week and three in a week with a public holiday. {@code minMinutes} counts only
 * activities recorded as lasting that long ("one hour": 60); a record without a duration does not count.
 * {@code perUnit: true} reads the rule per school: one requirement for each unit the organisation covers (of
 * {@code unitKinds}, if given), met by the activities held for that unit — an activity names its unit, or is
 * for the only unit its organisation covers.
 */
public final class ActivityFrequency extends BuiltInRuleType {
  private static final Parameter<String> ACTIVITY_TYPE = Parameter.activityType("activityType").withMeaning("活动类型", "the activity type counted").withExample("branch-committee-meeting");
  private static final Parameter<PeriodKind> PER = Parameter.code("per", PeriodKind.class).withMeaning("周期", "the period").withExample("month");
  private static final Parameter<Integer> TIMES = Parameter.wholeNumber("times", 1, 100).withDefault(1).withMeaning("每个周期至少次数", "activities each period needs at least").withExample("1");
  private static final Parameter<List<OrganisationKind>> ORGANISATION_KINDS = Parameter.codes("organisationKinds", OrganisationKind.class).withDefault(List.of(OrganisationKind.BRANCH, OrganisationKind.JOINT_BRANCH)).withMeaning("适用的组织类别", "the kinds of organisation judged").withExample("[branch, joint-branch]");
  private static final Parameter<Boolean> REQUIRES_COMMITTEE = Parameter.bool("requiresCommittee", false).withMeaning("只适用于已选出委员会的组织", "judge only organisations that elected a committee before the period").withExample("true");
  private static final Parameter<Integer> MIN_COMMITTEE_SIZE = Parameter.wholeNumber("minCommitteeSize", 1, 50).withDefault(3).withMeaning("委员会至少人数", "people a committee needs to count").withExample("3");
  private static final Parameter<List<org.dangjian.core.org.UnitKind>> UNIT_KINDS = Parameter.codes("unitKinds", org.dangjian.core.org.UnitKind.class).withMeaning("只适用于覆盖这些类别学校的组织；空为全部", "judge only organisations covering units of these kinds; empty for all").withExample("[primary-school]");
  private static final Parameter<String> WITHIN = Parameter.choice("within", "all", "working-days", "teaching-days").withDefault("all").withMeaning("只要求含有工作日或教学日的周期", "require only the periods holding a working or teaching day").withExample("teaching-days");
  private static final Parameter<String> TIMES_PER = Parameter.choice("timesPer", "period", "working-day", "teaching-day").withDefault("period").withMeaning("次数按周期还是按每个工作日、教学日计", "times per period, or per working or teaching day in it").withExample("working-day");
  private static final Parameter<Integer> MIN_MINUTES = Parameter.wholeNumber("minMinutes", 0, 1440).withDefault(0).withMeaning("只计入时长达到此分钟数的活动", "count only activities lasting this many minutes").withExample("60");
  private static final Parameter<Boolean> PER_UNIT = Parameter.bool("perUnit", false).withMeaning("按所覆盖的每所学校分别要求", "require it for each unit the organisation covers").withExample("true");

  /** Creates the type. */
  public ActivityFrequency() {
    super("activity-frequency", new Labels("每个周期开展规定次数的组织生活（三会一课等）", "each period holds the activities required (the three meetings and a lecture…)"),
        List.of(ACTIVITY_TYPE, PER, TIMES, ORGANISATION_KINDS, REQUIRES_COMMITTEE, MIN_COMMITTEE_SIZE, UNIT_KINDS, WITHIN, TIMES_PER, MIN_MINUTES, PER_UNIT), Dependencies.perBranch(Records.ACTIVITIES), "activity-frequency.short", "activity-frequency.short-unit");
  }

  /** Which days of a period count: all of them (the period itself), working days, or teaching days. */
  private enum DayKind {
    ALL, WORKING, TEACHING;

    static DayKind parse(RuleParameters parameters, String name, String defaultValue) {
      String text = parameters.get(name.equals("within") ? WITHIN : TIMES_PER);
      return switch (text) {
        case "all", "period" -> ALL;
        case "working-days", "working-day" -> WORKING;
        case "teaching-days", "teaching-day" -> TEACHING;
        default -> throw new IllegalStateException(text); // the declaration admits no other
      };
    }

    /** @return how many of the period's days count; for {@link #ALL}, its length in days */
    int days(org.dangjian.core.time.SchoolCalendar calendar, ReportingPeriod period) {
      return switch (this) {
        case ALL -> (int) period.start().until(period.end(), java.time.temporal.ChronoUnit.DAYS) + 1;
        case WORKING -> calendar.workingDays(period);
        case TEACHING -> calendar.teachingDays(period);
      };
    }
  }

  @Override
  Rule rule(RuleParameters parameters) {
    String typeCode = parameters.get(ACTIVITY_TYPE);
    PeriodKind per = parameters.get(PER);
    int times = parameters.get(TIMES);
    List<OrganisationKind> kinds = parameters.get(ORGANISATION_KINDS);
    boolean requiresCommittee = parameters.get(REQUIRES_COMMITTEE);
    int minCommitteeSize = parameters.get(MIN_COMMITTEE_SIZE);
    List<org.dangjian.core.org.UnitKind> unitKinds = parameters.get(UNIT_KINDS);
    DayKind within = DayKind.parse(parameters, "within", "all");
    DayKind timesPer = DayKind.parse(parameters, "timesPer", "period");
    int minMinutes = parameters.get(MIN_MINUTES);
    boolean perUnit = parameters.get(PER_UNIT);
    return context -> {
      org.dangjian.core.time.SchoolCalendar calendar = context.ruleSet().calendar();
      ActivityType type = context.activityType(typeCode).orElseThrow(() -> ValidationException.of("activityType",
          "unknown-code", "activity type '" + typeCode + "' is neither standard nor declared by the dataset or rule set"));
      List<ReportingPeriod> periods = context.periods(per);
      LocalDate[] starts = new LocalDate[periods.size()];
      for (int i = 0; i < starts.length; i++) {
        starts[i] = periods.get(i).start();
      }
      LocalDate periodsEnd = periods.isEmpty() ? LocalDate.MIN : periods.get(periods.size() - 1).end();
      // What each period owes under the calendar, worked out once for every organisation.
      int[] owed = new int[periods.size()];
      for (int p = 0; p < owed.length; p++) {
        ReportingPeriod period = periods.get(p);
        owed[p] = within != DayKind.ALL && within.days(calendar, period) == 0 ? 0
            : timesPer == DayKind.ALL ? times : times * timesPer.days(calendar, period);
      }
      for (Organisation organisation : context.organisations()) {
        if (!kinds.contains(organisation.kind()) || !unitKinds.isEmpty() && organisation.units().stream()
            .map(u -> context.dataset().unit(u)).flatMap(java.util.Optional::stream).noneMatch(u -> unitKinds.contains(u.kind()))) {
          continue;
        }
        List<Optional<UnitId>> targets = new ArrayList<>();
        if (perUnit) {
          for (UnitId unit : organisation.units()) {
            if (unitKinds.isEmpty() || context.dataset().unit(unit).map(u -> unitKinds.contains(u.kind())).orElse(false)) {
              targets.add(Optional.of(unit));
            }
          }
        } else {
          targets.add(Optional.empty());
        }
        Optional<UnitId> onlyUnit = organisation.units().size() == 1 ? Optional.of(organisation.units().first()) : Optional.empty();
        for (Optional<UnitId> target : targets) {
          // The organisation's activities of the type (for the unit), held by the day of evaluation (records dated after
          // it do not count yet: a calendar as of October), by period — one pass, not one per period.
          @SuppressWarnings("unchecked")
          List<Activity>[] byPeriod = new List[periods.size()];
          for (Activity activity : context.dataset().activitiesOf(organisation.id(), type)) {
            LocalDate date = activity.date();
            if (!date.isAfter(context.asOf()) && starts.length > 0
                && !date.isBefore(starts[0]) && !date.isAfter(periodsEnd)
                && activity.minutes().orElse(minMinutes == 0 ? 1 : 0) >= minMinutes
                && (target.isEmpty() || activity.unit().or(() -> onlyUnit).equals(target))) {
              int at = java.util.Arrays.binarySearch(starts, date);
              int index = at >= 0 ? at : -at - 2; // the last period starting on or before the day
              if (byPeriod[index] == null) {
                byPeriod[index] = new ArrayList<>();
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
            int required = owed[p];
            if (required == 0) {
              continue; // no working or teaching day in the period: nothing is owed
            }
            List<Activity> held = byPeriod[p] == null ? List.of() : byPeriod[p];
            // The evidence written out only when read: most requirements' evidence never is, in a year's evaluation.
            Requirement requirement = Requirement.ofActivities(context.entry().id(), organisation.id(), type, period, required, held);
            context.requirement(target.map(requirement::withUnit).orElse(requirement));
            if (held.size() < required && context.isOver(period)) {
              Optional<org.dangjian.core.org.Unit> unit = target.flatMap(u -> context.dataset().unit(u));
              var finding = context.finding(organisation.id(), target.map(Subjects::unit).orElse(Subjects.of(organisation)))
                  .message(target.isPresent() ? "activity-frequency.short-unit" : "activity-frequency.short").period(period)
                  .argument("organisation", organisation.name()).argument("typeZh", type.labels().zh())
                  .argument("typeEn", type.labels().en()).argument("period", period).argument("held", held.size())
                  .argument("times", required).evidence(requirement.evidence());
              target.ifPresent(u -> finding.argument("unit", unit.map(org.dangjian.core.org.Unit::name).orElse(u.value())));
              finding.emit();
            }
          }
        }
      }
    };
  }
}
