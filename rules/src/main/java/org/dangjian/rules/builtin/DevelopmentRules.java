package org.dangjian.rules.builtin;

import org.dangjian.rules.spi.Parameter;
import org.dangjian.core.Labels;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberEvent;
import org.dangjian.core.member.MemberFacts;
import org.dangjian.core.member.MemberStatus;
import org.dangjian.rules.Severity;
import org.dangjian.rules.spi.RuleParameters;

/**
 * The time limits of the development pipeline (发展细则), each a rule type of its own. The lifecycle
 * enforces the order of the stages; these rules judge their timing, so that irregular legacy data can
 * be recorded and then judged.
 */
public final class DevelopmentRules {
  private DevelopmentRules() {}

  private static <T extends MemberEvent> List<T> events(Member member, Class<T> type) {
    List<T> found = new ArrayList<>();
    for (MemberEvent event : member.history()) {
      if (type.isInstance(event)) {
        found.add(type.cast(event));
      }
    }
    return found;
  }

  /** {@code applicant-age}: an application made before the age of {@code minAge} (18; 发展细则 第五条). */
  public static final class ApplicantAge extends MemberRule {
    private static final Parameter<Integer> MIN_AGE = Parameter.wholeNumber("minAge", 14, 100).withMeaning("申请入党的最低年龄（周岁，以上）", "the age from which one may apply (the number counts)").withExample("18");

    /** Creates the type. */
    public ApplicantAge() {
      super("applicant-age", new Labels("申请入党时年满18岁", "an applicant is at least 18 when applying"),
          List.of(MIN_AGE), "applicant-age.under");
    }

    @Override
    Check bind(RuleParameters parameters) {
      int minAge = parameters.get(MIN_AGE);
      return (context, member) -> {
        for (MemberEvent.Applied applied : events(member, MemberEvent.Applied.class)) {
          if (judged(context, applied.date()) && member.ageOn(applied.date()) < minAge) {
            finding(context, member, "applicant-age.under").since(applied.date()).argument("applied", applied.date())
                .argument("age", member.ageOn(applied.date())).argument("minAge", minAge)
                .argument("birthDate", member.birthDate()).emit();
          }
        }
      };
    }
  }

  /** {@code first-talk}: no talk with the applicant within {@code withinMonths} (1) of the application. */
  public static final class FirstTalk extends MemberRule {
    private static final Parameter<Integer> WITHIN_MONTHS = Parameter.wholeNumber("withinMonths", 1, 12).withMeaning("收到申请后几个月内谈话", "months after the application within which the talk is held").withExample("1");

    /** Creates the type. */
    public FirstTalk() {
      super("first-talk", new Labels("收到入党申请后按时谈话", "the applicant is talked to in time after applying"),
          List.of(WITHIN_MONTHS), "first-talk.late", "first-talk.missing");
    }

    @Override
    Check bind(RuleParameters parameters) {
      int withinMonths = parameters.get(WITHIN_MONTHS);
      return (context, member) -> {
        List<MemberEvent> history = member.history();
        for (int i = 0; i < history.size(); i++) {
          if (!(history.get(i) instanceof MemberEvent.Applied applied)) {
            continue;
          }
          LocalDate deadline = applied.date().plusMonths(withinMonths);
          Optional<MemberEvent.FirstTalkHeld> talk = history.subList(i + 1, history.size()).stream()
              .takeWhile(e -> !(e instanceof MemberEvent.Applied))
              .filter(MemberEvent.FirstTalkHeld.class::isInstance).map(MemberEvent.FirstTalkHeld.class::cast).findFirst();
          if (talk.isPresent() && talk.get().date().isAfter(deadline) && judged(context, talk.get().date())) {
            finding(context, member, "first-talk.late").since(deadline.plusDays(1)).argument("applied", applied.date())
                .argument("talked", talk.get().date()).argument("withinMonths", withinMonths).emit();
          } else if (talk.map(t -> t.date().isAfter(context.asOf())).orElse(true) && deadline.isBefore(context.asOf())
              && judged(context, deadline) && context.status(member, context.asOf()) == MemberStatus.APPLICANT) {
            finding(context, member, "first-talk.missing").since(deadline.plusDays(1)).argument("applied", applied.date())
                .argument("withinMonths", withinMonths).emit();
          }
        }
      };
    }
  }

