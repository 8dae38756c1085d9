package org.dangjian.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dangjian.rules.RuleEntry;
import org.dangjian.rules.RuleSet;
import org.dangjian.rules.RuleSetDefinition;
import org.dangjian.rules.RuleSetRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dangjian sets list|show}: the rule sets there are, and one set as resolved, with where each value came from. */
@Command(name = "sets", mixinStandardHelpOptions = true, subcommands = {SetsCommand.ListSets.class, SetsCommand.Show.class},
    description = "Inspects rule sets: 'list' the built-in ones, 'show ID|FILE' one set as resolved for a day.")
final class SetsCommand implements Runnable {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: list or show");
  }

  /** {@code sets list}. */
  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "Lists the built-in rule sets: id, version, dates, the set each extends, its title and how many rules it states.")
  static final class ListSets implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      org.dangjian.cli.render.TextTable table = new org.dangjian.cli.render.TextTable(false, false, false, false, true, false);
      table.row("id", "version", "in effect", "extends", "rules", "title");
      List<RuleSetDefinition> sets = new ArrayList<>(RuleSetRegistry.standard().definitions());
      sets.sort(java.util.Comparator.comparing(RuleSetDefinition::id).thenComparing(RuleSetDefinition::effectiveFrom));
      for (RuleSetDefinition set : sets) {
        table.row(set.id(), set.version(), set.effectiveFrom() + set.effectiveTo().map(to -> " – " + to).orElse(" –"),
            set.extendsId().orElse("-"), String.valueOf(set.entries().size()), set.title());
      }
      out.print(table.render(0));
      return 0;
    }
  }

  /** {@code sets show ID|FILE [--on DATE]}. */
  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "Shows a rule set as resolved for a day: its chain of overlays, then every rule with its type, severity, "
          + "source and parameters, each value followed by the set it came from in [brackets]; and the rules the overlays turned off.")
  static final class Show implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID|FILE", description = "A built-in rule set's id, or a rule-set file (which may extend a built-in one).")
    String set;

    @Option(names = "--on", paramLabel = "DATE", description = "The day the set is resolved for (default: the day its newest version took effect).")
    @org.jspecify.annotations.Nullable LocalDate on;

    @Override
    public Integer call() {
      RuleSetRegistry registry = RuleSetRegistry.standard();
      String id = set;
      if (Inputs.isFile(set)) {
        RuleSetDefinition definition = RuleSetDefinition.read(Path.of(set));
        registry = registry.with(definition);
        id = definition.id();
      }
      String chosen = id;
      LocalDate day = on != null ? on : registry.definitions().stream().filter(d -> d.id().equals(chosen))
          .map(RuleSetDefinition::effectiveFrom).max(java.util.Comparator.naturalOrder())
          .orElseThrow(() -> new org.dangjian.core.ValidationException(List.of(org.dangjian.core.Problem.of("", "unknown-rule-set",
              "rule set '" + chosen + "' is not known; known: " + RuleSetRegistry.standard().ids()))));
      RuleSet resolved = registry.resolve(id, day);
      List<RuleSetDefinition> chain = chainOf(registry, resolved);
      PrintWriter out = spec.commandLine().getOut();
      out.println(resolved.id() + " " + resolved.version() + " — " + resolved.title() + ", as in effect on " + day);
      out.println("chain: " + String.join(" → ", resolved.chain()));
      for (RuleEntry entry : resolved.entries()) {
        out.println();
        out.println(entry.id() + ": " + entry.type() + statedBy(chain, entry.id(), s -> s.type().isPresent())
            + ", " + entry.severity().code() + statedBy(chain, entry.id(), s -> s.severity().isPresent())
            + ", " + entry.citation() + statedBy(chain, entry.id(), s -> s.citation().isPresent()));
        entry.description().ifPresent(d -> out.println("  " + d + statedBy(chain, entry.id(), s -> s.description().isPresent())));
        for (Map.Entry<String, Stated> parameter : parameters(chain, entry.id()).entrySet()) {
          JsonNode value = parameter.getValue().value();
          out.println("  " + parameter.getKey() + " = " + (value.isTextual() ? value.textValue() : value.toString())
              + " [" + parameter.getValue().by() + "]");
        }
      }
      for (RuleSetDefinition definition : chain) {
        if (!definition.disabled().isEmpty()) {
          out.println();
          out.println("turned off by " + definition.id() + ": " + String.join(", ", definition.disabled()));
        }
      }
      return 0;
    }

    /** @return the definitions of the resolved chain, baseline first */
    private static List<RuleSetDefinition> chainOf(RuleSetRegistry registry, RuleSet resolved) {
      List<RuleSetDefinition> chain = new ArrayList<>();
      for (String link : resolved.chain()) {
        registry.definitions().stream().filter(d -> link.equals(d.id() + "@" + d.version()) && d.isEffectiveOn(resolved.effectiveOn()))
            .findFirst().ifPresent(chain::add);
      }
      return chain;
    }

    /** @return " [id]" of the last set in the chain whose entry for the rule states the field, or "" */
    private static String statedBy(List<RuleSetDefinition> chain, String rule,
        java.util.function.Predicate<RuleSetDefinition.EntrySpec> states) {
      Optional<String> by = Optional.empty();
      for (RuleSetDefinition definition : chain) {
        for (RuleSetDefinition.EntrySpec spec : definition.entries()) {
          if (spec.id().equals(rule) && states.test(spec)) {
            by = Optional.of(definition.id());
          }
        }
      }
      return by.map(id -> " [" + id + "]").orElse("");
    }

    /** A parameter's value and the set that stated it last. */
    private record Stated(JsonNode value, String by) {}

    /** @return the rule's parameters as the chain leaves them, each with the set that stated it last (an overlay replaces a key whole) */
    private static Map<String, Stated> parameters(List<RuleSetDefinition> chain, String rule) {
      Map<String, Stated> parameters = new LinkedHashMap<>();
      for (RuleSetDefinition definition : chain) {
        for (RuleSetDefinition.EntrySpec spec : definition.entries()) {
          if (spec.id().equals(rule)) {
            spec.parameters().properties().forEach(p -> parameters.put(p.getKey(), new Stated(p.getValue(), definition.id())));
          }
        }
      }
      return parameters;
    }
  }
}
