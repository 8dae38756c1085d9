package org.dangjian.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.dangjian.cli.demo.DemoReport;
import org.dangjian.cli.render.HierarchyReport;
import org.dangjian.cli.render.Messages;
import org.dangjian.core.DangjianException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.testkit.SampleCounty;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dangjian demo}: the sample county's year — the hierarchy, compliance under the national baseline
 * with a county overlay, the appraisal, branch stars and ranking, what is still due — as text, and as an
 * HTML report.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Evaluates and scores the embedded sample county (清河县) for the year: compliance by branch, the most serious "
        + "findings, grades against quotas, branch stars, the bottom-ranked, what is still due; writes an HTML report with charts.")
final class DemoCommand implements Callable<Integer> {

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  SharedOptions.Language language;

  @Option(names = "--as-of", defaultValue = "2024-12-20",
      description = "The day of evaluation (default: ${DEFAULT-VALUE}, eleven days before the sample's year ends, so that "
          + "something is still due); the year evaluated is its year.")
  LocalDate asOf;

  @Option(names = "--rules", defaultValue = "county-first-topic", paramLabel = "ID|FILE",
      description = "The rule set (default: ${DEFAULT-VALUE}, the county overlay on cn-national), or a rule-set file.")
  String rules;

  @Option(names = "--html", paramLabel = "FILE",
      description = "Where to write the HTML report (default: target/dangjian-demo/qinghe-<year>.<zh|en>.html under the "
          + "current directory).")
  @Nullable Path html;

  @Option(names = "--no-html", description = "Write no HTML report.")
  boolean noHtml;

  @Option(names = "--tree", description = "Also print the tree of organisations and the table of units.")
  boolean tree;

  @Override
  public Integer call() {
    Messages messages = language.messages();
    Dataset dataset = SampleCounty.dataset();
    DemoReport report = DemoReport.of(dataset, Inputs.ruleSet(rules, asOf), asOf);
    PrintWriter out = spec.commandLine().getOut();
    out.print(HierarchyReport.render(dataset, asOf, messages, tree));
    out.print(report.text(messages));
    if (!noHtml) {
      Path file = html != null ? html : Path.of("target", "dangjian-demo",
          "qinghe-" + asOf.getYear() + "." + messages.locale().getLanguage() + ".html");
      write(file, report.html(messages));
      out.println();
      out.println(messages.get("demo.html.written", file.toAbsolutePath().normalize()));
    }
    return 0;
  }

  private static void write(Path file, String text) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      org.dangjian.core.json.FileOutput.replace(file, text);
    } catch (IOException e) {
      throw new DangjianException("cannot write the HTML report to " + file + ": " + e.getMessage(), e);
    }
  }
}
