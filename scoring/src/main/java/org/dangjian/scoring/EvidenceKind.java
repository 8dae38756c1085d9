package org.dangjian.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.dangjian.core.Labels;
import org.dangjian.core.assessment.AppraisalGrade;
import org.dangjian.core.assessment.CommitmentOutcome;
import org.dangjian.core.assessment.ReportGrade;
import org.dangjian.core.governance.RaterGroup;
import org.dangjian.core.json.StrictObject;
import org.dangjian.rules.Severity;
import org.dangjian.rules.spi.Parameter;
import org.dangjian.rules.spi.RuleParameters;
import org.jspecify.annotations.Nullable;

/**
 * A kind of scheme item: what an item counts ({@code evidence: {attendance: {…}}}), with the parameters it
 * reads, declared like a rule type's ({@link Parameter}): {@code dangjian rules show attendance} prints them,
 * and a scheme's items are checked against them in one round when the scheme is read. Immutable; the kinds are
 * the constants of this class.
 */
public final class EvidenceKind {
  private static final Parameter<List<String>> ACTIVITY_TYPES = Parameter.activityTypes("activityTypes")
      .withMeaning("计入的活动类型", "the activity types counted").withExample("[branch-general-meeting, party-lecture]");
  private static final Parameter<List<String>> ACTIVITY_TYPES_OR_ALL = Parameter.activityTypes("activityTypes")
      .withMeaning("计入的活动类型；空为全部", "the activity types counted; empty for every type").withExample("[branch-general-meeting]");
  private static final Parameter<Boolean> SUBTREE_TOO = Parameter.bool("subtree", true)
      .withMeaning("是否连同下级组织一并计算", "whether the organisations beneath count too").withExample("false");

  /** {@code attendance}: activities of the given types the member attended (for an organisation: held). */
  public static final EvidenceKind ATTENDANCE = new EvidenceKind("attendance", new Labels("出席（组织）活动", "activities attended (or held)"),
      List.of(ACTIVITY_TYPES), p -> new Evidence.Attendance(p.get(ACTIVITY_TYPES)));

  private static final Parameter<Boolean> WITHOUT_REASON = Parameter.bool("withoutReason", false)
      .withMeaning("只计无故缺席", "count only absences without a reason").withExample("true");
  /** {@code absence}: activities the member was recorded absent from. */
  public static final EvidenceKind ABSENCE = new EvidenceKind("absence", new Labels("缺席活动", "activities missed"),
      List.of(ACTIVITY_TYPES, WITHOUT_REASON), p -> new Evidence.Absence(p.get(ACTIVITY_TYPES), p.get(WITHOUT_REASON)));

  private static final Parameter<List<String>> CATEGORIES = Parameter.ids("categories")
      .withMeaning("计入的积分类别", "the ledger categories counted").withExample("[study-missed]");
  /** {@code ledger}: point-ledger entries in the given categories. */
  public static final EvidenceKind LEDGER = new EvidenceKind("ledger", new Labels("积分台账记录", "point-ledger entries"),
      List.of(CATEGORIES), p -> new Evidence.Ledger(Set.copyOf(p.get(CATEGORIES))));

  private static final Parameter<List<String>> RULES = Parameter.ids("rules")
      .withMeaning("计入的规则编号；空为全部", "the rule ids counted; empty for every rule").withExample("[dues-arrears]");
  private static final Parameter<List<Severity>> SEVERITIES = Parameter.codes("severities", Severity.class)
      .withMeaning("计入的严重程度；空为全部", "the severities counted; empty for every one").withExample("[violation]");
  private static final Parameter<Boolean> SUBTREE = Parameter.bool("subtree", false)
      .withMeaning("是否连同下级组织的问题", "whether the findings of the organisations beneath count too").withExample("true");
  /** {@code findings}: findings of the compliance report about the subject. */
  public static final EvidenceKind FINDINGS = new EvidenceKind("findings", new Labels("合规检查发现的问题", "compliance findings"),
      List.of(RULES, SEVERITIES, SUBTREE), p -> new Evidence.Findings(Set.copyOf(p.get(RULES)), Set.copyOf(p.get(SEVERITIES)), p.get(SUBTREE)));

  private static final Parameter<List<CommitmentOutcome>> OUTCOMES = Parameter.codes("outcomes", CommitmentOutcome.class)
      .asRequired().withMeaning("计入的承诺事项结果", "the outcomes of commitment items counted").withExample("[kept, partly-kept]");
  /** {@code commitments}: items of the member's commitment for the year with one of the given outcomes. */
  public static final EvidenceKind COMMITMENTS = new EvidenceKind("commitments", new Labels("年度承诺事项", "commitment items"),
      List.of(OUTCOMES), p -> new Evidence.Commitments(Set.copyOf(p.get(OUTCOMES))));

