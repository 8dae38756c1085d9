package org.dangjian.testkit.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.dangjian.core.Problem;
import org.dangjian.core.ValidationException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.MemberEvent;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.json.DatasetFormat;
import org.dangjian.core.json.ReadLimits;
import org.dangjian.core.json.SourceDocument;
import org.dangjian.core.json.StrictObject;
import org.dangjian.core.json.Syntax;
import org.dangjian.core.time.PeriodKind;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.RuleSetDefinition;
import org.dangjian.rules.Severity;
import org.dangjian.scoring.SchemeDefinition;
import org.dangjian.scoring.ScoreCard;

/**
 * A named policy test, like an {@code opa test} case beside the policy: a rule set, a small dataset, a
 * window, and the findings that must appear — and, when asked, no others. Format {@value #SCHEMA}, in
 * YAML or JSON:
 *
 * <pre>{@code
 * schema: dangjian/scenario@1
 * name: 全国基线：示例县第四季度
 * ruleSet: cn-national                 # a rule set the registry knows, a file beside this one (county.yaml),
 *                                      # or a rule set written inline (an overlay: {schema: …, extends: cn-national, …})
 * dataset: cn-national.scenario.dataset.yaml   # relative to this file, or a dataset written inline
 * window: 2024-Q4
 * asOf: 2024-12-31                     # optional: the window's end
 * todo: false                          # optional: true reports the case as skipped
 * changes:                             # optional: member events submitted through the guarded lifecycle first
 *   - member: m11
 *     event: {type: activist-designated, date: 2024-11-05, contacts: [m10]}
 *     refused: {code: rule-violation, rule: development-rights}   # must be refused, and why
 * expect:
 *   findings:
 *     - {rule: committee-term, subject: organisation:b1, severity: violation}
 *     - {rule: weekly-study, subject: unit:u1, count: 13}   # exactly thirteen such findings (1 unless stated)
 *     - {rule: weekly-study, atLeast: 2}                     # two or more
 *   absent:
 *     - {rule: branch-size}
 *   due:                                 # items the due calendar must hold
 *     - {organisation: b1, activityType: party-lecture, deadline: 2024-12-31}
 *   noOtherFindings: true
 * }</pre>
 *
 * <p>{@code expect: {refused: {code: dangling-reference, path: "members[3].branch"}}} expects the dataset
 * itself to be refused. Every rule id the scenario names must be in the resolved rule set ({@link
 * #unknownRules}).
 *
 * <p>A scenario naming a {@code scheme} also scores the dataset for the window's year (the window must be
 * a year), with the rule set's report as its evidence, and checks the cards it expects:
 *
 * <pre>{@code
 * scheme: member-points               # a scheme the registry knows, or a file beside this one
 * window: 2024
 * expect:
 *   cards:
 *     - {subject: m05, total: 89.50, grade: average, rank: 3, flags: [vetoed], items: {meetings: 12}}
 *     - {subject: m09, scored: false}
 * }</pre>
 *
 * @see ExpectedCard
 */
public final class Scenario {

  /** The schema tag of scenario files. */
  public static final String SCHEMA = "dangjian/scenario@1";

  /** The class-path resource holding the JSON Schema of scenario files. */
  public static final String SCHEMA_RESOURCE = "/org/dangjian/testkit/scenario-1.schema.json";

  private static final Set<String> TOP = Set.of("schema", "name", "ruleSet", "scheme", "dataset", "window", "asOf", "todo",
      "changes", "expect");
  private static final Set<String> EXPECT = Set.of("findings", "absent", "noOtherFindings", "cards", "due", "refused");
  private static final Set<String> CARD = Set.of("subject", "scored", "total", "grade", "rank", "flags", "blocks", "items");
  /** What a finding is about, as {@code Subject} writes it. */
  private static final java.util.regex.Pattern SUBJECT = java.util.regex.Pattern.compile("(organisation|member|activity|unit):.+");
  private static final Set<String> FINDING = Set.of("rule", "subject", "period", "severity", "messageCode", "count", "atLeast");
  private static final Set<String> DUE = Set.of("organisation", "activityType", "period", "deadline", "remaining", "rule");
  private static final Set<String> REFUSAL = Set.of("code", "path", "rule");
  private static final Set<String> CHANGE = Set.of("member", "event", "refused");

