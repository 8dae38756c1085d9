package org.dangjian.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.Problem;
import org.dangjian.core.ValidationException;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.time.SchoolCalendar;
import org.dangjian.core.json.FileHeader;
import org.dangjian.core.json.SourceDocument;
import org.dangjian.core.json.Syntax;
import org.dangjian.core.json.StrictObject;

/**
 * One rule-set file as written: the national baseline, or a regional overlay that {@code extends}
 * another set and states only its differences. {@link RuleSetRegistry} checks definitions together
 * and resolves them into {@link RuleSet}s.
 *
 * <p>The format, {@code "schema": "dangjian/rule-set@1"}, in YAML or JSON:
 *
 * <pre>{@code
 * schema: dangjian/rule-set@1
 * id: qinghe-county
 * version: "2024.1"
 * title: 清河县教育系统党建工作规则
 * jurisdiction: 清河县
 * effective: {from: 2024-01-01}          # to: optional, inclusive
 * extends: cn-national
 * parameters: {...}                      # set-wide parameters
 * activityTypes: [{code: study-night, zh: 夜学夜谈, en: study night}]
 * calendar:                              # the school calendar (replaces an inherited one as a whole)
 *   terms: [{name: 2024年秋季学期, from: 2024-09-01, to: 2025-01-17}]
 *   schoolHolidays: [{name: 暑假, from: 2024-07-06, to: 2024-08-31}]
 *   publicHolidays: [{name: 国庆节, from: 2024-10-01, to: 2024-10-07}]
 *   workingDays: [{name: 国庆节调休, from: 2024-09-29, to: 2024-09-29}]
 * rules:
 *   - id: party-lecture-frequency        # an inherited rule: state only what changes
 *     parameters: {per: half-year}
 *   - id: weekly-study                   # a new rule: type, severity and citation
 *     type: activity-frequency
 *     severity: warning
 *     citation: {document: 县局汇报}
 *     parameters: {...}
 * disable: [some-inherited-rule]
 * }</pre>
 *
 * <p>Reading is strict: unknown keys, wrong types and malformed dates are errors naming the file,
 * line and path.
 */
public final class RuleSetDefinition {

  /** The schema tag rule-set files declare. */
  public static final String SCHEMA = "dangjian/rule-set@1";

  /** The class-path resource holding the JSON Schema of rule-set files. */
  public static final String SCHEMA_RESOURCE = "/org/dangjian/rules/rule-set-1.schema.json";

  private static final Set<String> TOP = Set.of("schema", "id", "version", "title", "jurisdiction", "effective", "extends",
      "parameters", "activityTypes", "calendar", "rules", "disable");
  private static final Set<String> CALENDAR = Set.of("terms", "schoolHolidays", "publicHolidays", "workingDays");
  private static final Set<String> ENTRY = Set.of("id", "type", "severity", "citation", "description", "parameters");

  /**
   * One entry as written: a new rule (with type, severity and citation) or an override of an inherited one.
   *
   * @param id the entry id
   * @param type the rule type, for a new rule
   * @param severity the severity, if stated
   * @param citation the citation, if stated
   * @param description what it checks, if stated
   * @param parameters the parameters stated here
   * @param path where the entry stands in the file, for example {@code rules[3]}
   */
  public record EntrySpec(String id, Optional<String> type, Optional<Severity> severity, Optional<Citation> citation,
      Optional<String> description, ObjectNode parameters, String path) {}

  private final SourceDocument source;
  private final String id;
  private final String version;
  private final String title;
  private final Optional<String> jurisdiction;
  private final LocalDate effectiveFrom;
  private final Optional<LocalDate> effectiveTo;
  private final Optional<String> extendsId;
  private final ObjectNode parameters;
  private final List<ActivityType> activityTypes;
  private final Optional<SchoolCalendar> calendar;
  private final List<EntrySpec> entries;
  private final List<String> disabled;

  private RuleSetDefinition(SourceDocument source, String id, String version, String title, Optional<String> jurisdiction,
      LocalDate effectiveFrom, Optional<LocalDate> effectiveTo, Optional<String> extendsId, ObjectNode parameters,
      List<ActivityType> activityTypes, Optional<SchoolCalendar> calendar, List<EntrySpec> entries, List<String> disabled) {
    this.source = source;
    this.id = id;
    this.version = version;
    this.title = title;
    this.jurisdiction = jurisdiction;
    this.effectiveFrom = effectiveFrom;
    this.effectiveTo = effectiveTo;
    this.extendsId = extendsId;
    this.parameters = parameters;
    this.activityTypes = List.copyOf(activityTypes);
    this.calendar = calendar;
    this.entries = List.copyOf(entries);
    this.disabled = List.copyOf(disabled);
  }

