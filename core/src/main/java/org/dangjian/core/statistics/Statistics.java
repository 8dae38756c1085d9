package org.dangjian.core.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.dangjian.core.Labelled;
import org.dangjian.core.Labels;
import org.dangjian.core.ValidationException;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.internal.Builds;
import org.dangjian.core.member.EventType;
import org.dangjian.core.member.Gender;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberCategory;
import org.dangjian.core.member.MemberEvent;
import org.dangjian.core.member.MemberFacts;
import org.dangjian.core.member.MemberStatus;
import org.dangjian.core.member.SanctionKind;
import org.dangjian.core.org.CommitteeRole;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.core.org.Position;
import org.dangjian.core.time.ReportingPeriod;

/**
 * Computes the year's statistics of a dataset, or of an organisation's subtree (党内统计). Who is counted in a
 * subtree is who the dataset places in it (a member's recorded branch); state is taken on 31 December; flows
 * are the events and activities dated in the year. Every table lists every band and code, zero or not, so
 * reports of one year and of two scopes line up row by row. Stateless.
 *
 * <p>The tables, by id: {@code members-by-status}, {@code members-by-category}, {@code members-by-gender},
 * {@code members-by-age} (岁, on 31 December), {@code members-by-standing} (党龄 of full members, in completed
 * years), {@code members-by-gender-and-age} and {@code members-by-gender-and-standing} (keyed {@code
 * <gender>/<band>}, for a pyramid), {@code admissions-by-category}, {@code admissions-by-age} (at admission), {@code
 * confirmations-by-category}, {@code confirmations-by-age}, {@code pipeline} (入党申请人, 积极分子, 发展对象), {@code pipeline-young-teachers}
 * (teachers 35 or under among them), {@code transfers}, {@code sanctions-by-kind}, {@code exits} (停止党籍,
 * 取消预备党员资格, 除名, 退党, 死亡), {@code organisations-by-kind}, {@code committees-due} (term ending in the year
 * or ended before it), {@code secretaries} (书记, 副书记 in post), {@code unit-coverage} (by an organisation of
 * its own, only by a joint branch, by none), {@code development-quota} (the places the year's responsibility letters
 * plan as their {@value #QUOTA_ITEM} target, beside the members admitted in the year), {@code activities-by-type}
 * and {@code attendances-by-type}.
 */
public final class Statistics {
  /** The letter item whose target is an organisation's development quota (发展计划), as the built-in templates name it. */
  public static final String QUOTA_ITEM = "admissions";

  /** The age of a young teacher (青年教师) at most, in the pipeline's count. */
  public static final int YOUNG_TEACHER_AGE = 35;

  private static final int[] AGE_BANDS = {30, 35, 40, 45, 50, 55, 60, 70, 80};
  private static final int[] STANDING_BANDS = {5, 10, 20, 30, 40, 50};

  private Statistics() {}

  /**
   * @param dataset the records
   * @param year the year
   * @return the statistics of the whole dataset
   * @throws ValidationException ({@code invalid-value}) for a year outside 1900–2100
   */
  public static StatisticsReport of(Dataset dataset, int year) {
    Objects.requireNonNull(dataset, "dataset");
    Builds.requireYear(year, "year");
    return compute(dataset, Optional.empty(), ReportingPeriod.year(year).end());
  }