  private final String name;
  private final String source;
  private final String ruleSet;
  private final @Nullable Dataset dataset;
  private final ReportingPeriod window;
  private final LocalDate asOf;
  private final boolean todo;
  private final List<ExpectedFinding> expected;
  private final List<ExpectedFinding> absent;
  private final boolean noOtherFindings;
  private final Optional<String> scheme;
  private final List<ExpectedCard> cards;
  private final Optional<RuleSetDefinition> ruleSetFile;
  private final Optional<SchemeDefinition> schemeFile;
  private final List<ExpectedDue> due;
  private final Optional<ExpectedRefusal> datasetRefusal;
  private final List<Problem> datasetProblems;
  private final List<ScenarioChange> changes;
  private final List<RuleReference> ruleReferences;

  private Scenario(String name, String source, String ruleSet, @Nullable Dataset dataset, ReportingPeriod window, LocalDate asOf,
      boolean todo, List<ExpectedFinding> expected, List<ExpectedFinding> absent, boolean noOtherFindings,
      Optional<String> scheme, List<ExpectedCard> cards, Optional<RuleSetDefinition> ruleSetFile,
      Optional<SchemeDefinition> schemeFile, Parts parts) {
    this.name = name;
    this.source = source;
    this.ruleSet = ruleSet;
    this.dataset = dataset;
    this.due = List.copyOf(parts.due);
    this.datasetRefusal = parts.refused;
    this.datasetProblems = List.copyOf(parts.datasetProblems);
    this.changes = List.copyOf(parts.changes);
    this.ruleReferences = List.copyOf(parts.ruleReferences);
    this.window = window;
    this.asOf = asOf;
    this.todo = todo;
    this.expected = List.copyOf(expected);
    this.absent = List.copyOf(absent);
    this.noOtherFindings = noOtherFindings;
    this.scheme = scheme;
    this.cards = List.copyOf(cards);
    this.ruleSetFile = ruleSetFile;
    this.schemeFile = schemeFile;
  }

  /**
   * @param file a scenario file; its dataset is read relative to it
   * @return the scenario
   * @throws ValidationException listing every problem of the file or its dataset, located
   */
  public static Scenario read(Path file) {
    Path folder = file.toAbsolutePath().getParent();
    return read(SourceDocument.read(file), relative -> {
      return ReadLimits.readFile(folder.resolve(relative));
    });
  }

