package org.dangjian.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dangjian.core.Labels;
import org.dangjian.core.Suggestion;
import org.dangjian.rules.RuleSetDefinition;
import org.dangjian.rules.RuleSetRegistry;
import org.dangjian.rules.RuleTypeReference;
import org.dangjian.rules.spi.Parameter;
import org.dangjian.scoring.Indicator;
import org.dangjian.scoring.Indicators;
import org.dangjian.rules.spi.RuleType;
import org.dangjian.scoring.EvidenceKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dangjian rules list|show}: the rule types and the kinds of scoring-scheme item there are, and one of them
 * with the parameters it declares.
 */
@Command(name = "rules", mixinStandardHelpOptions = true, subcommands = {RulesCommand.ListTypes.class, RulesCommand.Show.class},
    description = "The rule reference: 'list' the rule types and scheme item kinds, 'show NAME' one of them with its parameters "
        + "(type, range, default, meaning in Chinese and English, an example).")
final class RulesCommand implements Runnable {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: list or show");
  }

  /** A rule type or a scheme item kind: what {@code show} prints. */
  private record Entry(String name, String what, Labels summary, List<Parameter<?>> parameters) {}

  private static List<Entry> entries() {
    RuleSetRegistry registry = RuleSetRegistry.standard();
    List<Entry> entries = new java.util.ArrayList<>();
    for (String name : registry.ruleTypeNames()) {
      RuleType type = registry.ruleType(name).orElseThrow();
      entries.add(new Entry(name, "rule type", type.summary(), type.parameters()));
    }
    for (EvidenceKind kind : EvidenceKind.all()) {
      entries.add(new Entry(kind.name(), "scheme item (evidence)", kind.summary(), kind.parameters()));
    }
    for (Indicator indicator : Indicators.standard().all()) {
      entries.add(new Entry(indicator.name(), "letter indicator", indicator.labels(), indicator.parameters()));
    }
    return entries;
  }

  /** {@code rules list}. */
  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "Lists the rule types (rule-set files' 'type:'), the kinds of scheme item (schemes' 'evidence:') and the "
          + "responsibility letters' indicators (letter files' 'indicator:'), "
          + "each with what it checks or counts and its parameters' names.")
  static final class ListTypes implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      String what = "";
      for (Entry entry : entries()) {
        if (!entry.what().equals(what)) {
          what = entry.what();
          out.println((what.equals("rule type") ? "Rule types" : what.equals("letter indicator")
              ? "\nResponsibility-letter indicators (letter files' 'indicator:')" : "\nScheme item kinds (evidence)") + ":");
        }
        out.println("  " + entry.name() + " — " + entry.summary().zh() + " / " + entry.summary().en());
        if (!entry.parameters().isEmpty()) {
          out.println("      " + String.join(", ", entry.parameters().stream().map(Parameter::name).toList()));
        }
      }
      return 0;
    }
  }

  /** {@code rules show NAME}. */
  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "Shows a rule type, scheme item kind or letter indicator: what it checks, then each parameter with its value's type and range, "
          + "its default (or 'required'), its meaning in Chinese and English and an example; for a rule type, the built-in "
          + "rules of that type.")
  static final class Show implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "A rule type (activity-frequency), a scheme item kind (attendance) or a letter indicator (trainings).")
    String name;

    @Override
    public Integer call() {
      List<Entry> entries = entries();
      List<Entry> found = entries.stream().filter(e -> e.name().equals(name)).toList();
      if (found.isEmpty()) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no rule type, scheme item kind or letter indicator '" + name
            + "'" + Suggestion.didYouMean(name, entries.stream().map(Entry::name).distinct().toList()) + "; 'dangjian rules list' lists them");
      }
      PrintWriter out = spec.commandLine().getOut();
      // A scheme item kind and a letter indicator may share a name (correctionRate): each is shown.
      for (int i = 0; i < found.size(); i++) {
        if (i > 0) {
          out.println();
        }
        show(out, found.get(i));
      }
      return 0;
    }

    private static void show(PrintWriter out, Entry entry) {
      out.println(entry.name() + " (" + entry.what() + ")");
      out.println("  " + entry.summary().zh());
      out.println("  " + entry.summary().en());
      out.println();
      if (entry.parameters().isEmpty()) {
        out.println("No parameters.");
      } else {
        out.println("Parameters:");
        print(out, entry.parameters(), "  ");
      }
      if (entry.what().equals("rule type")) {
        List<String> uses = new java.util.ArrayList<>();
        for (RuleSetDefinition set : RuleSetRegistry.standard().definitions()) {
          set.entries().stream().filter(e -> e.type().filter(entry.name()::equals).isPresent())
              .forEach(e -> uses.add(set.id() + ": " + e.id()));
        }
        out.println();
        out.println("Built-in rules of this type: " + (uses.isEmpty() ? "none" : String.join(", ", uses.stream().sorted().toList())));
      }
    }

    private static void print(PrintWriter out, List<Parameter<?>> parameters, String indent) {
      for (Parameter<?> parameter : parameters) {
        String standing = RuleTypeReference.defaultOf(parameter).replace("`", "");
        out.println(indent + parameter.name() + " — " + parameter.describe(Locale.ENGLISH) + "; "
            + (standing.equals("required") ? "required" : standing.equals("—") ? "optional" : "default " + standing));
        out.println(indent + "    " + parameter.meaning().zh());
        out.println(indent + "    " + parameter.meaning().en());
        out.println(indent + "    e.g. " + parameter.name() + ": " + parameter.example());
        if (!parameter.fields().isEmpty()) {
          print(out, parameter.fields(), indent + "    ");
        }
      }
    }
  }
}
