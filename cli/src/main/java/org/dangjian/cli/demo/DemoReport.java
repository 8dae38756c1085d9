package org.dangjian.cli.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.dangjian.cli.render.Messages;
import org.dangjian.cli.render.TextTable;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.rules.Finding;
import org.dangjian.rules.FindingMessages;
import org.dangjian.rules.OrganisationSummary;
import org.dangjian.rules.RuleSet;
import org.dangjian.rules.Severity;
import org.dangjian.scoring.SchemeRegistry;
import org.dangjian.scoring.ScoreCard;

/**
 * The demo's year at a glance: a dataset evaluated for the year under a rule set as of a day, and
 * scored with the year-end appraisal ({@code year-end-appraisal}), the branch stars ({@code branch-stars}),
 * the organisation ranking ({@code organisation-ranking}) and the rating of the leaders' yearly reports
 * ({@code secretary-report}, 述职评议). {@link #text} summarises it for a
 * terminal; {@link #html} writes a self-contained page — no scripts, no external styles, fonts or
 * images — whose charts are SVG drawn here: a heatmap per branch of months × kinds of activity,
 * compliance rates by organisation, grade distributions against their quotas, and the due calendar.
 */
public final class DemoReport {
  private static final String HELD_COLOUR = "#2e7d32";
  private static final String MISSED_COLOUR = "#c62828";
  private static final String DUE_COLOUR = "#f9a825";
  private static final String NOT_REQUIRED_COLOUR = "#e8eaed";
  private static final String NOT_YET_COLOUR = "#ffffff";

  private final DemoFigures figures;

  private DemoReport(DemoFigures figures) {
    this.figures = figures;
  }

  /**
   * Evaluates and scores the year of {@code asOf}.
   *
   * @param dataset the dataset
   * @param ruleSet the resolved rule set
   * @param asOf the day of evaluation: periods ending after it are due, not missed
   * @return the report
   */
  public static DemoReport of(Dataset dataset, RuleSet ruleSet, LocalDate asOf) {
    SchemeRegistry schemes = SchemeRegistry.standard();
    return new DemoReport(new DemoFigures(dataset, ruleSet, schemes.resolve("year-end-appraisal", asOf),
        schemes.resolve("branch-stars", asOf), schemes.resolve("organisation-ranking", asOf), schemes.resolve("secretary-report", asOf),
        asOf));
  }

  /** @return the figures, for tests in this package */
  DemoFigures figures() {
    return figures;
  }