  /** {@code activist-duration}: a candidate designated less than {@code minYears} (1) after becoming an activist (发展细则 第十三条). */
  public static final class ActivistDuration extends MemberRule {
    private static final Parameter<Integer> MIN_YEARS = Parameter.wholeNumber("minYears", 1, 10).withMeaning("确定为发展对象前作为积极分子的最少年数", "years as an activist before candidacy, at least").withExample("1");

    /** Creates the type. */
    public ActivistDuration() {
      super("activist-duration", new Labels("入党积极分子培养教育满一年", "an activist is trained for a year before becoming a candidate"),
          List.of(MIN_YEARS), "activist-duration.short");
    }

    @Override
    Check bind(RuleParameters parameters) {
      int minYears = parameters.get(MIN_YEARS);
      return (context, member) -> {
        for (MemberEvent.CandidateDesignated designated : events(member, MemberEvent.CandidateDesignated.class)) {
          if (!judged(context, designated.date())) {
            continue;
          }
          Optional<LocalDate> since = member.factsOn(designated.date()).activistSince();
          if (since.isPresent() && since.get().plusYears(minYears).isAfter(designated.date())) {
            finding(context, member, "activist-duration.short").since(designated.date())
                .argument("activistSince", since.get()).argument("candidateSince", designated.date())
                .argument("minYears", minYears).emit();
          }
        }
      };
    }
  }

  /** {@code activist-review}: an activist not reviewed for more than {@code intervalMonths} (6; 每半年考察一次). */
  public static final class ActivistReview extends MemberRule {
    private static final Parameter<Integer> INTERVAL_MONTHS = Parameter.wholeNumber("intervalMonths", 1, 24).withMeaning("两次考察之间最多月数", "months between reviews at most").withExample("6");

    /** Creates the type. */
    public ActivistReview() {
      super("activist-review", new Labels("入党积极分子每半年考察一次", "an activist is reviewed every half year"),
          List.of(INTERVAL_MONTHS), "activist-review.overdue");
    }

    @Override
    Check bind(RuleParameters parameters) {
      int intervalMonths = parameters.get(INTERVAL_MONTHS);
      return (context, member) -> {
        // Each stretch of activist time: from designation, through reviews, to candidate designation (or today).
        LocalDate last = null;
        for (MemberEvent event : member.history()) {
          if (event instanceof MemberEvent.ActivistDesignated || event instanceof MemberEvent.ActivistReviewed) {
            if (last != null) {
              overdue(context, member, "activist-review.overdue", last, event.date(), intervalMonths);
            }
            last = event.date();
          } else if (event instanceof MemberEvent.CandidateDesignated && last != null) {
            overdue(context, member, "activist-review.overdue", last, event.date(), intervalMonths);
            last = null;
          }
        }
        if (last != null && context.status(member, context.asOf()) == MemberStatus.ACTIVIST) {
          overdue(context, member, "activist-review.overdue", last, context.asOf(), intervalMonths);
        }
      };
    }
  }

  /**
   * Reports a review overdue between two days: the last review (or the start) {@code from}, and the next
   * review (or the end of the stretch, or the day of evaluation) {@code to} — if the overdue stretch, from
   * the day after the due date, reaches the window.
   */
  static void overdue(org.dangjian.rules.spi.EvaluationContext context, Member member, String code, LocalDate from,
      LocalDate to, int intervalMonths) {
    LocalDate due = from.plusMonths(intervalMonths);
    LocalDate overdueFrom = due.plusDays(1);
    LocalDate overdueTo = to.isAfter(context.asOf()) ? context.asOf() : to;
    if (to.isAfter(due) && !overdueFrom.isAfter(overdueTo) && !overdueTo.isBefore(context.window().start())) {
      MemberRule.finding(context, member, code).since(due.plusDays(1)).argument("lastReview", from)
          .argument("due", due).argument("intervalMonths", intervalMonths).emit();
    }
  }

