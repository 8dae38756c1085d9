package org.dangjian.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.dangjian.core.Labels;
import org.dangjian.core.assessment.Commitment;
import org.dangjian.core.assessment.CommitmentItem;
import org.dangjian.core.assessment.CommitmentOutcome;
import org.dangjian.core.governance.GovernanceDocument;
import org.dangjian.core.governance.GovernanceDocumentKind;
import org.dangjian.core.member.EventType;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberEvent;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.CommitteeRole;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.org.Ownership;
import org.dangjian.core.org.Unit;
import org.dangjian.core.org.UnitId;
import org.dangjian.core.org.UnitKind;
import org.dangjian.core.supervision.IndicatorValue;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.spi.Parameter;
import org.dangjian.rules.spi.RuleParameters;

/** The indicators shipped with the library; {@link Indicators#builtIn()} lists them. */
final class BuiltInIndicators {
  private BuiltInIndicators() {}

  private static final Parameter<Boolean> SUBTREE = Parameter.bool("subtree", true)
      .withMeaning("是否连同下级组织一并计算", "whether the organisations beneath count too").withExample("false");
  private static final Parameter<Boolean> SUBTREE_NOT_BY_DEFAULT = Parameter.bool("subtree", false)
      .withMeaning("是否连同下级组织一并计算", "whether the organisations beneath count too").withExample("true");
  private static final Parameter<List<String>> INSPECTION_KINDS = Parameter.texts("kinds").withDefault(List.of("spot-check"))
      .withMeaning("计入的督查类别", "the kinds of inspection counted").withExample("[spot-check, quarterly-checkup]");
  private static final Parameter<List<String>> ACTIVITY_TYPES = Parameter.activityTypes("activityTypes")
      .withMeaning("计入的活动类型；空为全部", "the activity types counted; empty for every type").withExample("[branch-general-meeting]");
  private static final Parameter<Integer> AT_LEAST = Parameter.wholeNumber("atLeast", 1, 100).withDefault(1)
      .withMeaning("每名党员至少参加的培训次数（以上）", "trainings a member attends at least (this many counts)").withExample("2");
  private static final Parameter<String> WHO = Parameter.choice("who", "members", "secretaries").withDefault("members")
      .withMeaning("计谁：全体党员（正式和预备）或各级书记", "who is counted: every member (full and probationary), or the secretaries")
      .withExample("secretaries");
  private static final Parameter<List<UnitKind>> UNIT_KINDS = Parameter.codes("unitKinds", UnitKind.class)
      .withDefault(List.of(UnitKind.PRIMARY_SCHOOL, UnitKind.MIDDLE_SCHOOL, UnitKind.HIGH_SCHOOL, UnitKind.NINE_YEAR_SCHOOL))
      .withMeaning("计入的学校类别", "the kinds of school counted").withExample("[primary-school, middle-school, kindergarten]");
  private static final Parameter<List<GovernanceDocumentKind>> DOCUMENTS = Parameter.codes("documents", GovernanceDocumentKind.class)
      .withDefault(GovernanceDocumentKind.requiredByTheReform())
      .withMeaning("学校计入前须已通过的制度文件（可为空）", "the documents a school must have adopted to count (may be empty)")
      .withExample("[charter, party-meeting-rules]");
  private static final Parameter<String> NAME = Parameter.text("name")
      .withMeaning("录入值的指标名（小写字母、数字、连字符）", "the name the values are entered under (lower-case words, digits, hyphens)")
      .withExample("teaching-results");

  static final Indicator COMPLIANCE_RATE = indicator("complianceRate", "规定活动完成率", "the share of required activities held",
      List.of(SUBTREE), (c, p) -> c.measures().complianceRate(c.organisation(), p.get(SUBTREE)));

  static final Indicator CORRECTION_RATE = indicator("correctionRate", "整改按期完成率", "the share of corrections closed in time",
      List.of(SUBTREE), (c, p) -> c.measures().correctionRate(c.organisation().value(), c.organisation(), p.get(SUBTREE)));

