package org.dangjian.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dangjian.cli.render.Messages;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.time.PeriodKind;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceDiff;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.Finding;
import org.dangjian.rules.FindingMessages;
import org.dangjian.rules.RuleSet;
import org.dangjian.scoring.BoardDiff;
import org.dangjian.scoring.ScoreCard;
import org.dangjian.scoring.ScoringEngine;
import org.dangjian.scoring.ScoringScheme;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dangjian diff}: the impact of a rule change on a dataset — findings added, removed and changed, and scores. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Evaluates a dataset under two rule sets (ids or files) and lists, organisation by organisation, the findings "
        + "the change adds (+), removes (-) and changes (~); with --scheme, also every score card whose total, grade, rank or "
        + "flags change.")
final class DiffCommand implements Callable<Integer> {

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--from", required = true, paramLabel = "ID|FILE", description = "The rule set before the change.")
  String from;

  @Option(names = "--to", required = true, paramLabel = "ID|FILE", description = "The rule set after the change.")
  String to;

  @Mixin
  SharedOptions.Data data;

  @Option(names = "--window", defaultValue = "2024", description = "The period evaluated (default: ${DEFAULT-VALUE}).")
  String window;

  @Option(names = "--scheme", paramLabel = "ID|FILE", description = "Also score the window's year with this scheme under both.")
  @Nullable String scheme;

  @Mixin
  SharedOptions.Language language;

  @Option(names = "--format", defaultValue = "text", description = "text (default) or json (dangjian/compliance-diff@1; 'dangjian schema diff').")
  String format;

  /** The schema tag of the JSON document. */
  static final String SCHEMA = "dangjian/compliance-diff@1";

  @Override
  public Integer call() {
    String chosen = Options.oneOf(spec, "--format", format, "text", "json");
    ReportingPeriod period = Options.period(spec, "--window", window);
    if (scheme != null && period.kind() != PeriodKind.YEAR) {
      throw new ParameterException(spec.commandLine(), "--scheme scores a year: give --window as a year, not " + period);
    }
    Messages messages = language.messages();
    Dataset dataset = data.read();
    RuleSet before = Inputs.ruleSet(from, period.end());
    RuleSet after = Inputs.ruleSet(to, period.end());
    ComplianceReport a = ComplianceEngine.evaluate(dataset, before, period, period.end());
    ComplianceReport b = ComplianceEngine.evaluate(dataset, after, period, period.end());
    ComplianceDiff diff = ComplianceDiff.between(a, b);
    // Scored once, with --scheme, for the text and the JSON alike.
    @Nullable ScoringScheme resolved = scheme == null ? null : Inputs.scheme(scheme, period.end());
    @Nullable BoardDiff cards = resolved == null ? null : BoardDiff.between(ScoringEngine.score(dataset, resolved, period.start().getYear(), a),
        ScoringEngine.score(dataset, resolved, period.start().getYear(), b));
    PrintWriter out = spec.commandLine().getOut();
    if (chosen.equals("json")) {
      out.print(Json.text(json(dataset, a, b, diff, period, resolved, cards)));
      return 0;
    }
    out.println(a.ruleSet() + " → " + b.ruleSet() + " · " + period);
    out.println(messages.get("diff.summary", diff.added().size(), diff.removed().size(), diff.changed().size()));
    out.print(findings(dataset, diff, messages.locale()));
    if (resolved != null && cards != null) {
      out.println();
      out.println(messages.get("diff.cards", resolved, cards.changes().size()));
      String unscored = messages.get("diff.notScored");
      cards.changes().forEach(c -> out.println("  " + c.subject() + " " + c.to().or(c::from).map(ScoreCard::name).orElse("") + ": "
          + c.from().map(DiffCommand::card).orElse(unscored) + " → " + c.to().map(DiffCommand::card).orElse(unscored)));
    }
    return 0;
  }