  /**
   * @param document the scenario document
   * @param files reads a file named relative to the scenario
   * @return the scenario
   * @throws ValidationException listing every problem of the file or its dataset, located
   */
  public static Scenario read(SourceDocument document, Function<String, byte[]> files) {
    List<Problem> problems = new ArrayList<>();
    StrictObject top = StrictObject.of(document.root(), "", problems, TOP).orElseThrow(() -> document.reject(problems));
    top.requiredText("schema").filter(s -> !s.equals(SCHEMA)).ifPresent(s -> problems.add(Problem.of("schema",
        "unsupported-schema", "schema '" + s + "' is not supported; this version reads '" + SCHEMA + "'")));
    Optional<String> name = top.requiredText("name");
    // The rule set, scheme and dataset are each named (an id or a file) or written inline as an object.
    boolean inlineRuleSet = document.root().path("ruleSet").isObject();
    boolean inlineScheme = document.root().path("scheme").isObject();
    boolean inlineDataset = document.root().path("dataset").isObject();
    Optional<String> ruleSet = inlineRuleSet ? Optional.of("") : top.requiredText("ruleSet");
    Optional<String> scheme = inlineScheme ? Optional.of("") : top.text("scheme");
    Optional<String> datasetFile = inlineDataset ? Optional.of("") : top.requiredText("dataset");
    // A year written bare (window: 2024) reads as a number in YAML; it names the year all the same.
    Optional<String> windowText = document.root().path("window").isInt() ? Optional.of(document.root().path("window").asText())
        : top.requiredText("window");
    Optional<ReportingPeriod> window = windowText.flatMap(text -> {
      try {
        return Optional.of(ReportingPeriod.parse(text));
      } catch (ValidationException e) {
        problems.add(e.problems().get(0).under("window"));
        return Optional.empty();
      }
    });
    Optional<LocalDate> asOf = top.date("asOf");
    boolean todo = top.bool("todo").orElse(false);
    List<ExpectedFinding> expected = new ArrayList<>();
    List<ExpectedFinding> absent = new ArrayList<>();
    List<ExpectedCard> cards = new ArrayList<>();
    boolean noOthers = false;
    Parts parts = new Parts();
    Optional<StrictObject> expect = top.object("expect", EXPECT);
    if (expect.isPresent()) {
      expected.addAll(findings(expect.get(), "findings", problems, parts, document));
      absent.addAll(findings(expect.get(), "absent", problems, parts, document));
      noOthers = expect.get().bool("noOtherFindings").orElse(false);
      cards.addAll(cards(expect.get(), problems));
      for (StrictObject.Element element : expect.get().list("due")) {
        StrictObject.of(element.node(), element.path(), problems, DUE).ifPresent(d -> {
          Optional<Integer> remaining = d.integer("remaining");
          Optional<String> rule = d.text("rule");
          rule.ifPresent(r -> parts.ruleReferences.add(new RuleReference(r, document.locate(Problem.of(element.path() + ".rule", "unknown-rule", "")))));
          d.requiredText("organisation").ifPresent(o -> parts.due.add(new ExpectedDue(o, d.text("activityType"), d.text("period"),
              d.date("deadline"), remaining, rule)));
        });
      }
      expect.get().object("refused", REFUSAL).ifPresent(r -> parts.refused = refusal(r));
    }
    for (StrictObject.Element element : top.list("changes")) {
      StrictObject.of(element.node(), element.path(), problems, CHANGE).ifPresent(c -> {
        Optional<MemberId> member = c.requiredText("member").flatMap(text -> {
          try {
            return Optional.of(MemberId.of(text));
          } catch (ValidationException e) {
            problems.add(e.problems().get(0).under(element.path() + ".member"));
            return Optional.empty();
          }
        });
        JsonNode eventNode = element.node().get("event");
        Optional<MemberEvent> event = Optional.empty();
        if (eventNode == null || eventNode.isNull()) {
          c.missing("event");
        } else if (!eventNode.isObject()) {
          c.problem("event", "wrong-type", "expected an event: an object with a \"type\"");
        } else {
          try {
            event = Optional.of(DatasetFormat.readEvent(document.part(eventNode, element.path() + ".event")));
          } catch (ValidationException e) {
            problems.addAll(e.problems());
          }
        }
        Optional<ExpectedRefusal> refused = c.object("refused", REFUSAL).flatMap(Scenario::refusal);
        refused.flatMap(ExpectedRefusal::rule).ifPresent(r ->
            parts.ruleReferences.add(new RuleReference(r, document.locate(Problem.of(element.path() + ".refused.rule", "unknown-rule", "")))));
        if (member.isPresent() && event.isPresent()) {
          parts.changes.add(new ScenarioChange(element.path(), member.get(), event.get(), refused));
        }
      });
    }
    if (!cards.isEmpty() && scheme.isEmpty()) {
      problems.add(Problem.of("expect.cards", "missing-field", "cards are expected of a scheme: name it with 'scheme'"));
    }
    if (scheme.isPresent() && window.isPresent() && window.get().kind() != PeriodKind.YEAR) {
      problems.add(Problem.of("window", "invalid-period", "a scenario scoring a scheme covers a year, not " + window.get()));
    }
    if (window.isPresent() && asOf.isPresent() && !window.get().contains(asOf.get())) {
      problems.add(Problem.of("asOf", "invalid-date", "asOf " + asOf.get() + " lies outside the window " + window.get()));
    }
    if (!problems.isEmpty()) {
      throw document.reject(problems);
    }
    String file = datasetFile.orElseThrow();
    Dataset dataset = null;
    try {
      dataset = inlineDataset ? DatasetFormat.read(document.embedded("dataset")) : DatasetFormat.read(files.apply(file), file,
          Syntax.ofFileName(file).orElseThrow(() -> document.reject(List.of(Problem.of("dataset", "invalid-value",
              "name the dataset file .json, .yaml or .yml")))));
    } catch (ValidationException e) {
      if (parts.refused.isEmpty()) {
        throw e;
      }
      parts.datasetProblems.addAll(e.problems()); // the refusal the scenario expects: judged when it runs
    }
    if (!todo && expected.isEmpty() && absent.isEmpty() && !noOthers && cards.isEmpty() && parts.due.isEmpty()
        && parts.refused.isEmpty() && parts.changes.isEmpty()) {
      throw document.reject(List.of(Problem.of(expect.isPresent() ? "expect" : "", "missing-field", "the scenario expects "
          + "nothing, so it would always pass: give expect.findings, absent, noOtherFindings, cards, due or refused, or "
          + "changes (or todo: true for a case not written yet)")));
    }
    Optional<RuleSetDefinition> ruleSetFile = (inlineRuleSet ? Optional.of(document.embedded("ruleSet"))
        : fileOf(ruleSet.orElseThrow(), files)).map(RuleSetDefinition::parse);
    Optional<SchemeDefinition> schemeFile = (inlineScheme ? Optional.of(document.embedded("scheme"))
        : scheme.flatMap(s -> fileOf(s, files))).map(SchemeDefinition::parse);
    return new Scenario(name.orElseThrow(), document.source(), ruleSetFile.map(RuleSetDefinition::id).orElse(ruleSet.get()), dataset,
        window.orElseThrow(), asOf.orElse(window.get().end()), todo, expected, absent, noOthers,
        schemeFile.map(SchemeDefinition::id).or(() -> scheme), cards, ruleSetFile, schemeFile, parts);
  }