  /**
   * @param file a {@code .yaml}, {@code .yml} or {@code .json} rule-set file
   * @return the definition
   * @throws ValidationException listing every problem with file, line and path
   */
  public static RuleSetDefinition read(Path file) {
    Objects.requireNonNull(file, "file");
    return parse(SourceDocument.read(file));
  }

  /**
   * @param text the file's content
   * @param source the name to report problems under
   * @param syntax JSON or YAML
   * @return the definition
   * @throws ValidationException listing every problem with source, line and path
   */
  public static RuleSetDefinition parse(String text, String source, Syntax syntax) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(syntax, "syntax");
    return parse(SourceDocument.of(text, source, syntax));
  }

  /**
   * @param document a read document
   * @return the definition
   * @throws ValidationException listing every problem with source, line and path
   */
  public static RuleSetDefinition parse(SourceDocument document) {
    Objects.requireNonNull(document, "document");
    List<Problem> problems = new ArrayList<>();
    Optional<RuleSetDefinition> read = readAsFarAsItGoes(document, problems);
    if (!problems.isEmpty()) {
      throw document.reject(problems);
    }
    return read.orElseThrow();
  }

  /**
   * Every problem of a rule-set file in one round: those of the file itself and — where it reads far enough to
   * be a set (an id, version, title and start date) — those of the set against the sets of the registry it
   * extends: a misspelt inherited rule, a parameter of the wrong type or out of range, an unknown one, a cycle.
   * What {@code dangjian validate} reports, so that an author does not fix one round of problems only to meet
   * the next.
   *
   * @param document a read document
   * @param registry the sets it may extend
   * @return the problems, each with its line and path; empty when the set is valid
   */
  public static List<Problem> problemsOf(SourceDocument document, RuleSetRegistry registry) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(registry, "registry");
    List<Problem> problems = new ArrayList<>();
    Optional<RuleSetDefinition> read = readAsFarAsItGoes(document, problems);
    List<Problem> all = new ArrayList<>(problems.isEmpty() ? List.of() : document.reject(problems).problems());
    if (read.isPresent()) {
      try {
        registry.with(read.get());
      } catch (ValidationException e) {
        e.problems().stream().filter(p -> !all.contains(p)).forEach(all::add);
      }
    }
    return List.copyOf(all);
  }

  /** The definition as far as the document reads (problems collected): present when its id, version, title and start date read. */
  private static Optional<RuleSetDefinition> readAsFarAsItGoes(SourceDocument document, List<Problem> problems) {
    Optional<StrictObject> root = StrictObject.of(document.root(), "", problems, TOP);
    if (root.isEmpty()) {
      return Optional.empty();
    }
    StrictObject top = root.get();
    FileHeader header = FileHeader.read(top, SCHEMA, "rule-set");
    Optional<String> id = header.id();
    Optional<String> version = header.version();
    Optional<String> title = header.title();
    Optional<String> jurisdiction = top.text("jurisdiction");
    Optional<LocalDate> from = header.from();
    Optional<LocalDate> to = header.to();
    Optional<String> extendsId = top.text("extends");
    ObjectNode parameters = top.rawObject("parameters").orElseGet(StrictObject::emptyObject);

    List<ActivityType> types = top.activityTypes("activityTypes");

    Optional<SchoolCalendar> calendar = top.object("calendar", CALENDAR).flatMap(c -> calendar(c, problems));

    List<EntrySpec> entries = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (StrictObject.Element element : top.list("rules")) {
      StrictObject.of(element.node(), element.path(), problems, ENTRY).ifPresent(entry -> {
        Optional<String> entryId = entry.requiredId("id", "rule");
        entryId.ifPresent(value -> {
          String first = seen.putIfAbsent(value, element.path());
          if (first != null) {
            problems.add(Problem.of(element.path() + ".id", "duplicate-id", "rule '" + value + "' is stated again; first at " + first));
          }
        });
        Optional<String> type = entry.text("type");
        Optional<Severity> severity = entry.code(Severity.class, "severity");
        Optional<Citation> citation = entry.object("citation", Set.of("document", "article")).flatMap(c -> {
          Optional<String> doc = c.requiredText("document");
          Optional<String> article = c.text("article");
          return doc.map(d -> new Citation(d, article));
        });
        Optional<String> description = entry.text("description");
        ObjectNode entryParameters = entry.rawObject("parameters").orElseGet(StrictObject::emptyObject);
        entryId.ifPresent(value -> entries.add(new EntrySpec(value, type, severity, citation, description, entryParameters,
            element.path())));
      });
    }
    List<String> disabled = top.texts("disable");
    if (id.isEmpty() || version.isEmpty() || title.isEmpty() || from.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new RuleSetDefinition(document, id.get(), version.get(), title.get(), jurisdiction,
        from.get(), to, extendsId, parameters, types, calendar, entries, disabled));
  }

  private static Optional<SchoolCalendar> calendar(StrictObject calendar, List<Problem> problems) {
    int before = problems.size();
    List<List<SchoolCalendar.DateRange>> parts = new ArrayList<>();
    for (String name : List.of("terms", "schoolHolidays", "publicHolidays", "workingDays")) {
      List<SchoolCalendar.DateRange> ranges = new ArrayList<>();
      for (StrictObject.Element element : calendar.list(name)) {
        StrictObject.of(element.node(), element.path(), problems, Set.of("name", "from", "to")).ifPresent(range -> {
          Optional<String> label = range.requiredText("name");
          Optional<LocalDate> first = range.date("from");
          Optional<LocalDate> last = range.date("to");
          if (!range.hasField("from")) {
            range.missing("from");
          }
          if (label.isPresent() && first.isPresent()) {
            try {
              ranges.add(new SchoolCalendar.DateRange(label.get(), first.get(), last.orElse(first.get())));
            } catch (ValidationException e) {
              e.problems().forEach(p -> problems.add(p.under(element.path())));
            }
          }
        });
      }
      parts.add(ranges);
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(new SchoolCalendar(parts.get(0), parts.get(1), parts.get(2), parts.get(3)));
    } catch (ValidationException e) {
      e.problems().forEach(p -> problems.add(p.under(calendar.path())));
      return Optional.empty();
    }
  }

  /** @return the document it was read from, for locating problems */
  public SourceDocument source() {
    return source;
  }

  /** @return the set's id */
  public String id() {
    return id;
  }

  /** @return the file's version */
  public String version() {
    return version;
  }

  /** @return the title */
  public String title() {
    return title;
  }

  /** @return the jurisdiction, where stated */
  public Optional<String> jurisdiction() {
    return jurisdiction;
  }

  /** @return the first day it is in effect */
  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  /** @return the last day it is in effect, if it ends */
  public Optional<LocalDate> effectiveTo() {
    return effectiveTo;
  }

  /**
   * @param date a day
   * @return whether the definition is in effect on that day
   */
  public boolean isEffectiveOn(LocalDate date) {
    return !date.isBefore(effectiveFrom) && effectiveTo.map(end -> !date.isAfter(end)).orElse(true);
  }

  /** @return the id of the set it overlays, if any */
  public Optional<String> extendsId() {
    return extendsId;
  }

  /** @return the set-wide parameters stated here (a copy) */
  public ObjectNode parameters() {
    return parameters.deepCopy();
  }

  /** @return activity types declared here */
  public List<ActivityType> activityTypes() {
    return activityTypes;
  }

  /** @return the school calendar stated here, if any */
  public Optional<SchoolCalendar> calendar() {
    return calendar;
  }

  /** @return the entries as written */
  public List<EntrySpec> entries() {
    return entries;
  }

  /** @return ids of inherited rules this set switches off */
  public List<String> disabled() {
    return disabled;
  }

  /** @return for example {@code qinghe-county@2024.1 (from 2024-01-01)} */
  @Override
  public String toString() {
    return id + "@" + version + " (from " + effectiveFrom + effectiveTo.map(t -> " to " + t).orElse("") + ")";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RuleSetDefinition that && id.equals(that.id) && version.equals(that.version)
        && effectiveFrom.equals(that.effectiveFrom) && source.source().equals(that.source.source());
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version, effectiveFrom);
  }
}