  /**
   * @param messages the texts, in the reader's language
   * @return the summary for a terminal, ending with a line break
   */
  public String text(Messages messages) {
    DemoFigures f = figures;
    StringBuilder out = new StringBuilder();
    out.append(messages.get("demo.rules", f.report.ruleSet(), String.join(" → ", f.ruleSet.chain()), f.year, f.asOf)).append('\n');
    out.append(severities(messages)).append("\n\n");

    out.append(messages.get("demo.branches")).append('\n');
    TextTable table = new TextTable(false, true, true, true, true, true, false);
    table.row(messages.get("demo.branches.columns").split("\\|"));
    for (Organisation branch : f.branches()) {
      OrganisationSummary s = f.summary(branch);
      table.row(branch.name(), String.valueOf(members(branch)), String.valueOf(s.subtreeRequired()), String.valueOf(s.subtreeHeld()),
          s.subtreeRate().map(Html::percent).orElse(messages.get("none")), String.valueOf(s.subtreeFindings()),
          f.starsOf(branch).flatMap(c -> messages.grade(f.stars.scheme(), c)).orElse(messages.get("none")));
    }
    out.append(table.render(2)).append('\n');

    out.append(schoolsTitle(messages)).append('\n');
    TextTable schools = new TextTable(false, false, false, false, false, false, true);
    schools.row(messages.get("demo.schools.columns").split("\\|"));
    for (DemoFigures.SchoolStatus school : f.schools()) {
      schools.row(schoolRow(school, messages).toArray(String[]::new));
    }
    out.append(schools.render(2)).append('\n');

    out.append(reportsTitle(messages)).append('\n');
    TextTable leaders = new TextTable(true, false, false, false, false, true, false);
    leaders.row(messages.get("demo.reports.columns").split("\\|"));
    String best = f.reports.scheme().grades().get(0).grade();
    for (DemoFigures.LeaderReport leader : f.leaderReports()) {
      if (!leader.card().grade().orElse("").equals(best)) {
        leaders.row(leaderRow(leader, messages).toArray(String[]::new));
      }
    }
    out.append(leaders.render(2)).append('\n');

    DemoFigures.Supervision supervision = f.supervision();
    out.append(supervisionTitle(supervision, messages)).append('\n');
    TextTable corrections = new TextTable(false, false, false, false, false, false);
    corrections.row(messages.get("demo.corrections.columns").split("\\|"));
    for (org.dangjian.core.supervision.Correction correction : supervision.corrections()) {
      corrections.row(correctionRow(correction, messages).toArray(String[]::new));
    }
    out.append(corrections.render(2)).append('\n');

    out.append(lettersTitle(messages)).append('\n');
    TextTable letters = new TextTable(false, true, false);
    letters.row(messages.get("demo.letters.columns").split("\\|"));
    for (org.dangjian.scoring.LetterAttainment letter : f.letters) {
      if (letter.attainment().compareTo(BigDecimal.ONE) < 0) {
        letters.row(figures.name(letter.letter().to()), Html.percent(letter.attainment()), shortfalls(letter, messages));
      }
    }
    out.append(letters.render(2)).append('\n');

    out.append(statisticsLine(messages)).append("\n\n");

    List<Finding> serious = f.bySeverity();
    int shown = Math.min(DemoFigures.SERIOUS_FINDINGS_SHOWN, serious.size());
    out.append(messages.get("demo.serious", serious.size(), shown, f.ruleSet.id())).append('\n');
    serious.subList(0, shown).forEach(finding -> out.append("  ").append(FindingMessages.describe(finding, messages.locale())).append('\n'));
    out.append('\n');

    for (DemoFigures.Scored scored : List.of(f.appraisal, f.stars)) {
      long graded = scored.board().cards().stream().filter(ScoreCard::graded).count();
      out.append(messages.get("demo.grades", scored.scheme().title(), scored.scheme(), graded)).append('\n');
      TextTable grades = new TextTable(false, true, false);
      for (DemoFigures.GradeCount count : scored.distribution()) {
        grades.row(messages.label(count.band().labels()), String.valueOf(count.count()),
            count.limit().map(limit -> messages.get("demo.quota", Html.share(count.share().orElseThrow()), limit)).orElse(""));
      }
      out.append(grades.render(2)).append('\n');
    }

    List<ScoreCard> bottom = f.ranking.board().bottomRanked();
    out.append(messages.get("demo.bottom", f.ranking.scheme().title(), bottom.isEmpty() ? messages.get("none")
        : String.join("、", bottom.stream().map(c -> c.name() + " (" + c.total().toPlainString() + ")").toList()))).append("\n\n");

    out.append(messages.get("demo.due", f.asOf, f.report.due().size())).append('\n');
    TextTable due = new TextTable(false, false, true, false);
    for (DemoFigures.DueGroup group : f.dueGroups()) {
      List<String> names = group.organisations().stream().map(Organisation::name).toList();
      due.row(group.deadline().toString(), messages.label(group.type()),
          messages.get("demo.due.organisations", names.size()),
          names.size() <= 2 ? String.join("、", names) : messages.get("demo.due.andMore", names.get(0) + "、" + names.get(1)));
    }
    out.append(due.render(2));
    return out.toString();
  }