  /** {@code training-length}: an intensive training shorter than {@code minDays} (3) days and {@code minHours} (24) class hours (发展细则 第十七条). */
  public static final class TrainingLength extends MemberRule {
    private static final Parameter<Integer> MIN_DAYS = Parameter.wholeNumber("minDays", 1, 365).withMeaning("集中培训最少天数", "days of intensive training at least").withExample("3");
    private static final Parameter<Integer> MIN_HOURS = Parameter.wholeNumber("minHours", 1, 1000).withMeaning("集中培训最少学时", "class hours at least").withExample("24");

    /** Creates the type. */
    public TrainingLength() {
      super("training-length", new Labels("发展对象集中培训时间达到规定", "a candidate's intensive training is long enough"),
          List.of(MIN_DAYS, MIN_HOURS), "training-length.short");
    }

    @Override
    Check bind(RuleParameters parameters) {
      int minDays = parameters.get(MIN_DAYS);
      int minHours = parameters.get(MIN_HOURS);
      return (context, member) -> {
        for (MemberEvent.TrainingCompleted training : events(member, MemberEvent.TrainingCompleted.class)) {
          long days = ChronoUnit.DAYS.between(training.from(), training.to()) + 1;
          if (judged(context, training.to()) && days < minDays && training.hours() < minHours) {
            finding(context, member, "training-length.short").since(training.to()).argument("from", training.from())
                .argument("to", training.to()).argument("days", days).argument("hours", training.hours())
                .argument("minDays", minDays).argument("minHours", minHours).emit();
          }
        }
      };
    }
  }

  /**
   * {@code admission-approval}: the higher committee approves an admission within {@code warnAfterMonths}
   * (3); later is a warning, after {@code maxMonths} (6) a violation — whether the approval came late or
   * has still not come.
   */
  public static final class AdmissionApproval extends MemberRule {
    private static final Parameter<Integer> WARN_AFTER_MONTHS = Parameter.wholeNumber("warnAfterMonths", 1, 24).withMeaning("超过此月数未审批为警告", "months after which a pending approval is a warning").withExample("3");
    private static final Parameter<Integer> MAX_MONTHS = Parameter.wholeNumber("maxMonths", 1, 24).withMeaning("超过此月数未审批为违规", "months after which it is a violation").withExample("6");

    /** Creates the type. */
    public AdmissionApproval() {
      super("admission-approval", new Labels("上级党委按时审批接收预备党员", "the higher committee approves an admission in time"),
          List.of(WARN_AFTER_MONTHS, MAX_MONTHS), "admission-approval.late", "admission-approval.pending");
    }

    @Override
    Check bind(RuleParameters parameters) {
      int warnAfterMonths = parameters.get(WARN_AFTER_MONTHS);
      int maxMonths = parameters.get(MAX_MONTHS);
      return (context, member) -> {
        MemberFacts now = member.factsOn(context.asOf());
        if (now.admitted().isEmpty() || events(member, MemberEvent.Admitted.class).isEmpty()) {
          return; // transferred in: approved elsewhere
        }
        LocalDate admitted = now.admitted().get();
        LocalDate warnAfter = admitted.plusMonths(warnAfterMonths);
        LocalDate limit = admitted.plusMonths(maxMonths);
        Optional<LocalDate> approved = now.approved();
        LocalDate judgedOn = approved.orElse(context.asOf());
        // A late approval is judged in the window it came in; a missing one as long as it is missing.
        if (!judgedOn.isAfter(warnAfter) || approved.isPresent() && !judged(context, approved.get())) {
          return;
        }
        boolean tooLate = judgedOn.isAfter(limit);
        finding(context, member, approved.isPresent() ? "admission-approval.late" : "admission-approval.pending")
            .severity(tooLate ? Severity.VIOLATION : Severity.WARNING).since(warnAfter.plusDays(1))
            .argument("admitted", admitted).argument("approved", approved.map(LocalDate::toString).orElse("—"))
            .argument("warnAfterMonths", warnAfterMonths).argument("maxMonths", maxMonths).emit();
      };
    }
  }

