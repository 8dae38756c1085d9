package org.dangjian.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dangjian.core.Problem;
import org.dangjian.core.ValidationException;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.rules.spi.Rule;
import org.dangjian.rules.spi.RuleParameters;
import org.dangjian.rules.spi.RuleSetProvider;
import org.dangjian.rules.spi.RuleType;

/**
 * The rule sets and rule types known to an application, checked together, and the resolution of a set
 * for a day: {@link #resolve(String, LocalDate)} picks the version of the set in effect that day,
 * flattens its chain of overlays onto the national baseline, and binds every entry to its rule type.
 *
 * <p>{@link #standard()} holds the built-in sets and every rule type and rule-set provider found with
 * {@link ServiceLoader}; {@link #builder()} assembles a registry explicitly (for tests and for policy
 * authors' files). Building checks every definition: unknown rule types, dangling or cyclic {@code
 * extends}, overlapping effective dates for one id, overrides that restate inherited values (an overlay
 * states nothing twice), disabling rules that are not inherited, and every rule's parameters — each
 * problem named with file, line and path. Immutable and thread-safe.
 */
public final class RuleSetRegistry {
  private final Map<String, RuleType> types;
  private final List<RuleSetDefinition> definitions;

  private RuleSetRegistry(Map<String, RuleType> types, List<RuleSetDefinition> definitions) {
    this.types = Map.copyOf(types);
    this.definitions = List.copyOf(definitions);
  }

  /** @return the built-in rule sets with every discovered rule type and provider */
  public static RuleSetRegistry standard() {
    return Standard.REGISTRY;
  }

  private static final class Standard {
    static final RuleSetRegistry REGISTRY = builder().discover().build();
  }

  /** @return a builder for an explicit registry */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A registry like this one with a rule set of one's own: it takes the place of every version of a set
   * with the same id, and may extend any set this registry holds. How a policy author tries a changed
   * copy of a built-in set, or an overlay, without touching the class path.
   *
   * @param definition the rule set to add
   * @return the new registry
   * @throws ValidationException for every problem of the set against what it extends
   */
  public RuleSetRegistry with(RuleSetDefinition definition) {
    Builder builder = builder();
    types.values().forEach(builder::ruleType);
    definitions.stream().filter(d -> !d.id().equals(definition.id())).forEach(builder::definition);
    return builder.definition(definition).build();
  }

  /** @return the ids of the sets it holds, sorted */
  public Set<String> ids() {
    Set<String> ids = new TreeSet<>();
    definitions.forEach(d -> ids.add(d.id()));
    return ids;
  }

  /** @return every definition it holds */
  public List<RuleSetDefinition> definitions() {
    return definitions;
  }

  /**
   * @param name a rule type's name
   * @return the type, if known
   */
  public Optional<RuleType> ruleType(String name) {
    java.util.Objects.requireNonNull(name, "name");
    return Optional.ofNullable(types.get(name));
  }

  /**
   * @param resolved a set this registry resolved
   * @return the definitions it was flattened from, the baseline first: each link of its {@linkplain RuleSet#chain()
   *     chain}, in the version in effect on its day
   */
  public List<RuleSetDefinition> chainOf(RuleSet resolved) {
    Objects.requireNonNull(resolved, "resolved");
    List<RuleSetDefinition> chain = new ArrayList<>();
    for (String link : resolved.chain()) {
      definitions.stream().filter(d -> link.equals(d.id() + "@" + d.version()) && d.isEffectiveOn(resolved.effectiveOn()))
          .findFirst().ifPresent(chain::add);
    }
    return List.copyOf(chain);
  }

  /** @return the names of the known rule types, sorted */
  public Set<String> ruleTypeNames() {
    return new TreeSet<>(types.keySet());
  }

  /**
   * @param id a rule-set id
   * @param date the day the rules must be in effect
   * @return the set as in effect that day, overlays flattened
   * @throws ValidationException ({@code unknown-rule-set}, {@code not-effective}) or for problems of the chain
   */
  public RuleSet resolve(String id, LocalDate date) {
    java.util.Objects.requireNonNull(id, "id");
    java.util.Objects.requireNonNull(date, "date");
    List<Problem> problems = new ArrayList<>();
    Optional<RuleSet> resolved = resolve(id, date, problems);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return resolved.orElseThrow();
  }