  /**
   * @param messages the texts, in the reader's language
   * @return a complete HTML page, UTF-8, with its styles inline and its charts as SVG
   */
  public String html(Messages messages) {
    DemoFigures f = figures;
    Html page = new Html();
    page.raw("<!DOCTYPE html>").newline();
    page.open("html", "lang", english(messages) ? "en" : "zh-CN").newline();
    page.open("head").raw("<meta charset=\"utf-8\"/>").newline();
    page.element("title", messages.get("demo.html.title", f.dataset.region().name(), f.year)).newline();
    page.open("style").raw(STYLE).close("style").newline().close("head").newline();
    page.open("body").newline();
    page.element("h1", messages.get("demo.html.title", f.dataset.region().name(), f.year));
    page.element("p", messages.get("demo.rules", f.report.ruleSet(), String.join(" → ", f.ruleSet.chain()), f.year, f.asOf),
        "class", "sub").newline();
    keyFigures(page, messages);

    section(page, messages.get("demo.html.rates"), messages.get("demo.html.rates.note"));
    page.raw(rateChart(messages)).newline();

    section(page, messages.get("demo.html.heatmaps"), messages.get("demo.html.heatmaps.note"));
    page.raw(legend(messages)).newline();
    page.open("div", "class", "grid").newline();
    for (Organisation branch : f.branches()) {
      page.open("figure").element("figcaption", branch.name());
      page.raw(heatmap(branch, messages)).close("figure").newline();
    }
    page.close("div").newline();

    section(page, messages.get("demo.html.grades"), messages.get("demo.html.grades.note"));
    page.open("div", "class", "grid").newline();
    for (DemoFigures.Scored scored : List.of(f.appraisal, f.stars)) {
      page.open("figure").element("figcaption", scored.scheme().title() + " · " + scored.scheme());
      page.raw(gradeChart(scored, messages)).close("figure").newline();
    }
    page.close("div").newline();

    section(page, schoolsTitle(messages), messages.get("demo.html.schools.note"));
    header(page, messages.get("demo.schools.columns").split("\\|"));
    for (DemoFigures.SchoolStatus school : f.schools()) {
      page.open("tr", "class", school.findings() > 0 ? "flagged" : school.complete() ? "complete" : "plain");
      List<String> cells = schoolRow(school, messages);
      for (int i = 0; i < cells.size(); i++) {
        if (i == cells.size() - 1) {
          page.element("td", cells.get(i), "class", "num");
        } else {
          page.element("td", cells.get(i));
        }
      }
      page.close("tr").newline();
    }
    page.close("table").newline();

    section(page, reportsTitle(messages), messages.get("demo.html.reports.note"));
    header(page, messages.get("demo.reports.columns").split("\\|"));
    String best = f.reports.scheme().grades().get(0).grade();
    for (DemoFigures.LeaderReport leader : f.leaderReports()) {
      boolean unrated = leader.card().total().signum() == 0;
      page.open("tr", "class", unrated ? "flagged" : leader.card().grade().orElse("").equals(best) ? "complete" : "plain");
      List<String> cells = leaderRow(leader, messages);
      for (int i = 0; i < cells.size(); i++) {
        if (i == 0 || i == 5) {
          page.element("td", cells.get(i), "class", "num");
        } else {
          page.element("td", cells.get(i));
        }
      }
      page.close("tr").newline();
    }
    page.close("table").newline();

    DemoFigures.Supervision supervision = f.supervision();
    section(page, supervisionTitle(supervision, messages), messages.get("demo.html.corrections.note"));
    header(page, messages.get("demo.corrections.columns").split("\\|"));
    for (org.dangjian.core.supervision.Correction correction : supervision.corrections()) {
      org.dangjian.core.supervision.CorrectionStatus status = correction.statusOn(f.asOf);
      page.open("tr", "class", status == org.dangjian.core.supervision.CorrectionStatus.CLOSED ? "complete"
          : status == org.dangjian.core.supervision.CorrectionStatus.OPEN ? "plain" : "flagged");
      correctionRow(correction, messages).forEach(cell -> page.element("td", cell));
      page.close("tr").newline();
    }
    page.close("table").newline();

    section(page, lettersTitle(messages), messages.get("demo.html.letters.note"));
    header(page, messages.get("demo.html.letters.columns").split("\\|"));
    for (org.dangjian.scoring.LetterAttainment letter : f.letters) {
      boolean short_ = letter.count(org.dangjian.scoring.LetterAttainment.Status.MISSED) > 0
          || letter.count(org.dangjian.scoring.LetterAttainment.Status.NO_VALUE) > 0;
      page.open("tr", "class", letter.attainment().compareTo(BigDecimal.ONE) == 0 ? "complete" : short_ ? "flagged" : "plain");
      page.element("td", figures.name(letter.letter().to()));
      page.element("td", letter.template());
      page.element("td", Html.percent(letter.attainment()), "class", "num");
      page.element("td", shortfalls(letter, messages));
      page.close("tr").newline();
    }
    page.close("table").newline();

    section(page, statisticsLine(messages), messages.get("demo.html.statistics.note"));
    org.dangjian.core.statistics.StatisticsReport now = f.statistics;
    page.open("div", "class", "grid").newline();
    page.open("figure").element("figcaption", messages.label(now.table("members-by-gender-and-age").labels()));
    page.raw(StatisticsCharts.pyramid(now.table("members-by-gender-and-age"), now.table("members-by-age"), messages)).close("figure").newline();
    page.open("figure").element("figcaption", messages.label(now.table("members-by-gender-and-standing").labels()));
    page.raw(StatisticsCharts.pyramid(now.table("members-by-gender-and-standing"), now.table("members-by-standing"), messages))
        .close("figure").newline();
    for (String table : List.of("members-by-category", "activities-by-type")) {
      page.open("figure").element("figcaption", messages.label(now.table(table).labels()) + " · "
          + messages.get("demo.html.statistics.change", f.lastYear.year()));
      page.raw(StatisticsCharts.bars(now.table(table), f.lastYear.table(table), messages)).close("figure").newline();
    }
    page.close("div").newline();

    section(page, messages.get("demo.html.ranking"), messages.get("demo.html.ranking.note"));
    rankingTable(page, messages);

    section(page, messages.get("demo.html.findings"), severities(messages));
    findingsTable(page, messages);

    section(page, messages.get("demo.due", f.asOf, f.report.due().size()), messages.get("demo.html.due.note"));
    page.raw(calendar(messages)).newline();
    dueTable(page, messages);

    page.element("p", messages.get("demo.html.footer"), "class", "sub").newline();
    page.close("body").newline().close("html").newline();
    return page.toString();
  }

