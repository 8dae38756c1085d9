package org.dangjian.cli;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dangjian.cli.render.HierarchyReport;
import org.dangjian.cli.render.Messages;
import org.dangjian.testkit.SampleCounty;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dangjian demo}: the sample county's hierarchy summary. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Loads the embedded sample county (清河县) and prints its hierarchy summary.")
final class DemoCommand implements Callable<Integer> {

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--locale", defaultValue = "zh-CN", description = "zh-CN (default) or en.")
  String locale;

  @Option(names = "--as-of", defaultValue = "2024-12-31",
      description = "The day committees and terms are judged on (default: ${DEFAULT-VALUE}, the end of the sample's year).")
  LocalDate asOf;

  @Override
  public Integer call() {
    Messages messages = Messages.forLocale(Locale.forLanguageTag(locale));
    spec.commandLine().getOut().print(HierarchyReport.render(SampleCounty.dataset(), asOf, messages));
    return 0;
  }
}