  private Optional<RuleSet> resolve(String id, LocalDate date, List<Problem> problems) {
    Optional<RuleSetDefinition> top = effective(id, date, problems, Optional.empty());
    if (top.isEmpty()) {
      return Optional.empty();
    }
    Flattened flat = new Flattened();
    if (!flatten(top.get(), date, flat, new ArrayDeque<>(), problems)) {
      return Optional.empty();
    }
    List<RuleEntry> entries = new ArrayList<>();
    java.util.function.Predicate<String> activityTypeKnown = code -> ActivityType.standardType(code).isPresent()
        || flat.activityTypes.stream().anyMatch(t -> t.code().equals(code));
    for (Spec spec : flat.specs.values()) {
      bind(spec, activityTypeKnown, problems).ifPresent(entries::add);
    }
    if (!problems.isEmpty()) {
      return Optional.empty();
    }
    RuleSetDefinition def = top.get();
    return Optional.of(new RuleSet(def.id(), def.version(), def.title(), def.jurisdiction(), date, flat.chain,
        RuleParameters.of(flat.parameters),
        flat.activityTypes, entries, flat.calendar));
  }

  private Optional<RuleSetDefinition> effective(String id, LocalDate date, List<Problem> problems,
      Optional<Origin> referrer) {
    List<RuleSetDefinition> versions = definitions.stream().filter(d -> d.id().equals(id)).toList();
    if (versions.isEmpty()) {
      Problem problem = Problem.of("extends", "dangling-extends", "rule set '" + id + "' is not known; known: " + ids());
      problems.add(referrer.map(r -> r.locate(problem)).orElse(Problem.of("", "unknown-rule-set",
          "rule set '" + id + "' is not known; known: " + ids())));
      return Optional.empty();
    }
    Optional<RuleSetDefinition> found = versions.stream().filter(d -> d.isEffectiveOn(date)).findFirst();
    if (found.isEmpty()) {
      Problem problem = Problem.of(referrer.isPresent() ? "extends" : "", "not-effective",
          "no version of rule set '" + id + "' is in effect on " + date + "; versions: " + versions);
      problems.add(referrer.map(r -> r.locate(problem)).orElse(problem));
    }
    return found;
  }

  /**
   * Flattens the chain under {@code def}; returns false when the chain is broken — a cycle, a set it extends
   * that is missing or not in effect (problems recorded). A set's other problems are recorded and the
   * flattening goes on.
   */
  private boolean flatten(RuleSetDefinition def, LocalDate date, Flattened flat, Deque<String> visiting, List<Problem> problems) {
    if (visiting.contains(def.id())) {
      problems.add(def.source().locate(Problem.of("extends", "cycle",
          "rule set '" + def.id() + "' extends itself: " + String.join(" → ", visiting) + " → " + def.id())));
      return false;
    }
    visiting.addLast(def.id());
    if (def.extendsId().isPresent()) {
      Optional<RuleSetDefinition> parent = effective(def.extendsId().get(), date, problems, Optional.of(new Origin(def, "extends")));
      if (parent.isEmpty() || !flatten(parent.get(), date, flat, visiting, problems)) {
        return false;
      }
    }
    visiting.removeLast();
    flat.chain.add(def.id() + "@" + def.version());
    mergeParameters(flat.parameters, flat.parameterOrigins, def.parameters(), new Origin(def, "parameters"), problems);
    for (ActivityType type : def.activityTypes()) {
      if (flat.activityTypes.stream().anyMatch(t -> t.code().equals(type.code()))) {
        problems.add(def.source().locate(Problem.of("activityTypes", "duplicate-code",
            "activity type '" + type.code() + "' is already declared by an inherited set")));
      } else {
        flat.activityTypes.add(type);
      }
    }
    def.calendar().ifPresent(calendar -> flat.calendar = calendar); // an overlay's calendar replaces the inherited one
    boolean inherits = def.extendsId().isPresent();
    for (RuleSetDefinition.EntrySpec entry : def.entries()) {
      Spec inherited = flat.specs.get(entry.id());
      Origin origin = new Origin(def, entry.path());
      if (inherited != null) {
        override(inherited, entry, origin, problems);
      } else {
        add(entry, origin, inherits, flat, problems);
      }
    }
    for (int i = 0; i < def.disabled().size(); i++) {
      String id = def.disabled().get(i);
      if (flat.specs.remove(id) == null) {
        problems.add(def.source().locate(Problem.of("disable[" + i + "]", "unknown-rule",
            "rule '" + id + "' is not inherited, so it cannot be disabled" + org.dangjian.core.Suggestion.didYouMean(id, flat.specs.keySet())
                + "; the inherited rules are: " + String.join(", ", new TreeSet<>(flat.specs.keySet())))));
      }
    }
    // Problems of this set's own entries do not stop the chain: the rules that did read are still bound, so
    // that their parameter problems are reported in the same round.
    return true;
  }