  private static final Parameter<Integer> MORE_THAN_MONTHS = Parameter.wholeNumber("moreThanMonths", 0, 120).withDefault(6)
      .withMeaning("晚交超过此月数算欠缴（恰好等于不算）", "months late beyond which a payment is in arrears (exactly this many is not)")
      .withExample("6");
  /** {@code duesArrears}: one occurrence if a month's dues were paid too late, or not at all. */
  public static final EvidenceKind DUES_ARREARS = new EvidenceKind("duesArrears", new Labels("欠缴党费", "dues in arrears"),
      List.of(MORE_THAN_MONTHS), p -> new Evidence.DuesArrears(p.get(MORE_THAN_MONTHS)));

  private static final Parameter<Integer> GRACE_MONTHS = Parameter.wholeNumber("graceMonths", 0, 12).withDefault(0)
      .withMeaning("当月之后仍算按时的月数（按季交纳为2）", "months after the month in which payment is still on time (2 for quarterly)")
      .withExample("2");
  /** {@code duesPaid}: one occurrence for each month whose dues were paid on time. */
  public static final EvidenceKind DUES_PAID = new EvidenceKind("duesPaid", new Labels("按时交纳党费的月份", "months of dues paid on time"),
      List.of(GRACE_MONTHS), p -> new Evidence.DuesPaid(p.get(GRACE_MONTHS)));

  private static final Parameter<java.util.Map<AppraisalGrade, BigDecimal>> BALLOT_VALUES = Parameter.decimalsByCode("values",
      AppraisalGrade.class, StrictObject.MAX_DECIMAL.negate(), StrictObject.MAX_DECIMAL)
      .withMeaning("每个评议等次折合的分值", "what each appraisal grade is worth").withExample("{excellent: 100, qualified: 80, basically-qualified: 60, unqualified: 0}");
  private static final Parameter<Boolean> EXCLUDE_SELF = Parameter.bool("excludeSelf", false)
      .withMeaning("是否不计本人的自评票", "whether the member's own ballot is left out").withExample("true");
  /** {@code ballots}: the average value of the appraisal ballots about the member. */
  public static final EvidenceKind BALLOTS = new EvidenceKind("ballots", new Labels("民主评议票的平均分", "the appraisal ballots' average"),
      List.of(BALLOT_VALUES, EXCLUDE_SELF), p -> new Evidence.Ballots(p.get(BALLOT_VALUES), p.get(EXCLUDE_SELF)));

  private static final Parameter<java.util.Map<ReportGrade, BigDecimal>> RATING_VALUES = Parameter.decimalsByCode("values",
      ReportGrade.class, StrictObject.MAX_DECIMAL.negate(), StrictObject.MAX_DECIMAL)
      .withMeaning("每个述职评价等次折合的分值", "what each rating of the report is worth").withExample("{good: 100, fairly-good: 80, average: 60, poor: 0}");
  private static final Parameter<List<RaterGroup>> RATER_GROUPS = Parameter.codes("groups", RaterGroup.class)
      .withMeaning("计入的测评人群体（空为全部）", "the groups of raters counted (empty: every group)").withExample("[members]");
  private static final Parameter<java.util.Map<RaterGroup, BigDecimal>> GROUP_WEIGHTS = Parameter.decimalsByCode("weights",
      RaterGroup.class, BigDecimal.ZERO, StrictObject.MAX_DECIMAL).asOptional()
      .withMeaning("各群体平均分的权重（不设则所有测评人一样计）", "each group's weight for a weighted mean of the groups' means (absent: every rater alike)")
      .withExample("{members: 0.7, non-member-teachers: 0.3}");
  /** {@code reportRatings}: the average value of the ratings of a leader's report (述职评议). */
  public static final EvidenceKind REPORT_RATINGS = new EvidenceKind("reportRatings", new Labels("述职评议的平均分",
      "the report ratings' average"), List.of(RATING_VALUES, RATER_GROUPS, GROUP_WEIGHTS),
      p -> new Evidence.ReportRatings(p.get(RATING_VALUES), p.get(RATER_GROUPS), p.find(GROUP_WEIGHTS).orElse(java.util.Map.of())));

  /** {@code complianceRate}: the organisation's share of required activities held. */
  public static final EvidenceKind COMPLIANCE_RATE = new EvidenceKind("complianceRate", new Labels("规定活动完成率",
      "the share of required activities held"), List.of(SUBTREE_TOO), p -> new Evidence.ComplianceRate(p.get(SUBTREE_TOO)));

  /** {@code correctionRate}: of the corrections due in the year, the share closed by their deadline. */
  public static final EvidenceKind CORRECTION_RATE = new EvidenceKind("correctionRate", new Labels("整改按期完成率",
      "the share of corrections closed in time"), List.of(SUBTREE_TOO), p -> new Evidence.CorrectionRate(p.get(SUBTREE_TOO)));

