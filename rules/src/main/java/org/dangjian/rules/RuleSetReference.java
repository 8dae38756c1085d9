package org.dangjian.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The reference of a registry's rule sets, as Markdown: for each set its title, version, jurisdiction, dates
 * and the set it extends, then one row per rule it states — id, type, severity, the figures it is given
 * (its parameters), its source and what it checks — the rules it turns off, and the set-wide parameters.
 * An overlay's rows show only what it states; what it leaves out is inherited. The repository's
 * {@code docs/rule-sets.md} is this reference of the built-in sets, checked in the build to be current.
 */
public final class RuleSetReference {
  private RuleSetReference() {}

  /**
   * @param registry the rule sets
   * @return their reference: the sets by id, each set's rules in the order the file states them
   */
  public static String markdown(RuleSetRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    StringBuilder out = new StringBuilder();
    out.append("# Built-in rule sets\n\n")
        .append("Generated from the rule-set files in `rules/src/main/resources/org/dangjian/rules/sets/` by\n")
        .append("`RuleSetReference`; a test keeps this page equal to what the files say. Figures are the rules'\n")
        .append("parameters; a source is the document and article a finding cites. An overlay lists only what it\n")
        .append("states: what it leaves out it inherits. See [domain.md](domain.md) for the documents and how their\n")
        .append("figures are read.\n");
    List<RuleSetDefinition> sets = new ArrayList<>(registry.definitions());
    sets.sort(Comparator.comparing(RuleSetDefinition::id).thenComparing(RuleSetDefinition::effectiveFrom));
    for (RuleSetDefinition set : sets) {
      out.append("\n## `").append(set.id()).append("` — ").append(cell(set.title())).append("\n\n");
      List<String> facts = new ArrayList<>();
      facts.add("version " + set.version());
      set.jurisdiction().ifPresent(facts::add);
      facts.add("in effect from " + set.effectiveFrom() + set.effectiveTo().map(to -> " to " + to).orElse(""));
      set.extendsId().ifPresent(parent -> facts.add("extends `" + parent + "`"));
      set.calendar().ifPresent(calendar -> facts.add("with a school calendar"));
      out.append(String.join(" · ", facts)).append("\n");
      if (!set.entries().isEmpty()) {
        out.append("\n| Rule | Type | Severity | Figures | Source | What it checks |\n|---|---|---|---|---|---|\n");
        for (RuleSetDefinition.EntrySpec entry : set.entries()) {
          out.append("| `").append(entry.id()).append("` | ")
              .append(entry.type().map(t -> "`" + t + "`").orElse("inherited")).append(" | ")
              .append(entry.severity().map(Severity::code).orElse("inherited")).append(" | ")
              .append(cell(figures(entry.parameters()))).append(" | ")
              .append(entry.citation().map(c -> cell(c.toString())).orElse(entry.type().isPresent() ? "" : "inherited")).append(" | ")
              .append(entry.description().map(RuleSetReference::cell).orElse("")).append(" |\n");
        }
      }
      if (!set.disabled().isEmpty()) {
        out.append("\nTurned off: ").append(String.join(", ", set.disabled().stream().map(id -> "`" + id + "`").toList()))
            .append(".\n");
      }
      if (!set.parameters().isEmpty()) {
        out.append("\nSet-wide parameters: ").append(cell(figures(set.parameters()))).append(".\n");
      }
    }
    return out.toString();
  }

  /** @return the parameters as {@code name: value; …}, nested values as compact JSON */
  private static String figures(JsonNode parameters) {
    List<String> figures = new ArrayList<>();
    for (Map.Entry<String, JsonNode> parameter : parameters.properties()) {
      JsonNode value = parameter.getValue();
      figures.add(parameter.getKey() + ": " + (value.isTextual() ? value.textValue() : value.toString()));
    }
    return String.join("; ", figures);
  }

  /** @return the text made safe for one cell of a Markdown table */
  /** @return text as a Markdown table cell: backslashes and bars escaped, line breaks as spaces */
  static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
  }
}
