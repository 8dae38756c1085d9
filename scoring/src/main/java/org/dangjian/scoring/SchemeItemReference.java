package org.dangjian.scoring;

import org.dangjian.rules.RuleTypeReference;

/**
 * The reference of the kinds of scheme item ({@link EvidenceKind}), as Markdown: for each kind what an item of it
 * counts and a table of its parameters. The repository's {@code docs/scheme-items.md} is this reference, checked
 * in the build to be current; {@code dangjian rules show KIND} prints the same for one kind.
 */
public final class SchemeItemReference {
  private SchemeItemReference() {}

  /** @return the reference of every kind, in the format's order */
  public static String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("# Scheme items\n\n")
        .append("What a scoring-scheme item counts is its `evidence`: one of the kinds below, with its parameters\n")
        .append("(`evidence: {attendance: {activityTypes: [party-lecture]}}`). Generated from the kinds' own declarations by\n")
        .append("`SchemeItemReference`; a test keeps this page equal to the code, and a scheme's items are held to it when the\n")
        .append("scheme is read. Ranges include both ends. See [rule-types.md](rule-types.md) for the rule types.\n");
    for (EvidenceKind kind : EvidenceKind.all()) {
      out.append("\n## `").append(kind.name()).append("`\n\n").append(kind.summary().zh()).append(" — ")
          .append(kind.summary().en()).append("\n").append(RuleTypeReference.parameterTable(kind.parameters()));
    }
    return out.toString();
  }
}
