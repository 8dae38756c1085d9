package org.dangjian.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.dangjian.cli.render.Messages;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.rules.RuleSetRegistry;
import org.dangjian.testkit.SampleCounty;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class DemoReportTest {
  private static final Messages ZH = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
  private static final Messages EN = Messages.forLocale(Locale.ENGLISH);
  private static final OrganisationId CHENGGUAN_FIRST = new OrganisationId("cg1");
  private static final Map<LocalDate, DemoReport> REPORTS = new ConcurrentHashMap<>();

  private static DemoReport report(LocalDate asOf) {
    return REPORTS.computeIfAbsent(asOf, day -> DemoReport.of(SampleCounty.dataset(),
        RuleSetRegistry.standard().resolve("county-first-topic", day), day));
  }

  private static Document parse(String html) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
  }

  private static int count(Document page, String xpath) throws Exception {
    return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, page, XPathConstants.NODESET)).getLength();
  }

  private static List<Heatmap.Cell> row(LocalDate asOf, OrganisationId branch, ActivityType type) {
    Dataset dataset = SampleCounty.dataset();
    DemoFigures figures = report(asOf).figures();
    return Heatmap.of(dataset, figures.report, branch).stream().filter(r -> r.type().equals(type)).findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + type)).cells();
  }

  @Test
  void thePageIsSelfContainedWellFormedAndDrawsItsChartsAsSvg() throws Exception {
    for (Messages messages : List.of(ZH, EN)) {
      String html = report(LocalDate.of(2024, 12, 20)).html(messages);
      // Nothing fetched from elsewhere: no scripts, no linked styles, fonts or images, no URLs but the SVG namespace.
      assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("<img").doesNotContain("@import")
          .doesNotContain("@font-face").doesNotContain("url(").doesNotContain(" src=").doesNotContain(" href=");
      assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http:").doesNotContain("https:");
      Document page = parse(html);
      // A heatmap per branch (23), two grade charts, the statistics' two pyramids and two year-on-year charts; the rate
      // chart, the legend and the calendar.
      assertThat(count(page, "//figure/svg")).as("figures").isEqualTo(23 + 2 + 4);
      assertThat(count(page, "//svg")).isEqualTo(23 + 2 + 4 + 3);
      // The age pyramid: a bar for men and one for women in each of ten bands.
      assertThat(count(page, "//svg[@aria-label='" + (messages == ZH ? "党员（按性别和年龄）" : "members by gender and age") + "']/rect"))
          .isEqualTo(20);
      // Quota lines on 优秀 (appraisal) and on five and four stars.
      assertThat(count(page, "//line[@class='quota']")).isEqualTo(3);
      // One deadline in the calendar: 2024-12-31, with all 83 items.
      assertThat(count(page, "//rect[@class='deadline']")).isEqualTo(1);
      assertThat(count(page, "//svg/text[@class='count' and text()='83']")).isEqualTo(1);
      // Every finding has its row, most serious first.
      assertThat(count(page, "//tr[@class='violation']")).isEqualTo(25);
      assertThat(count(page, "//tr[@class='notice']")).isEqualTo(6);
      assertThat(count(page, "//tr[@class='bottom']")).isEqualTo(1);
    }
  }

  @Test
  void theHeatmapMarksAMissedMonthOnlyOnceItIsOver() {
    // 城关第一小学 held no 支委会 in July 2024.
    List<Heatmap.Cell> july15 = row(LocalDate.of(2024, 7, 15), CHENGGUAN_FIRST, ActivityType.BRANCH_COMMITTEE_MEETING);
    assertThat(july15.subList(0, 6)).containsOnly(Heatmap.Cell.HELD);
    assertThat(july15.get(6)).isEqualTo(Heatmap.Cell.DUE);
    assertThat(july15.subList(7, 12)).containsOnly(Heatmap.Cell.NOT_YET);
    // On the month's last day the month is over: missed. August 1 begins after it.
    List<Heatmap.Cell> july31 = row(LocalDate.of(2024, 7, 31), CHENGGUAN_FIRST, ActivityType.BRANCH_COMMITTEE_MEETING);
    assertThat(july31.get(6)).isEqualTo(Heatmap.Cell.MISSED);
    assertThat(july31.get(7)).isEqualTo(Heatmap.Cell.NOT_YET);
    List<Heatmap.Cell> yearEnd = row(LocalDate.of(2024, 12, 31), CHENGGUAN_FIRST, ActivityType.BRANCH_COMMITTEE_MEETING);
    assertThat(yearEnd.get(6)).isEqualTo(Heatmap.Cell.MISSED);
    assertThat(yearEnd).filteredOn(c -> c == Heatmap.Cell.HELD).hasSize(11);
  }

  @Test
  void aQuarterlyMeetingIsDueInTheCurrentMonthUntilItIsHeld() {
    // The third quarter's 支部党员大会 was held in August: due in July, held in August, nothing owed in September.
    List<Heatmap.Cell> july = row(LocalDate.of(2024, 7, 31), CHENGGUAN_FIRST, ActivityType.BRANCH_GENERAL_MEETING);
    assertThat(july.subList(3, 7)).containsExactly(Heatmap.Cell.NOT_REQUIRED, Heatmap.Cell.HELD, Heatmap.Cell.NOT_REQUIRED,
        Heatmap.Cell.DUE);
    List<Heatmap.Cell> september = row(LocalDate.of(2024, 9, 30), CHENGGUAN_FIRST, ActivityType.BRANCH_GENERAL_MEETING);
    assertThat(september.subList(6, 9)).containsExactly(Heatmap.Cell.NOT_REQUIRED, Heatmap.Cell.HELD, Heatmap.Cell.NOT_REQUIRED);
    // The yearly 组织生活会, held in late December, is due in December as of the 20th, and held by the 31st.
    assertThat(row(LocalDate.of(2024, 12, 20), CHENGGUAN_FIRST, ActivityType.ORGANISATIONAL_LIFE_MEETING))
        .containsExactly(Heatmap.Cell.NOT_REQUIRED, Heatmap.Cell.NOT_REQUIRED, Heatmap.Cell.NOT_REQUIRED, Heatmap.Cell.NOT_REQUIRED,
            Heatmap.Cell.NOT_REQUIRED, Heatmap.Cell.NOT_REQUIRED, Heatmap.Cell.NOT_REQUIRED, Heatmap.Cell.NOT_REQUIRED,
            Heatmap.Cell.NOT_REQUIRED, Heatmap.Cell.NOT_REQUIRED, Heatmap.Cell.NOT_REQUIRED, Heatmap.Cell.DUE);
    assertThat(row(LocalDate.of(2024, 12, 31), CHENGGUAN_FIRST, ActivityType.ORGANISATIONAL_LIFE_MEETING).get(11))
        .isEqualTo(Heatmap.Cell.HELD);
  }

  @Test
  void aBranchWithoutACommitteeHasNoCommitteeMeetingRow() {
    // 南街镇初级中学党支部 has no committee, so no rule requires it to hold 支委会.
    OrganisationId nanjie = SampleCounty.dataset().organisations().stream().filter(o -> o.name().equals("清河县南街镇初级中学党支部"))
        .map(Organisation::id).findFirst().orElseThrow();
    assertThat(Heatmap.of(SampleCounty.dataset(), report(LocalDate.of(2024, 12, 20)).figures().report, nanjie))
        .extracting(Heatmap.Row::type).doesNotContain(ActivityType.BRANCH_COMMITTEE_MEETING).contains(ActivityType.BRANCH_GENERAL_MEETING);
  }

  @Test
  void theSameInputGivesTheSameBytes() {
    DemoReport again = DemoReport.of(SampleCounty.dataset(), RuleSetRegistry.standard().resolve("county-first-topic",
        LocalDate.of(2024, 12, 20)), LocalDate.of(2024, 12, 20));
    assertThat(again.html(ZH)).isEqualTo(report(LocalDate.of(2024, 12, 20)).html(ZH));
    assertThat(again.text(EN)).isEqualTo(report(LocalDate.of(2024, 12, 20)).text(EN));
  }

  @Test
  void textIsEscapedInContentAndAttributes() {
    assertThat(Html.escape("<a href=\"x\">'&'</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    assertThat(new Html().element("td", "1 < 2", "title", "\"q\"").toString()).isEqualTo("<td title=\"&quot;q&quot;\">1 &lt; 2</td>");
  }

  @Test
  void eachSchoolsGovernanceIsShownWithItsDocumentsAndFindings() throws Exception {
    DemoReport report = report(LocalDate.of(2024, 12, 20));
    String text = report.text(ZH);
    // 10 run a Party-led model (a vocational centre and a kindergarten's pilot among them); 城关第二小学 lacks its list
    // of powers, 东关初级中学 has all four but one late: 8 complete, of 28 schools and kindergartens.
    assertThat(text).contains("学校治理：实行党组织领导的校长（园长）负责制 10 所，其中四项制度文件齐备 8 所；学校和幼儿园共 28 所\n");
    // 城关第二小学: its principal retired in July (vacant), its list of powers missing: two findings.
    assertThat(line(text, "  清河县城关第二小学 ")).matches("\\s+清河县城关第二小学\\s+小学\\s+公办\\s+党组织领导的校长负责制 2024-09-01\\s+空缺"
        + "\\s+3/4 缺权责清单\\s+2");
    assertThat(line(text, "  清河县城关第一小学 ")).matches(".*\\s非党员\\s+4/4\\s+1");
    assertThat(line(text, "  清河县东关初级中学 ")).matches(".*\\s王浩鹏\\s+4/4\\s+1");
    assertThat(line(text, "  清河县第一幼儿园 ")).contains("党组织领导的园长负责制（试点） 2024-03-01").matches(".*\\s0/4\\s+0");
    assertThat(line(text, "  清河县北坪镇白杨林小学 ")).contains("公办·非独立法人");
    assertThat(line(text, "  清河县育才学校 ")).contains("民办学校", "民办", "董事会领导的校长负责制");
    assertThat(text.lines().filter(l -> l.matches("  \\S+(学校|小学|中学|幼儿园|中心)\\s+\\S+\\s+(公办|民办).*\\d/4.*"))).hasSize(28);
    // The page: one row per school, red where a governance rule found something (the register's four, the leadership
    // team's six, in nine schools), green where the model has its four documents and nothing was found.
    Document page = parse(report.html(EN));
    assertThat(count(page, "//table[tr/th[.='Documents adopted']]/tr[td]")).isEqualTo(28);
    assertThat(count(page, "//table[tr/th[.='Documents adopted']]/tr[@class='flagged']")).isEqualTo(9);
    assertThat(count(page, "//table[tr/th[.='Documents adopted']]/tr[@class='complete']")).isEqualTo(2);
  }

  @Test
  void eachLeadersReportIsShownWithItsRatersAndTheTextListsThoseBelowTheBestGrade() throws Exception {
    DemoReport report = report(LocalDate.of(2024, 12, 20));
    String text = report.text(ZH);
    // Every secretary on the year's last day, and every head of a school with a recorded team: 32 cards.
    assertThat(text).contains("书记抓党建述职和校长述职述廉评议 · secretary-report@2024.2 · 共 32 人：好 27 · 较好 4 · 一般 0 · 差 1\n");
    // 实验小学's principal made no 述职述廉 and was rated by nobody: 0, 差, last.
    assertThat(line(text, "    32  廖丹晶")).matches("\\s+32\\s+廖丹晶\\s+清河县实验小学党支部\\s+未述职\\s+—\\s+0\\.00\\s+差");
    // 东关初级中学's secretary is its principal too: one card with both reports, its members and teachers added up.
    assertThat(line(text, "    30  王浩鹏")).contains("抓基层党建工作述职 12-16、述职述廉 12-18", "党员 16 · 党外教师 28", "85.68", "较好");
    // 南街镇中心小学's report was not rated: the members' ratings one by one still count.
    assertThat(line(text, "    28  周静丹")).contains("抓基层党建工作述职 12-16", "党员 5 ", "88.00");
    assertThat(text.lines().filter(l -> l.matches("\\s+\\d+\\s+\\S+\\s+\\S+\\s+(抓基层党建工作述职|述职述廉|未述职).*"))).hasSize(5);
    // The page lists every card: green for 好, red for the one without a rating.
    Document page = parse(report.html(EN));
    assertThat(count(page, "//table[tr/th[.='Reports given']]/tr[td]")).isEqualTo(32);
    assertThat(count(page, "//table[tr/th[.='Reports given']]/tr[@class='complete']")).isEqualTo(27);
    assertThat(count(page, "//table[tr/th[.='Reports given']]/tr[@class='flagged']")).isEqualTo(1);
    assertThat(count(page, "//table[tr/th[.='Reports given']]/tr[td[.='林一凡'] and td[.='93.44']]")).as("a principal who is not a member")
        .isEqualTo(1);
  }

  @Test
  void theBureausSpotChecksAndEveryCorrectionAreShownWithTheirStateOnTheDay() throws Exception {
    DemoReport report = report(LocalDate.of(2024, 12, 20));
    String text = report.text(ZH);
    // 西河东岭片区's first-half check came on 2024-07-01; 南街镇初级中学 had none in the second half.
    assertThat(text).contains("督查整改：对 16 个学校党组织的抽查考核，上半年覆盖 15 个，下半年至今覆盖 15 个；整改事项 7 项\n");
    assertThat(text).containsPattern("清河县南街镇中心小学党支部\\s+党员积分未按季度公示\\s+sc-2024h1-nj #1\\s+2024-09-30\\s+逾期未整改\\s+—\n");
    assertThat(text).as("closed on its deadline: in time").containsPattern("支部委员会会议记录要素不全\\s+sc-2024h1-cg2 #1\\s+2024-07-31\\s+已销号\\s+2024-07-31");
    assertThat(text).containsPattern("党员党费欠缴\\s+规则查出的问题\\s+2024-08-31\\s+已销号\\s+2024-08-30");
    // Before 第一中学's correction was opened (2024-12-20), six; on 2024-08-25, 东关's first is still overdue.
    assertThat(report(LocalDate.of(2024, 8, 25)).text(ZH)).contains("整改事项 6 项")
        .containsPattern("三重一大事项会前沟通未留记录\\s+sc-2024h1-dgcz #1\\s+2024-07-31\\s+逾期销号\\s+2024-08-20");
    Document page = parse(report.html(EN));
    assertThat(count(page, "//table[tr/th[.='To correct']]/tr[td]")).isEqualTo(7);
    assertThat(count(page, "//table[tr/th[.='To correct']]/tr[@class='flagged']")).as("overdue, closed late").isEqualTo(2);
    assertThat(count(page, "//table[tr/th[.='To correct']]/tr[@class='complete']")).isEqualTo(4);
  }

  private static String line(String text, String start) {
    return text.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError("no line " + start));
  }
}