  private String severities(Messages messages) {
    List<String> parts = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      parts.add(severity.label(messages.locale()) + " " + figures.count(severity));
    }
    return messages.get("demo.findings", String.join(" · ", parts));
  }

  private void keyFigures(Html page, Messages messages) {
    DemoFigures f = figures;
    long members = f.dataset.members().stream().filter(m -> m.factsOn(f.asOf).status().isMember()).count();
    Optional<BigDecimal> rate = f.dataset.tree().roots().stream().findFirst()
        .flatMap(root -> f.report.summaryOf(root.id())).flatMap(OrganisationSummary::subtreeRate);
    page.open("div", "class", "keys").newline();
    key(page, String.valueOf(f.branches().size()), messages.get("demo.html.key.branches"));
    key(page, String.valueOf(members), messages.get("demo.html.key.members"));
    key(page, rate.map(Html::percent).orElse(messages.get("none")), messages.get("demo.html.key.rate"));
    for (Severity severity : Severity.values()) {
      key(page, String.valueOf(f.count(severity)), severity.label(messages.locale()));
    }
    key(page, String.valueOf(f.report.due().size()), messages.get("demo.html.key.due"));
    page.close("div").newline();
  }

  private static void key(Html page, String figure, String label) {
    page.open("div", "class", "key").element("b", figure).element("span", label).close("div").newline();
  }

  private static void section(Html page, String title, String note) {
    page.element("h2", title).newline().element("p", note, "class", "sub").newline();
  }

  /** Horizontal bars: every organisation above the groups with requirements, its rolled-up rate. */
  private String rateChart(Messages messages) {
    DemoFigures f = figures;
    List<Organisation> organisations = f.dataset.tree().organisations().stream()
        .filter(o -> o.kind() != OrganisationKind.GROUP && o.existsOn(f.asOf) && f.summary(o).subtreeRequired() > 0).toList();
    int labelWidth = 300;
    int barWidth = 660;
    int rowHeight = 22;
    int height = organisations.size() * rowHeight + 30;
    Html svg = new Html();
    svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", labelWidth + barWidth + 130, "height", height,
        "role", "img", "aria-label", messages.get("demo.html.rates"));
    for (int tick = 0; tick <= 100; tick += 25) {
      int x = labelWidth + barWidth * tick / 100;
      svg.empty("line", "x1", x, "y1", 0, "x2", x, "y2", height - 20, "stroke", "#c0c4c8", "stroke-dasharray", "2,3");
      svg.element("text", tick + "%", "x", x, "y", height - 6, "text-anchor", "middle", "class", "tick");
    }
    int y = 0;
    for (Organisation organisation : organisations) {
      OrganisationSummary s = f.summary(organisation);
      BigDecimal rate = s.subtreeRate().orElse(BigDecimal.ZERO);
      int width = rate.multiply(BigDecimal.valueOf(barWidth)).intValue();
      String colour = rate.compareTo(new BigDecimal("0.95")) >= 0 ? HELD_COLOUR
          : rate.compareTo(new BigDecimal("0.85")) >= 0 ? DUE_COLOUR : MISSED_COLOUR;
      int indent = 12 * (f.dataset.tree().depth(organisation.id()));
      svg.element("text", organisation.name(), "x", indent, "y", y + 15, "class", "label");
      svg.open("rect", "x", labelWidth, "y", y + 4, "width", width, "height", rowHeight - 8, "fill", colour)
          .element("title", organisation.name() + ": " + s.subtreeHeld() + " / " + s.subtreeRequired()).close("rect");
      svg.element("text", Html.percent(rate) + "  (" + s.subtreeHeld() + "/" + s.subtreeRequired() + ")",
          "x", labelWidth + width + 6, "y", y + 15, "class", "value");
      y += rowHeight;
    }
    return svg.close("svg").toString();
  }

  private static String legend(Messages messages) {
    Html svg = new Html();
    Heatmap.Cell[] cells = Heatmap.Cell.values();
    svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", 1100, "height", 24, "role", "img", "aria-label",
        messages.get("demo.html.legend"));
    int x = 0;
    for (Heatmap.Cell cell : cells) {
      svg.empty("rect", "x", x, "y", 4, "width", 16, "height", 16, "fill", colour(cell), "stroke", "#9aa0a6");
      String text = messages.get(cell.key());
      svg.element("text", text, "x", x + 22, "y", 17, "class", "label");
      x += 40 + 12 * text.length();
    }
    return svg.close("svg").toString();
  }

  private static String colour(Heatmap.Cell cell) {
    return switch (cell) {
      case HELD -> HELD_COLOUR;
      case MISSED -> MISSED_COLOUR;
      case DUE -> DUE_COLOUR;
      case NOT_REQUIRED -> NOT_REQUIRED_COLOUR;
      case NOT_YET -> NOT_YET_COLOUR;
    };
  }

  /** Months across, kinds of activity down; the count held in each held cell. */
  private String heatmap(Organisation branch, Messages messages) {
    List<Heatmap.Row> rows = Heatmap.of(figures.dataset, figures.report, branch.id());
    int labelWidth = english(messages) ? 190 : 110;
    int cell = 20;
    Html svg = new Html();
    svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", labelWidth + 12 * cell + 2, "height", (rows.size() + 1) * cell + 4,
        "role", "img", "aria-label", branch.name());
    for (int month = 1; month <= 12; month++) {
      svg.element("text", String.valueOf(month), "x", labelWidth + (month - 1) * cell + cell / 2, "y", 15, "text-anchor", "middle",
          "class", "tick");
    }
    int y = cell;
    for (Heatmap.Row row : rows) {
      String type = messages.label(row.type().labels());
      svg.element("text", type, "x", 0, "y", y + 14, "class", "label");
      for (int month = 1; month <= 12; month++) {
        Heatmap.Cell state = row.cells().get(month - 1);
        int held = row.held().get(month - 1);
        int x = labelWidth + (month - 1) * cell;
        svg.open("rect", "x", x + 1, "y", y + 1, "width", cell - 2, "height", cell - 2, "fill", colour(state), "stroke", "#9aa0a6",
            "stroke-width", "0.5", "class", "cell " + state.name().toLowerCase(java.util.Locale.ROOT))
            .element("title", YearMonth.of(figures.year, month) + " " + type + ": " + messages.get(state.key())
                + (held > 0 ? " ×" + held : ""))
            .close("rect");
        if (held > 1) {
          svg.element("text", String.valueOf(held), "x", x + cell / 2, "y", y + 14, "text-anchor", "middle", "class", "count");
        }
      }
      y += cell;
    }
    return svg.close("svg").toString();
  }

  /** A bar per grade, best first, with the quota's limit as a dashed line across its bar. */
  private static String gradeChart(DemoFigures.Scored scored, Messages messages) {
    List<DemoFigures.GradeCount> counts = scored.distribution();
    int max = counts.stream().mapToInt(c -> Math.max(c.count(), c.limit().orElse(0))).max().orElse(1);
    int plot = 220;
    int barWidth = 70;
    int gap = 30;
    int width = counts.size() * (barWidth + gap) + gap;
    Html svg = new Html();
    svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", width, "height", plot + 60, "role", "img",
        "aria-label", scored.scheme().title());
    svg.empty("line", "x1", 0, "y1", plot + 20, "x2", width, "y2", plot + 20, "stroke", "#5f6368");
    int x = gap;
    for (DemoFigures.GradeCount count : counts) {
      int height = max == 0 ? 0 : count.count() * plot / max;
      svg.open("rect", "x", x, "y", plot + 20 - height, "width", barWidth, "height", height, "fill", "#1a73e8")
          .element("title", messages.label(count.band().labels()) + ": " + count.count()).close("rect");
      // The count inside a bar tall enough to hold it, so that the quota's label above the line stays clear.
      boolean inside = height >= 18;
      svg.element("text", String.valueOf(count.count()), "x", x + barWidth / 2, "y", inside ? plot + 34 - height : plot + 15 - height,
          "text-anchor", "middle", "class", inside ? "count" : "value");
      svg.element("text", messages.label(count.band().labels()), "x", x + barWidth / 2, "y", plot + 40, "text-anchor", "middle",
          "class", "label");
      if (count.limit().isPresent()) {
        int limitY = plot + 20 - count.limit().get() * plot / max;
        svg.empty("line", "x1", x - 8, "y1", limitY, "x2", x + barWidth + 8, "y2", limitY, "stroke", MISSED_COLOUR,
            "stroke-width", 2, "stroke-dasharray", "5,3", "class", "quota");
        svg.element("text", messages.get("demo.quota.short", Html.share(count.share().orElseThrow()), count.limit().get()),
            "x", x + barWidth / 2, "y", limitY - 4, "text-anchor", "middle", "class", "quota-label");
      }
      x += barWidth + gap;
    }
    return svg.close("svg").toString();
  }

  /** The schools' governance in one line: how many run the Party-led model, how many with their documents. */
  private String schoolsTitle(Messages messages) {
    List<DemoFigures.SchoolStatus> schools = figures.schools();
    return messages.get("demo.schools", schools.stream().filter(DemoFigures.SchoolStatus::partyLed).count(),
        schools.stream().filter(DemoFigures.SchoolStatus::complete).count(), schools.size());
  }

  /** A school's row: name, kind, ownership, model, principal, documents, governance findings. */
  private static List<String> schoolRow(DemoFigures.SchoolStatus school, Messages messages) {
    var unit = school.unit();
    String ownership = messages.label(unit.ownership().labels()) + (unit.legalPerson() ? "" : "·" + messages.get("demo.schools.notLegalPerson"));
    String model = school.governance().map(g -> messages.label(g.model().labels()) + (g.pilot() ? "（" + messages.get("demo.schools.pilot") + "）" : "")
        + " " + g.since()).orElse(messages.get("none"));
    int required = org.dangjian.core.governance.GovernanceDocumentKind.requiredByTheReform().size();
    int adopted = required - school.missing().size();
    String documents = adopted + "/" + required + (adopted == 0 || adopted == required ? ""
        : " " + messages.get("demo.schools.documentsMissing", String.join("、", school.missing().stream().map(k -> messages.label(k.labels())).toList())));
    String head = !school.teamRecorded() ? messages.get("none") : school.head().isEmpty() ? messages.get("demo.schools.vacant")
        : school.headMember().orElseGet(() -> messages.get("demo.schools.nonMember"));
    return List.of(unit.name(), messages.label(unit.kind().labels()), ownership, model, head, documents, String.valueOf(school.findings()));
  }

  /** The leaders' reports in one line: the scheme, how many leaders, how many of each grade. */
  private String reportsTitle(Messages messages) {
    DemoFigures.Scored reports = figures.reports;
    List<String> grades = new ArrayList<>();
    for (DemoFigures.GradeCount count : reports.distribution()) {
      grades.add(messages.label(count.band().labels()) + " " + count.count());
    }
    return messages.get("demo.reports", reports.scheme().title(), reports.scheme(), reports.board().cards().size(), String.join(" · ", grades));
  }

  /** A leader's row: rank, name, organisation, the reports given, the raters by group, score, grade. */
  private List<String> leaderRow(DemoFigures.LeaderReport leader, Messages messages) {
    ScoreCard card = leader.card();
    String given = leader.reports().isEmpty() ? messages.get("demo.reports.none") : String.join("、", leader.reports().stream()
        .map(r -> messages.label(r.kind().labels()) + " " + r.date().toString().substring(5)).toList());
    List<String> raters = new ArrayList<>();
    for (org.dangjian.core.governance.RaterGroup group : org.dangjian.core.governance.RaterGroup.values()) {
      int count = leader.raters(group);
      if (count > 0) {
        raters.add(messages.label(group.labels()) + " " + count);
      }
    }
    return List.of(card.rank().map(String::valueOf).orElse("-"), card.name(), figures.name(card.organisation()), given,
        raters.isEmpty() ? messages.get("none") : String.join(" · ", raters), card.total().toPlainString(),
        messages.grade(figures.reports.scheme(), card).orElse(messages.get("none")));
  }

  /** The bureau's supervision in one line: the spot checks' coverage each half-year, the corrections by state. */
  private static String supervisionTitle(DemoFigures.Supervision supervision, Messages messages) {
    return messages.get("demo.supervision", supervision.checked().get(0), supervision.checked().get(1), supervision.schools(),
        supervision.corrections().size());
  }

  /** The year's statistics in one line: members against the year before, the flows, the pipeline. */
  private String statisticsLine(Messages messages) {
    org.dangjian.core.statistics.StatisticsReport now = figures.statistics;
    return messages.get("demo.statistics", now.asOf(), now.table("members-by-status").total(), figures.lastYear.table("members-by-status").total(),
        now.table("admissions-by-category").total(), now.table("transfers").count("transferred-in"), now.table("transfers").count("transferred-out"),
        now.table("pipeline").total());
  }

  /** The letters in one line: how many, how many attained in full, and the items short of their targets. */
  private String lettersTitle(Messages messages) {
    List<org.dangjian.scoring.LetterAttainment> letters = figures.letters;
    long full = letters.stream().filter(l -> l.attainment().compareTo(BigDecimal.ONE) == 0).count();
    return messages.get("demo.letters", letters.size(), full, count(org.dangjian.scoring.LetterAttainment.Status.MISSED),
        count(org.dangjian.scoring.LetterAttainment.Status.NOT_YET_DUE), count(org.dangjian.scoring.LetterAttainment.Status.NO_VALUE));
  }

  private long count(org.dangjian.scoring.LetterAttainment.Status status) {
    return figures.letters.stream().mapToLong(l -> l.count(status)).sum();
  }

  /** The items of a letter short of their targets, each with its status, or a dash for none. */
  private static String shortfalls(org.dangjian.scoring.LetterAttainment letter, Messages messages) {
    List<String> items = letter.items().stream().filter(i -> i.status() != org.dangjian.scoring.LetterAttainment.Status.ATTAINED)
        .map(i -> messages.label(i.item().labels()) + "（" + messages.label(i.status().labels()) + "）").toList();
    return items.isEmpty() ? messages.get("none") : String.join("、", items);
  }

  /** A correction's row: organisation, what, source, deadline, state, closed. */
  private List<String> correctionRow(org.dangjian.core.supervision.Correction correction, Messages messages) {
    String source = correction.inspection().map(i -> i.value() + " #" + correction.issue().orElseThrow())
        .orElseGet(() -> messages.get("demo.corrections.finding"));
    return List.of(figures.name(correction.organisation()), correction.title().orElse(messages.get("none")), source,
        correction.deadline().toString(), messages.label(correction.statusOn(figures.asOf).labels()),
        correction.closed().filter(d -> !d.isAfter(figures.asOf)).map(LocalDate::toString).orElse(messages.get("none")));
  }

  /** Opens a table and writes its header row. */
  private static void header(Html page, String... columns) {
    page.open("table").newline().open("tr");
    for (String column : columns) {
      page.element("th", column);
    }
    page.close("tr").newline();
  }

  private void rankingTable(Html page, Messages messages) {
    DemoFigures.Scored ranking = figures.ranking;
    boolean graded = !ranking.scheme().grades().isEmpty();
    List<String> columns = new ArrayList<>(List.of(messages.get("demo.html.ranking.columns").split("\\|")));
    if (!graded) {
      columns.remove(3);
    }
    header(page, columns.toArray(String[]::new));
    for (ScoreCard card : ranking.board().cards()) {
      boolean bottom = card.flags().contains(ScoreCard.Flag.BOTTOM_RANKED);
      page.open("tr", "class", bottom ? "bottom" : "ranked");
      page.element("td", card.rank().map(String::valueOf).orElse("-")).element("td", card.name())
          .element("td", card.total().toPlainString(), "class", "num");
      if (graded) {
        page.element("td", messages.grade(ranking.scheme(), card).orElse(messages.get("none")));
      }
      page.element("td", String.join(" ", card.flags().stream().map(ScoreCard.Flag::code).toList()));
      page.close("tr").newline();
    }
    page.close("table").newline();
  }

  private void findingsTable(Html page, Messages messages) {
    header(page, messages.get("demo.html.findings.columns").split("\\|"));
    for (Finding finding : figures.bySeverity()) {
      page.open("tr", "class", finding.severity().code());
      page.element("td", finding.severity().label(messages.locale())).element("td", finding.ruleId())
          .element("td", figures.name(finding.organisation()))
          .element("td", FindingMessages.message(finding, messages.locale())).element("td", finding.citation().toString());
      page.close("tr").newline();
    }
    page.close("table").newline();
  }

  /** Month grids from the day of evaluation to the last deadline; each deadline shows how many items fall due. */
  private String calendar(Messages messages) {
    DemoFigures f = figures;
    TreeMap<LocalDate, Integer> byDay = new TreeMap<>();
    f.report.due().forEach(item -> byDay.merge(item.deadline(), 1, Integer::sum));
    YearMonth first = YearMonth.from(f.asOf);
    YearMonth last = byDay.isEmpty() ? first : YearMonth.from(byDay.lastKey());
    int months = (int) Math.min(12, first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
    int cell = 30;
    int monthWidth = 7 * cell + 20;
    int perRow = 4;
    int rows = (months + perRow - 1) / perRow;
    int monthHeight = 7 * cell + 30;
    Html svg = new Html();
    svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", Math.min(months, perRow) * monthWidth, "height", rows * monthHeight,
        "role", "img", "aria-label", messages.get("demo.html.calendar"));
    String[] weekdays = messages.get("demo.html.weekdays").split("\\|");
    for (int i = 0; i < months; i++) {
      YearMonth month = first.plusMonths(i);
      int left = (i % perRow) * monthWidth;
      int top = (i / perRow) * monthHeight;
      svg.element("text", month.toString(), "x", left, "y", top + 14, "class", "label");
      for (int d = 0; d < 7; d++) {
        svg.element("text", weekdays[d], "x", left + d * cell + cell / 2, "y", top + 32, "text-anchor", "middle", "class", "tick");
      }
      int offset = month.atDay(1).getDayOfWeek().getValue() - 1;
      for (int day = 1; day <= month.lengthOfMonth(); day++) {
        LocalDate date = month.atDay(day);
        int slot = offset + day - 1;
        int x = left + (slot % 7) * cell;
        int y = top + 38 + (slot / 7) * cell;
        int due = byDay.getOrDefault(date, 0);
        String fill = due > 0 ? DUE_COLOUR : date.isAfter(f.asOf) ? NOT_YET_COLOUR : NOT_REQUIRED_COLOUR;
        svg.open("rect", "x", x + 1, "y", y + 1, "width", cell - 2, "height", cell - 2, "fill", fill, "stroke", "#9aa0a6",
            "stroke-width", "0.5", "class", due > 0 ? "deadline" : "day");
        svg.element("title", date + (due > 0 ? ": " + messages.get("demo.html.dueOn", due) : "")).close("rect");
        svg.element("text", due > 0 ? String.valueOf(due) : String.valueOf(day), "x", x + cell / 2, "y", y + 19, "text-anchor", "middle",
            "class", due > 0 ? "count" : "tick");
      }
    }
    return svg.close("svg").toString();
  }

  private void dueTable(Html page, Messages messages) {
    header(page, messages.get("demo.html.due.columns").split("\\|"));
    for (DemoFigures.DueGroup group : figures.dueGroups()) {
      page.open("tr").element("td", group.deadline().toString(), "class", "nowrap")
          .element("td", messages.label(group.type()), "class", "nowrap")
          .element("td", String.valueOf(group.organisations().size()), "class", "num")
          .element("td", String.join("、", group.organisations().stream().map(Organisation::name).toList()))
          .close("tr").newline();
    }
    page.close("table").newline();
  }

  private long members(Organisation branch) {
    return figures.dataset.membersOf(branch.id()).stream().filter(m -> m.factsOn(figures.asOf).status().isMember()).count();
  }

  private static boolean english(Messages messages) {
    return messages.locale().getLanguage().equals("en");
  }

  private static final String STYLE = """
      body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:24px auto;\
      max-width:1200px;color:#202124;background:#fff}
      h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 4px;border-bottom:1px solid #dadce0;padding-bottom:4px}
      .sub{color:#5f6368;margin:2px 0 10px;font-size:13px}
      .keys{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}
      .key{border:1px solid #dadce0;border-radius:8px;padding:8px 16px;min-width:110px}
      .key b{display:block;font-size:24px}.key span{color:#5f6368;font-size:13px}
      .grid{display:flex;flex-wrap:wrap;gap:8px 24px}
      figure{margin:8px 0}figcaption{font-size:14px;font-weight:bold;margin-bottom:4px}
      svg text{font-family:inherit}svg .label{font-size:12px}svg .tick{font-size:10px;fill:#5f6368}
      svg .value{font-size:11px}svg .count{font-size:11px;fill:#fff;font-weight:bold}svg .quota-label{font-size:11px;fill:#c62828}
      table{border-collapse:collapse;font-size:13px;margin:8px 0}th,td{border-bottom:1px solid #e8eaed;padding:4px 8px;text-align:left}
      th{background:#f1f3f4}td.num{text-align:right}td.nowrap,th{white-space:nowrap}
      tr.violation td:first-child{color:#c62828;font-weight:bold}tr.warning td:first-child{color:#b06000}
      tr.bottom td, tr.flagged td{background:#fce8e6}
      tr.complete td{background:#e6f4ea}
      """;
}
