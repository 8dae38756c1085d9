package org.dangjian.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.dangjian.cli.render.Messages;
import org.dangjian.cli.render.TextTable;
import org.dangjian.core.DangjianException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.RuleSet;
import org.dangjian.scoring.LetterAttainment;
import org.dangjian.scoring.LetterAttainmentFormat;
import org.dangjian.scoring.LetterRegistry;
import org.dangjian.scoring.LetterTemplate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dangjian letters}: the responsibility letters (目标责任书) of a year assessed — every organisation's
 * attainment, one organisation's letters item by item, or all of it as JSON.
 */
@Command(name = "letters", mixinStandardHelpOptions = true,
    description = "Assesses the year's responsibility letters (目标责任书) as of the year's end: each organisation's attainment, "
        + "one organisation's letters item by item (target, actual value, status, evidence), or all as JSON.")
final class LettersCommand implements Callable<Integer> {

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--year", defaultValue = "2024", description = "The letters' year (default: ${DEFAULT-VALUE}).")
  int year;

  @Mixin
  SharedOptions.Rules rules;

  @Mixin
  SharedOptions.Data data;

  @Option(names = "--template", paramLabel = "FILE", description = "A letter template file of one's own (which may extend a built-in one).")
  @Nullable Path template;

  @Option(names = "--organisation", paramLabel = "ID", description = "Print this organisation's letters with every item.")
  @Nullable String organisation;

  @Mixin
  SharedOptions.Language language;

  @Option(names = "--format", defaultValue = "text", description = "text (default) or json (dangjian/letter-attainment@1).")
  String format;

  @Override
  public Integer call() {
    boolean json = Options.oneOf(spec, "--format", format, "text", "json").equals("json");
    LocalDate end = ReportingPeriod.year(year).end();
    LetterRegistry letters = template == null ? LetterRegistry.standard() : LetterRegistry.standard().with(LetterTemplate.read(template));
    RuleSet ruleSet = rules.resolve(end);
    Dataset dataset = data.read();
    Progress progress = Progress.of(spec);
    ComplianceReport report = progress.step("evaluating " + year + " under " + ruleSet.id(),
        () -> ComplianceEngine.evaluate(dataset, ruleSet, ReportingPeriod.year(year), end));
    List<LetterAttainment> assessed = progress.step("assessing the letters", () -> letters.assessAll(dataset, report));
    if (organisation != null) {
      OrganisationId id = OrganisationId.of(organisation);
      if (dataset.organisation(id).isEmpty()) {
        throw new DangjianException("no organisation '" + organisation + "' in the dataset");
      }
      assessed = assessed.stream().filter(a -> a.letter().to().equals(id)).toList();
    }
    PrintWriter out = spec.commandLine().getOut();
    Messages messages = language.messages();
    if (json) {
      out.print(LetterAttainmentFormat.write(year, report.asOf(), assessed));
    } else if (organisation != null) {
      if (assessed.isEmpty()) {
        out.println(messages.get("letters.none", organisation, year));
      }
      assessed.forEach(a -> out.print(letter(a, dataset, messages)));
    } else {
      out.print(board(assessed, dataset, year, report.asOf(), messages));
    }
    return 0;
  }

  static String board(List<LetterAttainment> assessed, Dataset dataset, int year, LocalDate asOf, Messages messages) {
    StringBuilder text = new StringBuilder(messages.get("letters.header", year, asOf, assessed.size())).append("\n\n");
    TextTable table = new TextTable(false, false, false, true, true, true, true, true).row(messages.get("letters.columns").split("\\|"));
    for (LetterAttainment a : assessed) {
      table.row(a.letter().to().value(), name(dataset, a.letter().to()), a.template(), percent(a.attainment()),
          count(a, LetterAttainment.Status.ATTAINED), count(a, LetterAttainment.Status.NOT_YET_DUE), count(a, LetterAttainment.Status.MISSED),
          count(a, LetterAttainment.Status.NO_VALUE));
    }
    return text.append(table.render(0)).toString();
  }

  static String letter(LetterAttainment a, Dataset dataset, Messages messages) {
    StringBuilder text = new StringBuilder(messages.get("letters.letter", a.letter().id(), name(dataset, a.letter().to()), a.template(),
        a.letter().signed(), percent(a.attainment()))).append('\n');
    TextTable table = new TextTable(false, false, true, true, false, true, false).row(messages.get("letters.items").split("\\|"));
    for (LetterAttainment.ItemAttainment item : a.items()) {
      table.row(messages.label(item.item().labels()), (item.item().direction() == LetterTemplate.Direction.AT_LEAST ? "≥ " : "≤ ")
          + plain(item.target()), item.actual().map(LettersCommand::plain).orElse("—"), plain(item.earned()) + "/" + plain(item.item().weight()),
          messages.label(item.status().labels()), item.due().toString(), item.evidence());
    }
    return text.append(table.render(2)).toString();
  }

  private static String name(Dataset dataset, OrganisationId id) {
    return dataset.organisation(id).map(Organisation::name).orElse(id.value());
  }

  private static String count(LetterAttainment a, LetterAttainment.Status status) {
    return String.valueOf(a.count(status));
  }

  private static String percent(BigDecimal share) {
    return share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  private static String plain(BigDecimal number) {
    return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
  }
}