  private void add(RuleSetDefinition.EntrySpec entry, Origin origin, boolean inherits, Flattened flat, List<Problem> problems) {
    String why = inherits ? "rule '" + entry.id() + "' is not inherited, so as a new rule it needs '" : "a rule needs '";
    if (entry.type().isEmpty() || entry.severity().isEmpty() || entry.citation().isEmpty()) {
      boolean listed = false;
      for (String field : List.of("type", "severity", "citation")) {
        boolean absent = switch (field) {
          case "type" -> entry.type().isEmpty();
          case "severity" -> entry.severity().isEmpty();
          default -> entry.citation().isEmpty();
        };
        if (absent) {
          // The inherited rules are listed once, at the entry's first missing field.
          problems.add(origin.locate(Problem.of(origin.path() + "." + field, "missing-field", why + field + "'"
              + (inherits ? org.dangjian.core.Suggestion.didYouMean(entry.id(), flat.specs.keySet()) : "")
              + (inherits && !listed ? "; the inherited rules are: " + String.join(", ", new TreeSet<>(flat.specs.keySet())) : ""))));
          listed = true;
        }
      }
      return;
    }
    if (!types.containsKey(entry.type().get())) {
      problems.add(origin.locate(Problem.of(origin.path() + ".type", "unknown-rule-type",
          "unknown rule type '" + entry.type().get() + "'" + org.dangjian.core.Suggestion.didYouMean(entry.type().get(), ruleTypeNames())
              + "; known: " + String.join(", ", ruleTypeNames()))));
      return;
    }
    Spec spec = new Spec(entry.id(), entry.type().get(), entry.severity().get(), entry.citation().get(), entry.description(), origin);
    mergeParameters(spec.parameters, spec.parameterOrigins, entry.parameters(), new Origin(origin.definition(), origin.path() + ".parameters"),
        problems);
    flat.specs.put(entry.id(), spec);
  }

  private void override(Spec spec, RuleSetDefinition.EntrySpec entry, Origin origin, List<Problem> problems) {
    entry.type().ifPresent(type -> problems.add(origin.locate(Problem.of(origin.path() + ".type",
        type.equals(spec.type) ? "redundant" : "type-change",
        type.equals(spec.type) ? "rule '" + spec.id + "' already has type '" + type + "'; an overlay states only what changes"
            : "an inherited rule keeps its type ('" + spec.type + "'); disable it and add a rule with a new id instead"))));
    entry.severity().ifPresent(severity -> {
      if (severity == spec.severity) {
        problems.add(origin.locate(Problem.of(origin.path() + ".severity", "redundant",
            "rule '" + spec.id + "' already has severity '" + severity.code() + "'; an overlay states only what changes")));
      }
      spec.severity = severity;
    });
    entry.citation().ifPresent(citation -> {
      if (citation.equals(spec.citation)) {
        problems.add(origin.locate(Problem.of(origin.path() + ".citation", "redundant",
            "rule '" + spec.id + "' already cites " + citation + "; an overlay states only what changes")));
      }
      spec.citation = citation;
    });
    entry.description().ifPresent(description -> spec.description = Optional.of(description));
    mergeParameters(spec.parameters, spec.parameterOrigins, entry.parameters(), new Origin(origin.definition(), origin.path() + ".parameters"),
        problems);
    spec.origin = origin;
  }