  /**
   * {@code confirmation}: a probationary member confirmed before probation ended, or still unconfirmed
   * {@code graceMonths} (0) after it ended (发展细则 第三十三条).
   */
  public static final class Confirmation extends MemberRule {
    private static final Parameter<Integer> GRACE_MONTHS = Parameter.wholeNumber("graceMonths", 0, 12).withDefault(0).withMeaning("预备期满后可延迟讨论转正的月数", "months after probation ends within which confirmation may still come").withExample("1");

    /** Creates the type. */
    public Confirmation() {
      super("confirmation", new Labels("预备期满按时转正", "a probationary member is confirmed when probation ends"),
          List.of(GRACE_MONTHS), "confirmation.early", "confirmation.overdue");
    }

    @Override
    Check bind(RuleParameters parameters) {
      int graceMonths = parameters.get(GRACE_MONTHS);
      return (context, member) -> {
        for (MemberEvent.Confirmed confirmed : events(member, MemberEvent.Confirmed.class)) {
          MemberFacts before = member.factsOn(confirmed.date().minusDays(1));
          Optional<LocalDate> end = before.probationEnd();
          if (judged(context, confirmed.date()) && end.isPresent() && confirmed.date().isBefore(end.get())) {
            finding(context, member, "confirmation.early").since(confirmed.date()).argument("confirmed", confirmed.date())
                .argument("probationEnd", end.get()).emit();
          }
        }
        MemberFacts now = member.factsOn(context.asOf());
        if (now.status() == MemberStatus.PROBATIONARY && now.probationEnd().isPresent()) {
          LocalDate due = now.probationEnd().get().plusMonths(graceMonths);
          if (due.isBefore(context.asOf())) {
            finding(context, member, "confirmation.overdue").since(due.plusDays(1))
                .argument("probationEnd", now.probationEnd().get()).argument("admitted", now.admitted().orElseThrow()).emit();
          }
        }
      };
    }
  }

  /** {@code probation-extension}: a probation extended by less than {@code minMonths} (6) months (发展细则 第三十二条). */
  public static final class ProbationExtension extends MemberRule {
    private static final Parameter<Integer> MIN_MONTHS = Parameter.wholeNumber("minMonths", 1, 12).withMeaning("延长预备期的最少月数", "months a probation is extended by at least").withExample("6");

    /** Creates the type. */
    public ProbationExtension() {
      super("probation-extension", new Labels("延长预备期不少于半年", "a probation is extended by at least half a year"),
          List.of(MIN_MONTHS), "probation-extension.short");
    }

    @Override
    Check bind(RuleParameters parameters) {
      int minMonths = parameters.get(MIN_MONTHS);
      return (context, member) -> {
        for (MemberEvent.ProbationExtended extended : events(member, MemberEvent.ProbationExtended.class)) {
          if (judged(context, extended.date()) && extended.months() < minMonths) {
            finding(context, member, "probation-extension.short").since(extended.date())
                .argument("months", extended.months()).argument("minMonths", minMonths).emit();
          }
        }
      };
    }
  }

  /**
   * {@code development-records}: the records of the development pipeline that 发展细则 names, each
   * required where listed in {@code require}:
   *
   * <ul>
   *   <li>{@code training-result}: an admission whose intensive training has no recorded result (结业;
   *       a failed training is refused by the lifecycle — 第十七条);
   *   <li>{@code pre-review}: an admission without a passed pre-review (预审) by the higher committee since
   *       the designation as candidate (第十九条);
   *   <li>{@code probation-review}: a probationary member not reviewed (预备期考察) for more than {@code
   *       reviewMonths} (6) months during probation, counted from the admission (or, for a member
   *       transferred in during probation, from the day the letter was received).
   * </ul>
   *
   * Admissions are judged in the window they fall in; probation reviews like activists' reviews.
   */
  public static final class DevelopmentRecords extends MemberRule {
    private static final Parameter<List<String>> REQUIRE = Parameter.choices("require", "pre-review", "probation-review", "training-result").asRequired().withMeaning("必须有的记录", "the records required").withExample("[training-result, pre-review]");
    private static final Parameter<Integer> REVIEW_MONTHS = Parameter.wholeNumber("reviewMonths", 1, 12).withDefault(6).withMeaning("预备期内两次考察之间最多月数", "months between probation reviews at most").withExample("6");

