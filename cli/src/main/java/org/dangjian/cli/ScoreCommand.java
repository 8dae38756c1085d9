package org.dangjian.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.dangjian.core.DangjianException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.RuleSet;
import org.dangjian.scoring.BlockScore;
import org.dangjian.scoring.LineItem;
import org.dangjian.scoring.ScoreBoard;
import org.dangjian.scoring.ScoreBoardFormat;
import org.dangjian.scoring.ScoreCard;
import org.dangjian.scoring.ScoringEngine;
import org.dangjian.scoring.ScoringScheme;
import org.dangjian.cli.render.Messages;
import org.dangjian.cli.render.TextTable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dangjian score}: scores a dataset (by default the sample county) with a scheme and prints the board or one card. */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = "Scores a dataset for a year with a scoring scheme (党员积分, 民主评议, 星级支部…) and prints the board, "
        + "one card with its line items, or the board as JSON.")
final class ScoreCommand implements Callable<Integer> {

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--scheme", defaultValue = "member-points", paramLabel = "ID|FILE",
      description = "The scheme: member-points (default), year-end-appraisal, branch-stars, secretary-report, organisation-ranking, "
          + "or a scheme file (which may extend one of them).")
  String scheme;

  @Option(names = "--year", defaultValue = "2024", description = "The year scored (default: ${DEFAULT-VALUE}).")
  int year;

  @Mixin
  SharedOptions.Rules rules;

  @Mixin
  SharedOptions.Data data;

  @Option(names = "--subject", paramLabel = "ID", description = "Print this member's or organisation's card with every line item.")
  @Nullable String subject;

  @Option(names = "--limit", defaultValue = "20", description = "Cards listed on the board, best first (default: ${DEFAULT-VALUE}; 0 for all).")
  int limit;

  @Mixin
  SharedOptions.Language language;

  @Option(names = "--format", defaultValue = "text", description = "text (default) or json (the whole board, dangjian/score-board@1).")
  String format;

  @Override
  public Integer call() {
    boolean json = Options.oneOf(spec, "--format", format, "text", "json").equals("json");
    LocalDate end = ReportingPeriod.year(year).end();
    ScoringScheme resolved = Inputs.scheme(scheme, end);
    RuleSet ruleSet = rules.resolve(end);
    Dataset dataset = data.read();
    Progress progress = Progress.of(spec);
    ComplianceReport report = progress.step("evaluating " + year + " under " + ruleSet.id(),
        () -> ComplianceEngine.evaluate(dataset, ruleSet, ReportingPeriod.year(year), end));
    ScoreBoard board = progress.step("scoring with " + resolved.id(), () -> ScoringEngine.score(dataset, resolved, year, report));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.print(ScoreBoardFormat.write(board, resolved));
    } else if (subject != null) {
      ScoreCard card = board.card(subject).orElseThrow(() -> new DangjianException(
          "no card for '" + subject + "' on the board of " + resolved + " for " + year + " (not a subject the scheme scores)"));
      out.print(card(card, resolved, language.messages()));
    } else {
      out.print(board(board, resolved, language.messages()));
    }
    return 0;
  }

  private String board(ScoreBoard board, ScoringScheme scheme, Messages messages) {
    StringBuilder text = new StringBuilder(messages.get("score.header", scheme.title(), scheme, board.year(), board.cards().size()))
        .append("\n\n");
    TextTable table = new TextTable(true, false, false, false, true, false, false).row(messages.get("score.columns").split("\\|"));
    List<ScoreCard> shown = limit > 0 && board.cards().size() > limit ? board.cards().subList(0, limit) : board.cards();
    for (ScoreCard card : shown) {
      table.row(card.rank().map(String::valueOf).orElse("-"), card.subject(), card.name(), card.organisation().value(),
          card.total().toPlainString(), grade(scheme, card, messages), String.join(" ", card.flags().stream().map(ScoreCard.Flag::code).toList()));
    }
    text.append(table.render(0));
    if (shown.size() < board.cards().size()) {
      text.append(messages.get("score.more", board.cards().size() - shown.size())).append('\n');
    }
    List<ScoreCard> bottom = board.bottomRanked();
    if (!bottom.isEmpty()) {
      text.append('\n').append(messages.get("score.bottom", String.join(", ", bottom.stream().map(c -> c.subject() + " " + c.name()).toList())))
          .append('\n');
    }
    return text.toString();
  }

  private static String card(ScoreCard card, ScoringScheme scheme, Messages messages) {
    StringBuilder text = new StringBuilder().append(card.subject()).append(' ').append(card.name()).append(" · ").append(scheme)
        .append(" · ").append(card.total().toPlainString()).append(" · ").append(grade(scheme, card, messages))
        .append(card.rank().map(r -> " · #" + r).orElse("")).append('\n');
    card.reasons().forEach(r -> text.append("  ! ").append(messages.label(r)).append('\n'));
    TextTable blocks = new TextTable(false, true, true, true);
    for (BlockScore block : card.blocks()) {
      String label = scheme.blocks().stream().filter(b -> b.id().equals(block.block())).findFirst().map(b -> messages.label(b.labels()))
          .orElse(block.block());
      blocks.row(label, plain(block.base()), signed(block.lines()), "= " + plain(block.score()));
    }
    text.append(blocks.render(2));
    TextTable lines = new TextTable(false, false, true, false);
    for (LineItem line : card.lines()) {
      String label = scheme.items().stream().filter(i -> i.id().equals(line.item())).findFirst().map(i -> messages.label(i.labels()))
          .orElse(line.item());
      lines.row(label, line.date().map(LocalDate::toString).orElse(""), signed(line.points()),
          line.evidence() + line.note().map(n -> " — " + messages.label(n)).orElse(""));
    }
    return text.append(lines.render(2)).toString();
  }

  private static String signed(BigDecimal number) {
    return (number.signum() < 0 ? "" : "+") + plain(number);
  }

  private static String plain(BigDecimal number) {
    return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
  }

  private static String grade(ScoringScheme scheme, ScoreCard card, Messages messages) {
    return messages.grade(scheme, card).orElse(card.graded() ? "-" : messages.get("score.ungraded"));
  }
}
