package org.dangjian.rules;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dangjian.rules.spi.Parameter;
import org.dangjian.rules.spi.RuleType;

/**
 * The reference of a registry's rule types, as Markdown: for each type what it checks and a table of the
 * parameters it declares — name, what the value is (with its range or choices), its default or that it is
 * required, what it means in Chinese and English, an example. The repository's {@code docs/rule-types.md} is
 * this reference of the built-in types, checked in the build to be current; {@code dangjian rules show TYPE}
 * prints the same for one type.
 */
public final class RuleTypeReference {
  private RuleTypeReference() {}

  /**
   * @param registry the rule types
   * @return their reference, by name
   */
  public static String markdown(RuleSetRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    StringBuilder out = new StringBuilder();
    out.append("# Rule types\n\n")
        .append("Generated from the rule types' own declarations by `RuleTypeReference`; a test keeps this page equal to\n")
        .append("what the code declares, and `dangjian validate` holds every rule-set entry to it. Ranges include both\n")
        .append("ends. A parameter with a default may be left out. See [rule-sets.md](rule-sets.md) for the figures the\n")
        .append("built-in sets give, and [scheme-items.md](scheme-items.md) for what scoring-scheme items count.\n");
    for (String name : registry.ruleTypeNames()) {
      RuleType type = registry.ruleType(name).orElseThrow();
      out.append("\n## `").append(name).append("`\n\n").append(RuleSetReference.cell(type.summary().zh())).append(" — ")
          .append(RuleSetReference.cell(type.summary().en())).append("\n");
      out.append(parameterTable(type.parameters()));
    }
    return out.toString();
  }

  /**
   * @param parameters declared parameters
   * @return a Markdown table of them (a blank line first), with the fields of a list of objects after it; or a
   *     line saying there are none
   */
  public static String parameterTable(List<Parameter<?>> parameters) {
    Objects.requireNonNull(parameters, "parameters");
    if (parameters.isEmpty()) {
      return "\nNo parameters.\n";
    }
    StringBuilder out = new StringBuilder("\n| Parameter | Value | Default | 含义 | Meaning | Example |\n|---|---|---|---|---|---|\n");
    for (Parameter<?> parameter : parameters) {
      out.append("| `").append(parameter.name()).append("` | ").append(RuleSetReference.cell(parameter.describe(Locale.ENGLISH))).append(" | ")
          .append(defaultOf(parameter)).append(" | ").append(RuleSetReference.cell(parameter.meaning().zh())).append(" | ")
          .append(RuleSetReference.cell(parameter.meaning().en())).append(" | `").append(parameter.example()).append("` |\n");
    }
    for (Parameter<?> parameter : parameters) {
      if (!parameter.fields().isEmpty()) {
        out.append("\nEach of `").append(parameter.name()).append("`:\n").append(parameterTable(parameter.fields()));
      }
    }
    return out.toString();
  }

  /** @return the default as the table shows it: the value, "required", or "—" for an optional one without */
  public static String defaultOf(Parameter<?> parameter) {
    Objects.requireNonNull(parameter, "parameter");
    return parameter.isRequired() ? "required" : parameter.defaultText().isEmpty() ? "—" : "`" + parameter.defaultText() + "`";
  }
}