  static final Indicator INSPECTION_SCORE = indicator("inspectionScore", "督查检查平均得分", "the inspections' average score",
      List.of(INSPECTION_KINDS, SUBTREE_NOT_BY_DEFAULT), (c, p) -> c.measures().inspectionScore(c.organisation().value(), c.organisation(),
          p.get(INSPECTION_KINDS), p.get(SUBTREE_NOT_BY_DEFAULT)));

  static final Indicator ATTENDANCE_RATE = indicator("attendanceRate", "活动出席率", "the attendance rate",
      List.of(ACTIVITY_TYPES, SUBTREE), (c, p) -> c.measures().attendanceRate(c.organisation().value(), c.organisation(),
          p.get(ACTIVITY_TYPES), p.get(SUBTREE)));

  /**
   * Of the public schools (legal persons, of the kinds counted) the organisation and those beneath it cover, the share
   * running the Party-led model of their level (党组织领导的校长负责制, or 园长负责制) in force on the day — pilots
   * included — with the documents counted adopted by the day; as {@code governance-rate} reads a school, without its
   * {@code since} (the form a document must have).
   */
  static final Indicator GOVERNANCE_SHARE = indicator("governanceShare", "实行党组织领导的校长负责制的学校比例",
      "the share of schools under the Party-led principal responsibility system", List.of(UNIT_KINDS, DOCUMENTS), (c, p) -> {
        LocalDate asOf = c.asOf();
        List<UnitKind> kinds = p.get(UNIT_KINDS);
        List<GovernanceDocumentKind> documents = p.get(DOCUMENTS);
        Set<UnitId> covered = new TreeSet<>();
        for (OrganisationId org : c.organisations(true)) {
          c.dataset().organisation(org).filter(o -> o.existsOn(asOf)).ifPresent(o -> covered.addAll(o.units()));
        }
        long schools = 0;
        long running = 0;
        for (UnitId id : covered) {
          Optional<Unit> unit = c.dataset().unit(id).filter(u -> kinds.contains(u.kind()) && u.ownership() == Ownership.PUBLIC && u.legalPerson());
          if (unit.isPresent()) {
            schools++;
            boolean partyLed = unit.get().governance().filter(g -> g.model().isPartyLed() && g.inForceOn(asOf)).isPresent();
            List<GovernanceDocument> adopted = c.dataset().records(GovernanceDocument.KIND).by(GovernanceDocument.BY_UNIT, id);
            running += partyLed && documents.stream().allMatch(kind -> adopted.stream().anyMatch(d -> d.kind() == kind && d.inPlaceOn(asOf)))
                ? 1 : 0;
          }
        }
        String evidence = "governance:" + c.organisation().value() + "@" + c.year() + " (" + running + " of " + schools + ")";
        return schools == 0 ? Measurement.none(evidence) : Measurement.of(OrganisationMeasures.share(running, schools), evidence);
      });

  /** Members admitted as probationary members (接收预备党员) in the year by the day, against the development quota. */
  static final Indicator ADMISSIONS = indicator("admissions", "发展党员数（对照发展计划）", "members admitted (against the development quota)",
      List.of(), (c, p) -> {
        ReportingPeriod year = ReportingPeriod.year(c.year());
        long admitted = 0;
        for (Member member : c.dataset().membersOf(c.organisation())) {
          for (MemberEvent event : member.history()) {
            if (event.type() == EventType.ADMITTED && year.contains(event.date()) && !event.date().isAfter(c.asOf())) {
              admitted++;
            }
          }
        }
        return Measurement.of(BigDecimal.valueOf(admitted), "admissions:" + c.organisation().value() + "@" + c.year() + " (" + admitted + ")");
      });