  /** @return the diff as {@code dangjian/compliance-diff@1}; with --scheme, the cards that move */
  private static com.fasterxml.jackson.databind.node.ObjectNode json(Dataset dataset, ComplianceReport a, ComplianceReport b,
      ComplianceDiff diff, ReportingPeriod period, @Nullable ScoringScheme resolved, @Nullable BoardDiff cards) {
    com.fasterxml.jackson.databind.node.ObjectNode document = org.dangjian.core.json.DangjianJson.mapper(
        org.dangjian.core.json.Syntax.JSON).createObjectNode();
    document.put("schema", SCHEMA).put("from", a.ruleSet()).put("to", b.ruleSet()).put("window", period.toString());
    java.util.function.Function<Finding, com.fasterxml.jackson.databind.JsonNode> named = f -> Json.withOrganisationName(
        (com.fasterxml.jackson.databind.node.ObjectNode) org.dangjian.rules.ComplianceReportFormat.finding(f), dataset);
    com.fasterxml.jackson.databind.node.ArrayNode added = document.putArray("added");
    diff.added().forEach(f -> added.add(named.apply(f)));
    com.fasterxml.jackson.databind.node.ArrayNode removed = document.putArray("removed");
    diff.removed().forEach(f -> removed.add(named.apply(f)));
    com.fasterxml.jackson.databind.node.ArrayNode changed = document.putArray("changed");
    diff.changed().forEach(c -> changed.addObject().<com.fasterxml.jackson.databind.node.ObjectNode>set("from", named.apply(c.from()))
        .set("to", named.apply(c.to())));
    if (resolved != null && cards != null) {
      document.put("scheme", resolved.id() + "@" + resolved.version());
      com.fasterxml.jackson.databind.node.ArrayNode list = document.putArray("cards");
      for (BoardDiff.CardChange change : cards.changes()) {
        com.fasterxml.jackson.databind.node.ObjectNode card = list.addObject().put("subject", change.subject());
        change.from().ifPresent(c -> card.set("from", org.dangjian.scoring.ScoreBoardFormat.card(c)));
        change.to().ifPresent(c -> card.set("to", org.dangjian.scoring.ScoreBoardFormat.card(c)));
      }
    }
    return document;
  }

  /** One line per finding, grouped under its organisation, organisations in tree order. */
  private static String findings(Dataset dataset, ComplianceDiff diff, Locale locale) {
    record Line(OrganisationId organisation, String text) {}
    List<Line> lines = new ArrayList<>();
    diff.added().forEach(f -> lines.add(new Line(f.organisation(), "  + " + FindingMessages.describe(f, locale))));
    diff.removed().forEach(f -> lines.add(new Line(f.organisation(), "  - " + FindingMessages.describe(f, locale))));
    diff.changed().forEach(c -> lines.add(new Line(c.to().organisation(), "  ~ " + changed(c, locale))));
    lines.sort(Comparator.comparing(Line::organisation, dataset.tree().pathOrder()));
    StringBuilder text = new StringBuilder();
    OrganisationId current = null;
    for (Line line : lines) {
      if (!line.organisation().equals(current)) {
        current = line.organisation();
        OrganisationId id = current;
        text.append('\n').append(dataset.organisation(id).map(o -> o.name() + " (" + id + ")").orElse(id.value())).append('\n');
      }
      text.append(line.text()).append('\n');
    }
    return text.toString();
  }

  private static String changed(ComplianceDiff.Change change, Locale locale) {
    Finding to = change.to();
    String severity = change.from().severity() == to.severity() ? to.severity().label(locale)
        : change.from().severity().label(locale) + "→" + to.severity().label(locale);
    String before = FindingMessages.message(change.from(), locale);
    String after = FindingMessages.message(to, locale);
    return "[" + severity + "] " + to.ruleId() + ": " + (before.equals(after) ? after : before + " → " + after);
  }

  private static String card(ScoreCard card) {
    return card.total().toPlainString() + " " + card.grade().orElse("-") + card.rank().map(r -> " #" + r).orElse("")
        + (card.flags().isEmpty() ? "" : " " + card.flags().stream().map(ScoreCard.Flag::code).toList());
  }
}