  private static final Parameter<List<String>> INSPECTION_KINDS = Parameter.texts("kinds").withDefault(List.of("spot-check"))
      .withMeaning("计入的督查类别", "the kinds of inspection counted").withExample("[spot-check, quarterly-checkup]");
  private static final Parameter<Boolean> SUBTREE_TOO_NOT_BY_DEFAULT = Parameter.bool("subtree", false)
      .withMeaning("是否连同下级组织一并计算", "whether the organisations beneath count too").withExample("true");
  /** {@code inspectionScore}: the average score of the organisation's inspections in the year. */
  public static final EvidenceKind INSPECTION_SCORE = new EvidenceKind("inspectionScore", new Labels("督查检查平均得分",
      "the inspections' average score"), List.of(INSPECTION_KINDS, SUBTREE_TOO_NOT_BY_DEFAULT),
      p -> new Evidence.InspectionScore(p.get(INSPECTION_KINDS), p.get(SUBTREE_TOO_NOT_BY_DEFAULT)));

  /** {@code attendanceRate}: of the people recorded at the organisation's activities, the share present. */
  public static final EvidenceKind ATTENDANCE_RATE = new EvidenceKind("attendanceRate", new Labels("活动出席率", "the attendance rate"),
      List.of(ACTIVITY_TYPES_OR_ALL, SUBTREE_TOO), p -> new Evidence.AttendanceRate(p.get(ACTIVITY_TYPES_OR_ALL), p.get(SUBTREE_TOO)));

  private static final Parameter<String> LETTER_TEMPLATE = Parameter.text("template").asOptional()
      .withMeaning("责任书文本的编号；不设则计该组织当年签订的全部责任书", "the letter template's id; absent, every letter the organisation signed for the year")
      .withExample("county-school-letter");
  /** {@code letter}: the organisation's responsibility letters of the year, item by item. */
  public static final EvidenceKind LETTER = new EvidenceKind("letter", new Labels("目标责任书完成情况", "the responsibility letter attained"),
      List.of(LETTER_TEMPLATE), p -> new Evidence.Letter(p.find(LETTER_TEMPLATE), LetterRegistry.empty()));

  private static final Parameter<String> SCHEME_ID = Parameter.text("id")
      .withMeaning("另一个评分方案的编号", "the id of the other scheme").withExample("member-points");
  /** {@code scheme}: the subject's total in another scheme, resolved with this one. */
  public static final EvidenceKind SCHEME = new EvidenceKind("scheme", new Labels("另一方案的总分", "another scheme's total"),
      List.of(SCHEME_ID), null);

  private static final List<EvidenceKind> ALL = List.of(ATTENDANCE, ABSENCE, LEDGER, FINDINGS, COMMITMENTS, DUES_ARREARS, DUES_PAID,
      BALLOTS, REPORT_RATINGS, COMPLIANCE_RATE, CORRECTION_RATE, INSPECTION_SCORE, ATTENDANCE_RATE, LETTER, SCHEME);

  private final String name;
  private final Labels summary;
  private final List<Parameter<?>> parameters;
  private final @Nullable Function<RuleParameters, Evidence> reader;

  private EvidenceKind(String name, Labels summary, List<Parameter<?>> parameters, @Nullable Function<RuleParameters, Evidence> reader) {
    this.name = name;
    this.summary = summary;
    this.parameters = List.copyOf(parameters);
    this.reader = reader;
  }

  /** @return every kind, in the order of the format's documentation */
  public static List<EvidenceKind> all() {
    return ALL;
  }

  /**
   * @param name the key files use, for example {@code attendance}
   * @return the kind, if there is one of that name
   */
  public static Optional<EvidenceKind> named(String name) {
    Objects.requireNonNull(name, "name");
    return ALL.stream().filter(kind -> kind.name.equals(name)).findFirst();
  }

  /** @return the key files use under {@code evidence}, for example {@code attendance} */
  public String name() {
    return name;
  }

  /** @return what an item of the kind counts, in Chinese and English */
  public Labels summary() {
    return summary;
  }

  /** @return the parameters the kind reads */
  public List<Parameter<?>> parameters() {
    return parameters;
  }

  /**
   * @param parameters the kind's object, checked against {@link #parameters()}
   * @return the evidence; not for {@link #SCHEME}, which is resolved with the scheme it names
   */
  Evidence read(RuleParameters parameters) {
    if (reader == null) {
      throw new IllegalStateException("scheme evidence is resolved with the scheme it names");
    }
    return reader.apply(parameters);
  }

  /** @return the name */
  @Override
  public String toString() {
    return name;
  }
}