    private static final Set<String> PARTS = new java.util.TreeSet<>(List.of("training-result", "pre-review", "probation-review"));

    /** Creates the type. */
    public DevelopmentRecords() {
      super("development-records", new Labels("发展党员各环节的记录齐全", "the development pipeline's records are kept"),
          List.of(REQUIRE, REVIEW_MONTHS), "development-records.training-result", "development-records.pre-review",
          "development-records.probation-review");
    }

    @Override
    Check bind(RuleParameters parameters) {
      List<String> require = parameters.get(REQUIRE);
      if (require.isEmpty()) {
        throw org.dangjian.core.ValidationException.of("require", "missing-parameter",
            "development-records needs require: some of " + String.join(", ", PARTS));
      }
      int reviewMonths = parameters.get(REVIEW_MONTHS);
      return (context, member) -> {
        List<MemberEvent> history = member.history();
        int candidateAt = -1;
        LocalDate lastProbationReview = null;
        for (int i = 0; i < history.size(); i++) {
          MemberEvent event = history.get(i);
          if (event instanceof MemberEvent.CandidateDesignated) {
            candidateAt = i;
          } else if (event instanceof MemberEvent.Admitted admitted) {
            List<MemberEvent> since = history.subList(Math.max(candidateAt, 0), i);
            if (judged(context, admitted.date())) {
              judgeAdmission(context, member, admitted, since, require);
            }
            lastProbationReview = admitted.date();
          } else if (event instanceof MemberEvent.TransferredIn in && in.status() == MemberStatus.PROBATIONARY) {
            lastProbationReview = in.date(); // the receiving branch reviews from the day it received the member
          } else if (event instanceof MemberEvent.ProbationReviewed && lastProbationReview != null) {
            if (require.contains("probation-review")) {
              overdue(context, member, "development-records.probation-review", lastProbationReview, event.date(), reviewMonths);
            }
            lastProbationReview = event.date();
          } else if (lastProbationReview != null && (event instanceof MemberEvent.Confirmed
              || event instanceof MemberEvent.ProbationCancelled || event instanceof MemberEvent.TransferredOut)) {
            if (require.contains("probation-review")) {
              overdue(context, member, "development-records.probation-review", lastProbationReview, event.date(), reviewMonths);
            }
            lastProbationReview = null;
          }
        }
        if (lastProbationReview != null && require.contains("probation-review")
            && context.status(member, context.asOf()) == MemberStatus.PROBATIONARY) {
          overdue(context, member, "development-records.probation-review", lastProbationReview, context.asOf(), reviewMonths);
        }
      };
    }

    private static void judgeAdmission(org.dangjian.rules.spi.EvaluationContext context, Member member,
        MemberEvent.Admitted admitted, List<MemberEvent> since, List<String> require) {
      if (require.contains("training-result")) {
        Optional<MemberEvent.TrainingCompleted> training = Optional.empty();
        for (MemberEvent event : since) {
          if (event instanceof MemberEvent.TrainingCompleted completed && completed.passed().orElse(true)) {
            training = Optional.of(completed);
          }
        }
        if (training.isPresent() && training.get().passed().isEmpty()) {
          finding(context, member, "development-records.training-result").since(admitted.date())
              .argument("admitted", admitted.date()).argument("from", training.get().from()).argument("to", training.get().to()).emit();
        }
      }
      if (require.contains("pre-review") && since.stream().noneMatch(e -> e instanceof MemberEvent.PreReviewed review && review.passed())) {
        finding(context, member, "development-records.pre-review").since(admitted.date()).argument("admitted", admitted.date()).emit();
      }
    }
  }