  /**
   * @param dataset the records
   * @param scope the organisation whose subtree is counted
   * @param year the year
   * @return the statistics of the organisation and everything beneath it
   * @throws ValidationException ({@code unknown-organisation}) for an organisation the dataset does not hold;
   *     ({@code invalid-value}) for a year outside 1900–2100
   */
  public static StatisticsReport of(Dataset dataset, OrganisationId scope, int year) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(scope, "scope");
    Builds.requireYear(year, "year");
    requireHeld(dataset, scope);
    return compute(dataset, Optional.of(scope), ReportingPeriod.year(year).end());
  }

  /**
   * The statistics on a day of the year: state on that day, flows from the year's first day to it — a mid-year
   * return, or the figures so far.
   *
   * @param dataset the records
   * @param scope the organisation whose subtree is counted, or empty for the whole dataset
   * @param day the day
   * @return the statistics on the day, of its year
   * @throws ValidationException ({@code unknown-organisation}) for an organisation the dataset does not hold;
   *     ({@code invalid-value}) for a year outside 1900–2100
   */
  public static StatisticsReport on(Dataset dataset, Optional<OrganisationId> scope, LocalDate day) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(day, "day");
    Builds.requireYear(day.getYear(), "day");
    scope.ifPresent(id -> requireHeld(dataset, id));
    return compute(dataset, scope, day);
  }

  private static void requireHeld(Dataset dataset, OrganisationId scope) {
    if (dataset.organisation(scope).isEmpty()) {
      throw ValidationException.of("scope", "unknown-organisation", "the dataset holds no organisation '" + scope + "'");
    }
  }

  /** The statistics of the scope on the day: state on it, the flows of its year up to it. */
  private static StatisticsReport compute(Dataset dataset, Optional<OrganisationId> scope, LocalDate asOf) {
    int year = asOf.getYear();
    ReportingPeriod whole = ReportingPeriod.year(year);
    // The flows of the year up to the day: a day range within the year.
    java.util.function.Predicate<LocalDate> inPeriod = day -> whole.contains(day) && !day.isAfter(asOf);
    List<Organisation> organisations = scope.map(dataset.tree()::subtree).orElseGet(dataset::organisations);
    List<Member> people = scope.map(dataset::membersOf).orElseGet(dataset::members);

    Tally status = new Tally().codes(MemberStatus.FULL, MemberStatus.PROBATIONARY);
    Tally category = new Tally().codes(MemberCategory.values());
    Tally gender = new Tally().codes(Gender.values());
    Tally age = bands(AGE_BANDS, "岁", "years");
    Tally standing = bands(STANDING_BANDS, "年", "years").unknown();
    Tally ageByGender = byGender(bands(AGE_BANDS, "岁", "years"));
    Tally standingByGender = byGender(bands(STANDING_BANDS, "年", "years").unknown());
    Tally admissions = new Tally().codes(MemberCategory.values());
    Tally admissionAges = bands(AGE_BANDS, "岁", "years");
    Tally confirmations = new Tally().codes(MemberCategory.values());
    Tally confirmationAges = bands(AGE_BANDS, "岁", "years");
    Tally pipeline = new Tally().codes(MemberStatus.APPLICANT, MemberStatus.ACTIVIST, MemberStatus.CANDIDATE);
    Tally young = new Tally().codes(MemberStatus.APPLICANT, MemberStatus.ACTIVIST, MemberStatus.CANDIDATE);
    Tally transfers = new Tally().codes(EventType.TRANSFERRED_IN, EventType.TRANSFERRED_OUT);
    Tally sanctions = new Tally().codes(SanctionKind.values());
    Tally exits = new Tally().codes(EventType.SUSPENDED, EventType.PROBATION_CANCELLED, EventType.REMOVED, EventType.WITHDREW,
        EventType.DIED);
    for (Member member : people) {
      String id = "member:" + member.id().value();
      MemberFacts facts = member.factsOn(asOf);
      if (facts.status().isMember()) {
        status.add(facts.status().code(), id);
        category.add(member.category().code(), id);
        gender.add(member.gender().code(), id);
        String ageBand = band(AGE_BANDS, member.ageOn(asOf));
        age.add(ageBand, id);
        ageByGender.add(member.gender().code() + "/" + ageBand, id);
        if (facts.status() == MemberStatus.FULL) {
          String standingBand = facts.standingStart().filter(start -> !start.isAfter(asOf))
              .map(start -> band(STANDING_BANDS, java.time.Period.between(start, asOf).getYears())).orElse(Tally.UNKNOWN);
          standing.add(standingBand, id);
          standingByGender.add(member.gender().code() + "/" + standingBand, id);
        }
      } else if (facts.status().isInDevelopment()) {
        pipeline.add(facts.status().code(), id);
        if (member.category() == MemberCategory.TEACHER && member.ageOn(asOf) <= YOUNG_TEACHER_AGE) {
          young.add(facts.status().code(), id);
        }
      }
      for (MemberEvent event : member.history()) {
        if (!inPeriod.test(event.date())) {
          continue;
        }
        switch (event.type()) {
          case ADMITTED -> {
            admissions.add(member.category().code(), id);
            admissionAges.add(band(AGE_BANDS, member.ageOn(event.date())), id);
          }
          case CONFIRMED -> {
            confirmations.add(member.category().code(), id);
            confirmationAges.add(band(AGE_BANDS, member.ageOn(event.date())), id);
          }
          case TRANSFERRED_IN, TRANSFERRED_OUT -> transfers.add(event.type().code(), id);
          case SANCTIONED -> sanctions.add(((MemberEvent.Sanctioned) event).sanction().code(), id);
          case SUSPENDED, PROBATION_CANCELLED, REMOVED, WITHDREW, DIED -> exits.add(event.type().code(), id);
          default -> { }
        }
      }
    }

    Tally kinds = new Tally().codes(OrganisationKind.values());
    Tally due = new Tally().key("due-in-year", "本年届满", "term ends in the year").key("overdue", "已届满未换届", "term ended before the year");
    Tally secretaries = new Tally().codes(CommitteeRole.SECRETARY, CommitteeRole.DEPUTY_SECRETARY);
    TreeSet<org.dangjian.core.org.UnitId> units = new TreeSet<>();
    for (Organisation organisation : organisations) {
      if (!organisation.existsOn(asOf)) {
        continue;
      }
      String id = "organisation:" + organisation.id().value();
      kinds.add(organisation.kind().code(), id);
      units.addAll(organisation.units());
      organisation.committee().ifPresent(committee -> {
        LocalDate termEnd = committee.termEnd();
        if (whole.contains(termEnd)) {
          due.add("due-in-year", id);
        } else if (termEnd.isBefore(whole.start())) {
          due.add("overdue", id);
        }
        for (Position position : committee.positions()) {
          if (position.heldOn(asOf) && (position.role() == CommitteeRole.SECRETARY || position.role() == CommitteeRole.DEPUTY_SECRETARY)) {
            secretaries.add(position.role().code(), id + "/member:" + position.member().value());
          }
        }
      });
    }
    if (scope.isEmpty()) {
      dataset.units().forEach(u -> units.add(u.id()));
    }
    Tally coverage = new Tally().key("own", "有本单位党组织", "by an organisation of its own")
        .key("joint", "仅由联合党支部覆盖", "only by a joint branch").key("none", "未覆盖", "by none");
    for (org.dangjian.core.org.UnitId unitId : units) {
      List<Organisation> covering = dataset.organisationsCovering(unitId).stream().filter(o -> o.existsOn(asOf)).toList();
      String key = covering.isEmpty() ? "none" : covering.stream().allMatch(o -> o.kind() == OrganisationKind.JOINT_BRANCH) ? "joint" : "own";
      coverage.add(key, "unit:" + unitId.value());
    }

    // 发展计划: the places the year's letters to the organisations counted plan for the item the built-in letter
    // templates call admissions, one id a place; beside them, the members admitted in the year.
    Tally quota = new Tally().key("planned", "计划发展", "places planned").key("admitted", "已发展", "admitted in the year");
    java.util.Set<OrganisationId> counted = new java.util.HashSet<>();
    organisations.forEach(o -> counted.add(o.id()));
    for (org.dangjian.core.supervision.ResponsibilityLetter letter : dataset.records(org.dangjian.core.supervision.ResponsibilityLetter.KIND)
        .all()) {
      if (letter.year() == year && counted.contains(letter.to())) {
        letter.targetOf(QUOTA_ITEM).ifPresent(places -> {
          for (int place = 1; place <= places.intValue(); place++) {
            quota.add("planned", "letter:" + letter.id().value() + "/" + QUOTA_ITEM + "#" + place);
          }
        });
      }
    }
    admissions.ids.values().forEach(admitted -> admitted.forEach(id -> quota.add("admitted", id)));

    Tally activities = new Tally();
    Tally attendances = new Tally();
    for (ActivityType type : ActivityType.standardTypes()) {
      activities.key(type.code(), type.labels());
      attendances.key(type.code(), type.labels());
    }
    for (ActivityType type : dataset.declaredActivityTypes()) {
      activities.key(type.code(), type.labels());
      attendances.key(type.code(), type.labels());
    }
    for (Organisation organisation : organisations) {
      for (Activity activity : dataset.activitiesOf(organisation.id(), whole)) {
        if (activity.date().isAfter(asOf)) {
          continue;
        }
        String id = "activity:" + activity.id().value();
        activities.add(activity.type().code(), id);
        for (org.dangjian.core.member.MemberId attendee : activity.attendees()) {
          attendances.add(activity.type().code(), id + "/member:" + attendee.value());
        }
      }
    }

    List<StatisticsReport.Table> tables = List.of(
        status.table("members-by-status", "党员（按正式、预备）", "members, full and probationary"),
        category.table("members-by-category", "党员（按人员类别）", "members by category"),
        gender.table("members-by-gender", "党员（按性别）", "members by gender"),
        age.table("members-by-age", "党员（按年龄）", "members by age"),
        standing.table("members-by-standing", "正式党员（按党龄）", "full members by standing"),
        ageByGender.table("members-by-gender-and-age", "党员（按性别和年龄）", "members by gender and age"),
        standingByGender.table("members-by-gender-and-standing", "正式党员（按性别和党龄）", "full members by gender and standing"),
        admissions.table("admissions-by-category", "本年发展党员（按人员类别）", "admissions in the year by category"),
        admissionAges.table("admissions-by-age", "本年发展党员（按入党时年龄）", "admissions in the year by age at admission"),
        confirmations.table("confirmations-by-category", "本年预备党员转正（按人员类别）", "confirmations in the year by category"),
        confirmationAges.table("confirmations-by-age", "本年预备党员转正（按转正时年龄）", "confirmations in the year by age at confirmation"),
        pipeline.table("pipeline", "入党申请人、积极分子和发展对象", "applicants, activists and candidates"),
        young.table("pipeline-young-teachers", "其中35岁及以下青年教师", "of them, teachers aged 35 or under"),
        transfers.table("transfers", "本年组织关系转接", "transfers in the year"),
        sanctions.table("sanctions-by-kind", "本年党纪处分（按种类）", "sanctions in the year by kind"),
        exits.table("exits", "本年停止党籍、取消预备党员资格和出党", "suspensions, cancelled probations and exits in the year"),
        kinds.table("organisations-by-kind", "党组织（按类型）", "organisations by kind"),
        due.table("committees-due", "应换届的党组织", "committees due for election"),
        secretaries.table("secretaries", "在任书记、副书记", "secretaries and deputy secretaries in post"),
        coverage.table("unit-coverage", "单位党组织覆盖", "units by their coverage"),
        quota.table("development-quota", "发展党员计划完成情况", "the development quota used", false),
        activities.table("activities-by-type", "本年组织生活（按类型，次）", "activities held in the year by type"),
        attendances.table("attendances-by-type", "本年组织生活参加人次（按类型）", "attendances in the year by type"));
    return new StatisticsReport(dataset.region().name(), scope.map(OrganisationId::value), year, asOf, tables);
  }

  /** The band of a value: {@code 30-} up to the first bound, {@code a-b} between bounds, {@code n+} beyond the last. */
  static String band(int[] bounds, int value) {
    if (value <= bounds[0]) {
      return bounds[0] + "-";
    }
    for (int i = 1; i < bounds.length; i++) {
      if (value <= bounds[i]) {
        return (bounds[i - 1] + 1) + "-" + bounds[i];
      }
    }
    return (bounds[bounds.length - 1] + 1) + "+";
  }

  private static Tally bands(int[] bounds, String zhUnit, String enUnit) {
    Tally tally = new Tally();
    tally.key(bounds[0] + "-", bounds[0] + zhUnit + "及以下", bounds[0] + " " + enUnit + " or less");
    for (int i = 1; i < bounds.length; i++) {
      tally.key((bounds[i - 1] + 1) + "-" + bounds[i], (bounds[i - 1] + 1) + "至" + bounds[i] + zhUnit,
          (bounds[i - 1] + 1) + " to " + bounds[i] + " " + enUnit);
    }
    int last = bounds[bounds.length - 1] + 1;
    return tally.key(last + "+", last + zhUnit + "及以上", last + " " + enUnit + " or more");
  }

  /** @return a row for each gender and band, keyed {@code <gender>/<band>}, genders first */
  private static Tally byGender(Tally bands) {
    Tally tally = new Tally();
    for (Gender gender : Gender.values()) {
      bands.labels.forEach((band, label) -> tally.key(gender.code() + "/" + band, gender.labelZh() + " " + label.zh(),
          gender.labelEn() + ", " + label.en()));
    }
    return tally;
  }

  /** Rows in a fixed order, each collecting the ids of what it counts. */
  private static final class Tally {
    static final String UNKNOWN = "unknown";
    private final Map<String, Labels> labels = new LinkedHashMap<>();
    private final Map<String, TreeSet<String>> ids = new LinkedHashMap<>();

    @SafeVarargs
    final <E extends Enum<E> & Labelled> Tally codes(E... codes) {
      for (E code : codes) {
        key(code.code(), code.labels());
      }
      return this;
    }

    Tally key(String key, String zh, String en) {
      return key(key, new Labels(zh, en));
    }

    Tally key(String key, Labels label) {
      if (!labels.containsKey(key)) {
        labels.put(key, label);
        ids.put(key, new TreeSet<>());
      }
      return this;
    }

    Tally unknown() {
      return key(UNKNOWN, "未记载", "not recorded");
    }

    void add(String key, String id) {
      if (!labels.containsKey(key)) {
        key(key, key, key);
      }
      ids.get(key).add(id);
    }

    StatisticsReport.Table table(String id, String zh, String en) {
      return table(id, zh, en, true);
    }

    StatisticsReport.Table table(String id, String zh, String en, boolean additive) {
      List<StatisticsReport.Row> rows = new ArrayList<>();
      labels.forEach((key, label) -> rows.add(new StatisticsReport.Row(key, label, ids.get(key).size(), List.copyOf(ids.get(key)))));
      return new StatisticsReport.Table(id, new Labels(zh, en), rows, additive);
    }
  }
}
