package org.dangjian.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
@Command(name = "sets", mixinStandardHelpOptions = true, subcommands = {SetsCommand.ListSets.class, SetsCommand.Show.class,
    SetsCommand.Export.class, SetsCommand.Import.class},
    description = "Inspects rule sets: 'list' the built-in ones, 'show ID|FILE' one set as resolved for a day, 'export ID|FILE' its "
        + "parameters as a decision table (CSV), 'import TABLE --into FILE' a table's changed values into a rule-set file.")
final class SetsCommand implements Runnable {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: list, show, export or import");
  }

  /** A set named by id or file, with the registry that holds it and the day it is resolved for. */
  private record Target(RuleSetRegistry registry, String id, LocalDate day) {}

  /** The set a subcommand works on: {@code ID|FILE [--on DATE]}. */
  static final class SetArguments {
    @Parameters(index = "0", paramLabel = "ID|FILE", description = "A built-in rule set's id, or a rule-set file (which may extend a built-in one).")
    String set;

    @Option(names = "--on", paramLabel = "DATE", description = "The day the set is resolved for (default: the day its newest version took effect).")
    @org.jspecify.annotations.Nullable LocalDate on;

    /** @return the set's registry, id and day */
    Target target() {
      RuleSetRegistry registry = RuleSetRegistry.standard();
      String id = set;
      if (Inputs.isFile(set)) {
        RuleSetDefinition definition = RuleSetDefinition.read(Path.of(set));
        registry = registry.with(definition);
        id = definition.id();
      }
      String chosen = id;
      // An id no set has resolves on any day to the registry's own unknown-rule-set problem.
      LocalDate day = on != null ? on : registry.definitions().stream().filter(d -> d.id().equals(chosen))
          .map(RuleSetDefinition::effectiveFrom).max(java.util.Comparator.naturalOrder()).orElse(LocalDate.EPOCH);
      return new Target(registry, id, day);
    }
  }

  /** {@code sets export ID|FILE [--on DATE] [--format csv] [--out FILE]}. */
  @Command(name = "export", mixinStandardHelpOptions = true,
      description = "Writes a rule set's parameters as a decision table (CSV, UTF-8): one row per rule and parameter with its value, "
          + "the set that stated it (or 'default'), its default, what it may be and its meaning in Chinese and English. Edit the "
          + "values in a spreadsheet and bring them back with 'sets import'.")
  static final class Export implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin
    SetArguments arguments = new SetArguments();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", description = "The table's format: csv (the only one).")
    String format = "csv";

    @Option(names = "--out", paramLabel = "FILE", description = "Write the table to this file instead of standard output.")
    @org.jspecify.annotations.Nullable Path out;

    @Option(names = "--bom", description = "Begin with a UTF-8 byte-order mark, so that Excel reads the Chinese text (import accepts it).")
    boolean bom;

    @Override
    public Integer call() {
      if (!format.equals("csv")) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown format '" + format + "'; the table is written as: csv");
      }
      Target target = arguments.target();
      String table = (bom ? "\uFEFF" : "") + org.dangjian.rules.ParameterTable.csv(target.registry(), target.id(), target.day());
      if (out != null) {
        org.dangjian.core.json.FileOutput.replace(out, table);
        spec.commandLine().getErr().println("wrote " + out + " (" + (table.split("\r\n", -1).length - 2) + " parameters of " + target.id() + ")");
      } else {
        spec.commandLine().getOut().print(table);
      }
      return 0;
    }
  }

  /** {@code sets import TABLE --into FILE [--dry-run]}. */
  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Writes a decision table's changed values into a rule-set file (YAML): a value the file states is replaced where "
          + "it stands, others are added to the rule's entry or as a new entry; comments and layout stay as they were, and a table "
          + "exported from the file and imported unchanged leaves it byte for byte. Every problem (an unknown rule or parameter, "
          + "a value out of range) is reported at its table line and nothing is written.")
  static final class Import implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TABLE", description = "The table (CSV, as 'sets export' writes it).")
    Path table;

    @Option(names = "--into", required = true, paramLabel = "FILE", description = "The rule-set file (YAML) to change.")
    Path into;

    @Option(names = "--dry-run", description = "List the changes without writing the file.")
    boolean dryRun;

    @Override
    public Integer call() throws java.io.IOException {
      String name = into.getFileName() == null ? "" : into.getFileName().toString();
      if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--into names a YAML rule-set file (.yaml or .yml), not " + into);
      }
      String tableText = Inputs.text(table);
      String yaml = Inputs.text(into);
      org.dangjian.rules.ParameterTable.Applied applied = org.dangjian.rules.ParameterTable.apply(tableText, table.toString(), yaml,
          into.toString(), RuleSetRegistry.standard());
      PrintWriter out = spec.commandLine().getOut();
      for (org.dangjian.rules.ParameterTable.Change change : applied.changes()) {
        out.println(change.rule() + " " + change.parameter() + ": " + (change.before().isEmpty() ? "(not stated)" : change.before())
            + " → " + change.after() + "   (" + table + ":" + change.line() + ")");
      }
      if (applied.changes().isEmpty()) {
        out.println("no value changed; " + into + " left as it is");
      } else if (dryRun) {
        out.println(applied.changes().size() + " value(s) would change; --dry-run: " + into + " not written");
      } else {
        org.dangjian.core.json.FileOutput.replace(into, applied.text());
        out.println(applied.changes().size() + " value(s) changed in " + into);
      }
      return 0;
    }
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
          + "source and parameters, each value followed by the set it came from in [brackets] (or [default], the rule type's "
          + "own); and the rules the overlays turned off.")
  static final class Show implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin
    SetArguments arguments = new SetArguments();

    @Override
    public Integer call() {
      Target target = arguments.target();
      RuleSetRegistry registry = target.registry();
      LocalDate day = target.day();
      RuleSet resolved = registry.resolve(target.id(), day);
      List<RuleSetDefinition> chain = registry.chainOf(resolved);
      Map<String, List<Statement>> statements = statements(chain);
      PrintWriter out = spec.commandLine().getOut();
      out.println(resolved.id() + " " + resolved.version() + " — " + resolved.title() + ", as in effect on " + day);
      out.println("chain: " + String.join(" → ", resolved.chain()));
      for (RuleEntry entry : resolved.entries()) {
        List<Statement> stated = statements.getOrDefault(entry.id(), List.of());
        out.println();
        out.println(entry.id() + ": " + entry.type() + statedBy(stated, s -> s.type().isPresent())
            + ", " + entry.severity().code() + statedBy(stated, s -> s.severity().isPresent())
            + ", " + entry.citation() + statedBy(stated, s -> s.citation().isPresent()));
        entry.description().ifPresent(d -> out.println("  " + d + statedBy(stated, s -> s.description().isPresent())));
        // An overlay replaces a parameter whole: the last set to state it gave its value.
        Map<String, Statement> parameters = new LinkedHashMap<>();
        stated.forEach(statement -> statement.entry().parameters().properties().forEach(p -> parameters.put(p.getKey(), statement)));
        parameters.forEach((name, statement) -> {
          JsonNode value = statement.entry().parameters().get(name);
          out.println("  " + name + " = " + (value.isTextual() ? value.textValue() : value.toString()) + " [" + statement.by() + "]");
        });
        // What no set states: the type's declared defaults.
        registry.ruleType(entry.type()).ifPresent(type -> type.parameters().stream()
            .filter(p -> !parameters.containsKey(p.name()) && !p.defaultText().isEmpty())
            .forEach(p -> out.println("  " + p.name() + " = " + p.defaultText() + " [default]")));
      }
      for (RuleSetDefinition definition : chain) {
        if (!definition.disabled().isEmpty()) {
          out.println();
          out.println("turned off by " + definition.id() + ": " + String.join(", ", definition.disabled()));
        }
      }
      return 0;
    }

    /** One set's entry for a rule. */
    private record Statement(String by, RuleSetDefinition.EntrySpec entry) {}

    /** @return each rule's entries along the chain, baseline first */
    private static Map<String, List<Statement>> statements(List<RuleSetDefinition> chain) {
      Map<String, List<Statement>> statements = new java.util.HashMap<>();
      for (RuleSetDefinition definition : chain) {
        for (RuleSetDefinition.EntrySpec entry : definition.entries()) {
          statements.computeIfAbsent(entry.id(), rule -> new ArrayList<>()).add(new Statement(definition.id(), entry));
        }
      }
      return statements;
    }

    /** @return " [id]" of the last set whose entry states the field, or "" */
    private static String statedBy(List<Statement> stated, java.util.function.Predicate<RuleSetDefinition.EntrySpec> states) {
      String by = "";
      for (Statement statement : stated) {
        if (states.test(statement.entry())) {
          by = " [" + statement.by() + "]";
        }
      }
      return by;
    }
  }
}