  private static void mergeParameters(ObjectNode target, Map<String, Origin> origins, ObjectNode stated, Origin origin,
      List<Problem> problems) {
    for (Iterator<Map.Entry<String, JsonNode>> fields = stated.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode before = target.get(field.getKey());
      if (before != null && before.equals(field.getValue())) {
        problems.add(origin.locate(Problem.of(origin.path() + "." + field.getKey(), "redundant",
            "parameter '" + field.getKey() + "' already is " + field.getValue() + "; an overlay states only what changes")));
      }
      target.set(field.getKey(), field.getValue().deepCopy());
      origins.put(field.getKey(), new Origin(origin.definition(), origin.path() + "." + field.getKey()));
    }
  }

  private Optional<RuleEntry> bind(Spec spec, java.util.function.Predicate<String> activityTypeKnown, List<Problem> problems) {
    RuleType type = types.get(spec.type);
    RuleParameters parameters = RuleParameters.of(spec.parameters);
    if (!type.parameters().isEmpty()) {
      // Declared: every parameter problem of the entry at once, before the type reads any.
      List<Problem> declared = parameters.problemsAgainst(type.parameters(), activityTypeKnown);
      if (!declared.isEmpty()) {
        declared.forEach(problem -> problems.add(parameterProblem(spec, problem)));
        return Optional.empty();
      }
    }
    Rule rule;
    try {
      rule = type.create(parameters);
    } catch (ValidationException e) {
      e.problems().forEach(problem -> problems.add(parameterProblem(spec, problem)));
      return Optional.empty();
    }
    for (String unknown : parameters.unreadKeys()) {
      Origin origin = spec.parameterOrigins.get(unknown.split("[.\\[]", 2)[0]);
      Origin at = origin != null ? origin : spec.origin;
      problems.add(at.locate(Problem.of(at.path(), "unknown-parameter",
          "rule '" + spec.id + "' (" + spec.type + ") has no parameter '" + unknown + "'"
              + org.dangjian.core.Suggestion.didYouMean(unknown, parameters.readKeys()))));
    }
    return Optional.of(new RuleEntry(spec.id, spec.type, spec.severity, spec.citation, spec.description, parameters, rule));
  }

  /** @return a problem of an entry's parameters, located where the parameter was stated along the chain */
  private static Problem parameterProblem(Spec spec, Problem problem) {
    String key = problem.path().split("[.\\[]", 2)[0];
    Origin origin = spec.parameterOrigins.get(key);
    Origin at = origin != null
        ? new Origin(origin.definition(), origin.path() + problem.path().substring(key.length()))
        : new Origin(spec.origin.definition(), spec.origin.path() + ".parameters");
    String message = problem.code().equals("unknown-parameter") && problem.message().startsWith("no parameter")
        ? "rule '" + spec.id + "' (" + spec.type + ") has " + problem.message()
        : "rule '" + spec.id + "': " + problem.message();
    return at.locate(Problem.of(at.path(), problem.code(), message));
  }

  /** Where something was stated: a definition and a path in its file. */
  private record Origin(RuleSetDefinition definition, String path) {
    Problem locate(Problem problem) {
      return definition.source().locate(problem);
    }
  }

  /** One entry while the chain is flattened. */
  private static final class Spec {
    final String id;
    final String type;
    Severity severity;
    Citation citation;
    Optional<String> description;
    Origin origin;
    final ObjectNode parameters = org.dangjian.core.json.StrictObject.emptyObject();
    final Map<String, Origin> parameterOrigins = new HashMap<>();

    Spec(String id, String type, Severity severity, Citation citation, Optional<String> description, Origin origin) {
      this.id = id;
      this.type = type;
      this.severity = severity;
      this.citation = citation;
      this.description = description;
      this.origin = origin;
    }
  }