  /**
   * {@code development-rights}: a contact (培养联系人) or an introducer (入党介绍人) who did not hold full
   * rights on a day they acted — a full member, not under 留党察看, not suspended (党章 第五条; 发展细则).
   * A contact acts from the activist's designation until the designation as candidate (or the day of
   * evaluation), and is judged on the designation day and on every day their own record changes in
   * that time; an introducer is judged on the day named and on the admission day. Reported once per
   * contact or introducer and role, from the first day the rights were missing.
   */
  public static final class DevelopmentRights extends MemberRule {
    /** Creates the type. */
    public DevelopmentRights() {
      // Contacts and introducers may belong to other branches: a change to their record changes findings here.
      super("development-rights", new Labels("培养联系人、入党介绍人在履职之日享有完整权利", "contacts and introducers hold full rights on the days they act"),
          List.of(), org.dangjian.rules.spi.Dependencies.perOrganisation(org.dangjian.rules.spi.Dependencies.Records.MEMBERS),
          "development-rights.contact", "development-rights.introducer");
    }

    @Override
    Check bind(RuleParameters parameters) {
      return (context, member) -> {
        List<MemberEvent> history = member.history();
        for (int i = 0; i < history.size(); i++) {
          if (history.get(i) instanceof MemberEvent.ActivistDesignated designated) {
            LocalDate until = context.asOf();
            for (MemberEvent later : history.subList(i + 1, history.size())) {
              if (later instanceof MemberEvent.CandidateDesignated || later instanceof MemberEvent.Applied) {
                until = later.date();
                break;
              }
            }
            for (org.dangjian.core.member.MemberId contact : designated.contacts()) {
              List<LocalDate> days = new ArrayList<>(List.of(designated.date()));
              context.dataset().member(contact).ifPresent(other -> other.history().stream().map(MemberEvent::date)
                  .filter(d -> d.isAfter(designated.date())).forEach(days::add));
              judgeDays(context, member, contact, "development-rights.contact", days, until);
            }
          } else if (history.get(i) instanceof MemberEvent.IntroducersNamed named) {
            List<LocalDate> days = new ArrayList<>(List.of(named.date()));
            history.subList(i + 1, history.size()).stream().filter(MemberEvent.Admitted.class::isInstance).findFirst()
                .ifPresent(admitted -> days.add(admitted.date()));
            for (org.dangjian.core.member.MemberId introducer : named.introducers()) {
              judgeDays(context, member, introducer, "development-rights.introducer", days, context.asOf());
            }
          }
        }
      };
    }

    /** Reports the first of the days (up to {@code until}) on which the other member lacked full rights. */
    private static void judgeDays(org.dangjian.rules.spi.EvaluationContext context, Member member,
        org.dangjian.core.member.MemberId otherId, String code, List<LocalDate> days, LocalDate until) {
      Optional<Member> other = context.dataset().member(otherId);
      if (other.isEmpty()) {
        return; // a dangling reference, refused when the dataset was built
      }
      days.sort(null);
      for (LocalDate day : days) {
        if (day.isAfter(until) || day.isAfter(context.asOf())) {
          return;
        }
        MemberFacts facts = context.facts(other.get(), day);
        if (!facts.mayIntroduce()) {
          if (judged(context, day)) {
            String statusZh = facts.status().labelZh() + (facts.underProbationWithinParty() ? "（留党察看期间）" : "");
            String statusEn = facts.status().labelEn() + (facts.underProbationWithinParty() ? " (under 留党察看)" : "");
            finding(context, member, code).since(day).argument("date", day).argument("other", other.get().name())
                .argument("otherId", otherId).argument("statusZh", statusZh).argument("statusEn", statusEn)
                .evidence("member:" + otherId).emit();
          }
          return;
        }
      }
    }
  }
}