  /** The parts of a scenario read besides the findings and cards. */
  private static final class Parts {
    final List<ExpectedDue> due = new ArrayList<>();
    Optional<ExpectedRefusal> refused = Optional.empty();
    final List<Problem> datasetProblems = new ArrayList<>();
    final List<ScenarioChange> changes = new ArrayList<>();
    final List<RuleReference> ruleReferences = new ArrayList<>();
  }

  /** A rule id the scenario names, with the located problem to report should the rule set lack it. */
  private record RuleReference(String rule, Problem located) {}

  private static Optional<ExpectedRefusal> refusal(StrictObject refused) {
    Optional<String> code = refused.requiredText("code");
    return code.map(c -> new ExpectedRefusal(c, refused.text("path"), refused.text("rule")));
  }

  /** A rule set or scheme named by a file name (one ending .yaml, .yml or .json) rather than an id: its document. */
  private static Optional<SourceDocument> fileOf(String reference, Function<String, byte[]> files) {
    return Syntax.ofFileName(reference).map(syntax -> SourceDocument.of(files.apply(reference), reference, syntax));
  }

  private static List<ExpectedFinding> findings(StrictObject expect, String name, List<Problem> problems, Parts parts,
      SourceDocument document) {
    List<ExpectedFinding> findings = new ArrayList<>();
    for (StrictObject.Element element : expect.list(name)) {
      StrictObject.of(element.node(), element.path(), problems, FINDING).ifPresent(f -> {
        Optional<String> rule = f.requiredText("rule");
        Optional<String> subject = f.text("subject");
        subject.filter(s -> !SUBJECT.matcher(s).matches()).ifPresent(s -> f.problem("subject", "invalid-value",
            "'" + s + "' is not a subject: organisation:ID, member:ID, activity:ID or unit:ID"));
        Optional<String> period = f.text("period");
        Optional<Severity> severity = f.code(Severity.class, "severity");
        Optional<String> code = f.text("messageCode");
        boolean atLeast = element.node().has("atLeast");
        String countField = atLeast ? "atLeast" : "count";
        int count = element.node().path(countField).asInt(1);
        if (element.node().has(countField) && (!element.node().get(countField).canConvertToInt() || count < 1)) {
          problems.add(Problem.of(element.path() + "." + countField, "invalid-value", countField + " is a whole number, 1 or more"));
          count = 1;
        }
        if (atLeast && element.node().has("count")) {
          problems.add(Problem.of(element.path() + ".atLeast", "invalid-value", "state count (exactly) or atLeast (a minimum), not both"));
        }
        int times = count;
        rule.ifPresent(r -> parts.ruleReferences.add(new RuleReference(r, document.locate(Problem.of(element.path() + ".rule", "unknown-rule", "")))));
        rule.ifPresent(r -> findings.add(new ExpectedFinding(r, subject, period, severity, code, times, atLeast)));
      });
    }
    return findings;
  }

  private static List<ExpectedCard> cards(StrictObject expect, List<Problem> problems) {
    List<ExpectedCard> cards = new ArrayList<>();
    for (StrictObject.Element element : expect.list("cards")) {
      StrictObject.of(element.node(), element.path(), problems, CARD).ifPresent(c -> {
        Optional<String> subject = c.requiredText("subject");
        boolean scored = c.bool("scored").orElse(true);
        Optional<String> grade = c.text("grade");
        boolean unranked = element.node().path("rank").isTextual() && element.node().path("rank").asText().equals("none");
        Optional<Integer> rank = unranked ? Optional.empty() : c.integer("rank");
        Optional<SortedSet<String>> flags = c.hasField("flags") ? Optional.of(new TreeSet<>(c.texts("flags")))
            : Optional.empty();
        flags.ifPresent(f -> f.stream().filter(flag -> Arrays.stream(ScoreCard.Flag.values())
            .map(ScoreCard.Flag::code).noneMatch(flag::equals)).forEach(flag -> c.problem("flags", "unknown-code",
                "unknown flag '" + flag + "'; expected one of: vetoed, demoted-by-quota, bottom-ranked, prorated")));
        SortedMap<String, BigDecimal> blocks = decimals(c, "blocks");
        SortedMap<String, BigDecimal> items = decimals(c, "items");
        subject.ifPresent(s -> cards.add(new ExpectedCard(s, scored, c.decimal("total"), grade, rank, unranked, flags, blocks, items)));
      });
    }
    return cards;
  }