  /** The chain flattened so far. */
  private static final class Flattened {
    final List<String> chain = new ArrayList<>();
    final ObjectNode parameters = org.dangjian.core.json.StrictObject.emptyObject();
    final Map<String, Origin> parameterOrigins = new HashMap<>();
    final List<ActivityType> activityTypes = new ArrayList<>();
    final Map<String, Spec> specs = new LinkedHashMap<>();
    org.dangjian.core.time.SchoolCalendar calendar = org.dangjian.core.time.SchoolCalendar.NONE;
  }

  /** Assembles a registry; {@link #build()} checks every definition. */
  public static final class Builder {
    private final Map<String, RuleType> types = new TreeMap<>();
    private final List<RuleSetDefinition> definitions = new ArrayList<>();

    private Builder() {}

    /**
     * @param type a rule type
     * @return this builder
     */
    public Builder ruleType(RuleType type) {
      java.util.Objects.requireNonNull(type, "type");
      RuleType before = types.putIfAbsent(type.name(), type);
      if (before != null && before.getClass() != type.getClass()) {
        throw ValidationException.of("", "duplicate-rule-type", "two rule types are named '" + type.name() + "': "
            + before.getClass().getName() + " and " + type.getClass().getName());
      }
      return this;
    }

    /**
     * @param definition a rule-set definition
     * @return this builder
     */
    public Builder definition(RuleSetDefinition definition) {
      definitions.add(definition);
      return this;
    }

    /**
     * @param file a rule-set file
     * @return this builder
     * @throws ValidationException for problems of the file
     */
    public Builder read(Path file) {
      return definition(RuleSetDefinition.read(file));
    }

    /** @return this builder, with every rule type and rule-set provider the class path offers */
    public Builder discover() {
      ClassLoader loader = RuleSetRegistry.class.getClassLoader();
      ServiceLoader.load(RuleType.class, loader).forEach(this::ruleType);
      ServiceLoader.load(RuleSetProvider.class, loader).forEach(provider -> provider.ruleSets().forEach(this::definition));
      return this;
    }

    /** @return this builder, with every rule type the class path offers but no rule sets */
    public Builder discoverRuleTypes() {
      ServiceLoader.load(RuleType.class, RuleSetRegistry.class.getClassLoader()).forEach(this::ruleType);
      return this;
    }

    /**
     * @return the registry
     * @throws ValidationException listing every problem of every definition, with file, line and path
     */
    public RuleSetRegistry build() {
      RuleSetRegistry registry = new RuleSetRegistry(types, definitions);
      List<Problem> problems = new ArrayList<>();
      for (int i = 0; i < definitions.size(); i++) {
        RuleSetDefinition a = definitions.get(i);
        for (int j = 0; j < i; j++) {
          RuleSetDefinition b = definitions.get(j);
          if (a.id().equals(b.id()) && overlap(a, b)) {
            problems.add(a.source().locate(Problem.of("effective", "overlapping-effective-dates",
                "rule set '" + a.id() + "' version " + a.version() + " is in effect on days also covered by version "
                    + b.version() + " (" + b.source().source() + ")")));
          }
        }
      }
      if (problems.isEmpty()) {
        for (RuleSetDefinition definition : definitions) {
          List<Problem> found = new ArrayList<>();
          registry.resolve(definition.id(), definition.effectiveFrom(), found);
          found.stream().filter(p -> !problems.contains(p)).forEach(problems::add);
        }
      }
      if (!problems.isEmpty()) {
        throw new ValidationException(problems);
      }
      return registry;
    }

    private static boolean overlap(RuleSetDefinition a, RuleSetDefinition b) {
      LocalDate aEnd = a.effectiveTo().orElse(LocalDate.MAX);
      LocalDate bEnd = b.effectiveTo().orElse(LocalDate.MAX);
      return !a.effectiveFrom().isAfter(bEnd) && !b.effectiveFrom().isAfter(aEnd);
    }
  }
}