  /**
   * Of the members (full and probationary) on the day — or of the secretaries on the day of the organisation and
   * of those beneath it — the share who attended at least so many trainings in the year by the day.
   */
  static final Indicator TRAININGS = indicator("trainings", "参加培训达标率（党员或书记）", "the share of members (or secretaries) trained enough",
      List.of(AT_LEAST, WHO), (c, p) -> {
        ReportingPeriod year = ReportingPeriod.year(c.year());
        LocalDate asOf = c.asOf();
        int atLeast = p.get(AT_LEAST);
        Set<MemberId> counted = new TreeSet<>();
        if (p.get(WHO).equals("secretaries")) {
          for (OrganisationId org : c.organisations(true)) {
            c.dataset().organisation(org).flatMap(Organisation::committee).ifPresent(committee -> committee.positions().stream()
                .filter(position -> position.role() == CommitteeRole.SECRETARY && position.heldOn(asOf))
                .forEach(position -> counted.add(position.member())));
          }
        } else {
          c.dataset().membersOf(c.organisation()).stream().filter(m -> m.statusOn(asOf).isMember()).forEach(m -> counted.add(m.id()));
        }
        long trained = counted.stream().filter(member -> c.dataset().trainingsOf(member).stream()
            .filter(t -> year.contains(t.date()) && !t.date().isAfter(asOf)).count() >= atLeast).count();
        String evidence = "trainings:" + c.organisation().value() + "@" + c.year() + " (" + p.get(WHO) + ", " + trained + " of "
            + counted.size() + ")";
        return counted.isEmpty() ? Measurement.none(evidence) : Measurement.of(OrganisationMeasures.share(trained, counted.size()), evidence);
      });

  /** Of the items of the members' commitments (承诺) for the year whose outcome is recorded, the share kept (已践诺). */
  static final Indicator COMMITMENTS_KEPT = indicator("commitmentsKept", "承诺事项践诺率", "the share of commitment items kept",
      List.of(), (c, p) -> {
        long judged = 0;
        long kept = 0;
        for (Member member : c.dataset().membersOf(c.organisation())) {
          Optional<Commitment> commitment = c.dataset().commitmentOf(member.id(), c.year());
          for (CommitmentItem item : commitment.map(Commitment::items).orElse(List.of())) {
            if (item.outcome().isPresent()) {
              judged++;
              kept += item.outcome().get() == CommitmentOutcome.KEPT ? 1 : 0;
            }
          }
        }
        String evidence = "commitments:" + c.organisation().value() + "@" + c.year() + " (" + kept + " of " + judged + ")";
        return judged == 0 ? Measurement.none(evidence) : Measurement.of(OrganisationMeasures.share(kept, judged), evidence);
      });

  /** A value entered for the organisation and year ({@code indicatorValues}); none entered is no value. */
  static final Indicator EXTERNAL = indicator("external", "录入的外部指标（如教育教学成效）", "a value entered (teaching results, say)",
      List.of(NAME), (c, p) -> {
        String name = p.get(NAME);
        Optional<IndicatorValue> entered = c.dataset().records(IndicatorValue.KIND).by(IndicatorValue.BY_ORGANISATION, c.organisation())
            .stream().filter(v -> v.indicator().equals(name) && v.year() == c.year()).findFirst();
        return entered.map(v -> Measurement.of(v.value(), v.evidence() + " (" + v.value().toPlainString()
                + v.source().map(s -> ", " + s).orElse("") + ")"))
            .orElseGet(() -> Measurement.none("indicator-value:" + c.organisation().value() + "/" + name + "@" + c.year() + " (none entered)"));
      });

  static final List<Indicator> ALL = List.of(COMPLIANCE_RATE, CORRECTION_RATE, INSPECTION_SCORE, ATTENDANCE_RATE, GOVERNANCE_SHARE,
      ADMISSIONS, TRAININGS, COMMITMENTS_KEPT, EXTERNAL);

  private static Indicator indicator(String name, String zh, String en, List<Parameter<?>> parameters,
      BiFunction<IndicatorContext, RuleParameters, Measurement> measure) {
    return new Declared(name, new Labels(zh, en), List.copyOf(parameters), measure);
  }

  private record Declared(String name, Labels labels, List<Parameter<?>> parameters,
      BiFunction<IndicatorContext, RuleParameters, Measurement> measure) implements Indicator {
    @Override
    public Measurement measure(IndicatorContext context, RuleParameters parameters) {
      return measure.apply(context, parameters);
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
