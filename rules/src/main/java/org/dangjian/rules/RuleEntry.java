package org.dangjian.rules;

import java.util.Objects;
import java.util.Optional;
import org.dangjian.rules.spi.Rule;
import org.dangjian.rules.spi.RuleParameters;

/**
 * One rule of a resolved {@link RuleSet}: its id in the set, its type, severity, citation and
 * parameters (overlays merged), and the bound {@link Rule}. Immutable.
 */
public final class RuleEntry {
  private final String id;
  private final String type;
  private final Severity severity;
  private final Citation citation;
  private final Optional<String> description;
  private final RuleParameters parameters;
  private final Rule rule;

  /**
   * @param id the entry's id, unique in the set
   * @param type the rule type's name
   * @param severity the severity of its findings
   * @param citation where the rule comes from
   * @param description what the rule checks, for people
   * @param parameters the merged parameters
   * @param rule the bound rule
   */
  public RuleEntry(String id, String type, Severity severity, Citation citation, Optional<String> description,
      RuleParameters parameters, Rule rule) {
    this.id = Objects.requireNonNull(id, "id");
    this.type = Objects.requireNonNull(type, "type");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.citation = Objects.requireNonNull(citation, "citation");
    this.description = Objects.requireNonNull(description, "description");
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  /** @return the entry's id, unique in the set */
  public String id() {
    return id;
  }

  /** @return the rule type's name */
  public String type() {
    return type;
  }

  /** @return the severity of its findings */
  public Severity severity() {
    return severity;
  }

  /** @return where the rule comes from */
  public Citation citation() {
    return citation;
  }

  /** @return what the rule checks, for people */
  public Optional<String> description() {
    return description;
  }

  /** @return the merged parameters, as a fresh reader (readers remember which keys were read) */
  public RuleParameters parameters() {
    return parameters.copy();
  }

  /** @return the bound rule */
  public Rule rule() {
    return rule;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RuleEntry that && id.equals(that.id) && type.equals(that.type) && severity == that.severity
        && citation.equals(that.citation) && description.equals(that.description) && parameters.equals(that.parameters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, type, severity, citation, description, parameters);
  }

  /** @return for example {@code branch-size (branch-size, violation) {"max":50}} */
  @Override
  public String toString() {
    return id + " (" + type + ", " + severity.code() + ") " + parameters;
  }
}