  /** A map of names to numbers, such as {@code blocks: {politics: 25}}, each number checked where it stands. */
  private static SortedMap<String, BigDecimal> decimals(StrictObject card, String name) {
    SortedMap<String, BigDecimal> values = new TreeMap<>();
    card.rawObject(name).ifPresent(node -> {
      Set<String> fields = new TreeSet<>();
      node.fieldNames().forEachRemaining(fields::add);
      card.object(name, fields).ifPresent(object -> fields.forEach(field -> object.decimal(field).ifPresent(v -> values.put(field, v))));
    });
    return values;
  }

  /** @return the case's name */
  public String name() {
    return name;
  }

  /** @return the file or resource it was read from */
  public String source() {
    return source;
  }

  /** @return the rule set read from a file beside the scenario, if it names one rather than an id */
  public Optional<RuleSetDefinition> ruleSetFile() {
    return ruleSetFile;
  }

  /** @return the scheme read from a file beside the scenario, if it names one rather than an id */
  public Optional<SchemeDefinition> schemeFile() {
    return schemeFile;
  }

  /** @return the id of the rule set it tests */
  public String ruleSet() {
    return ruleSet;
  }

  /**
   * @return its dataset
   * @throws IllegalStateException if the scenario expects its dataset to be refused and it was
   */
  public Dataset dataset() {
    if (dataset == null) {
      throw new IllegalStateException("the dataset of " + this + " was refused, as the scenario expects");
    }
    return dataset;
  }

  /** @return the refusal of its dataset it expects, if it expects one */
  public Optional<ExpectedRefusal> datasetRefusal() {
    return datasetRefusal;
  }

  /** @return the problems its dataset was refused with; empty if it loaded */
  public List<Problem> datasetProblems() {
    return datasetProblems;
  }

  /** @return the changes it makes before evaluating, in order */
  public List<ScenarioChange> changes() {
    return changes;
  }

  /** @return the items it expects on the due calendar */
  public List<ExpectedDue> due() {
    return due;
  }

  /**
   * Checks the rule ids the scenario names — in expected and absent findings, due items and refusals —
   * against the rule set it resolves to, so that a misspelt id fails instead of passing as "absent".
   *
   * @param resolved the resolved rule set
   * @return one located {@code unknown-rule} problem per id the set lacks
   */
  public List<Problem> unknownRules(org.dangjian.rules.RuleSet resolved) {
    Set<String> ids = new TreeSet<>();
    resolved.entries().forEach(e -> ids.add(e.id()));
    List<Problem> unknown = new ArrayList<>();
    for (RuleReference reference : ruleReferences) {
      if (!ids.contains(reference.rule())) {
        Problem at = reference.located();
        Problem problem = Problem.of(at.path(), "unknown-rule", "rule '" + reference.rule() + "' is not in the resolved rule set "
            + resolved.id() + org.dangjian.core.Suggestion.didYouMean(reference.rule(), ids) + "; its rules are: "
            + String.join(", ", ids)).withLocation(at.line(), at.column());
        unknown.add(at.source().map(problem::withSource).orElse(problem));
      }
    }
    return unknown;
  }

  /** @return the window evaluated */
  public ReportingPeriod window() {
    return window;
  }

  /** @return the day of evaluation; the rule set is resolved for it */
  public LocalDate asOf() {
    return asOf;
  }

  /** @return whether the case is marked to do (reported as skipped) */
  public boolean todo() {
    return todo;
  }

  /** @return findings that must appear */
  public List<ExpectedFinding> expected() {
    return expected;
  }

  /** @return findings that must not appear */
  public List<ExpectedFinding> absent() {
    return absent;
  }

  /** @return the id of the scheme it scores, if it scores one */
  public Optional<String> scheme() {
    return scheme;
  }

  /** @return the cards it expects of the scheme */
  public List<ExpectedCard> cards() {
    return cards;
  }

  /** @return whether findings beyond the expected ones fail the case */
  public boolean noOtherFindings() {
    return noOtherFindings;
  }

  @Override
  public String toString() {
    return name + " (" + source + ")";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Scenario that && name.equals(that.name) && source.equals(that.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, source);
  }
}
