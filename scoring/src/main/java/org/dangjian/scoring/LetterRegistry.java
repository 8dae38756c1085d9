package org.dangjian.scoring;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import org.dangjian.core.Problem;
import org.dangjian.core.ValidationException;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.json.SourceDocument;
import org.dangjian.core.supervision.ResponsibilityLetter;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.spi.Parameter;
import org.dangjian.scoring.spi.LetterProvider;

/**
 * The responsibility-letter templates known to an application with the indicators their items name, checked
 * together, and the assessment of letters against them. Building checks every template — its {@code extends}
 * chain, items that name a known indicator with the parameters it declares, effective dates that do not
 * overlap — naming file, line and path. Immutable and thread-safe.
 */
public final class LetterRegistry {
  /** The folder of the built-in letter files on the class path, listed in its {@code index.txt}. */
  public static final String FOLDER = "/org/dangjian/scoring/letters/";

  private final List<LetterTemplate> definitions;
  private final Indicators indicators;

  private LetterRegistry(List<LetterTemplate> definitions, Indicators indicators) {
    this.definitions = List.copyOf(definitions);
    this.indicators = indicators;
  }

  /** @return the built-in templates and those of every provider on the class path, with the standard indicators */
  public static LetterRegistry standard() {
    return Standard.REGISTRY;
  }

  private static final class Standard {
    static final LetterRegistry REGISTRY = builder().builtIn().discover().indicators(Indicators.standard()).build();
  }

  /** @return a registry of no templates, with the built-in indicators */
  public static LetterRegistry empty() {
    return Empty.REGISTRY;
  }

  private static final class Empty {
    static final LetterRegistry REGISTRY = new LetterRegistry(List.of(), Indicators.builtIn());
  }

  /** @return a builder of no templates and the built-in indicators */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A registry like this one with a template of one's own: it takes the place of every version of a template
   * with the same id, and may extend any template this registry holds.
   *
   * @param template the template to add
   * @return the new registry
   * @throws ValidationException for every problem of the template
   */
  public LetterRegistry with(LetterTemplate template) {
    Builder builder = builder().indicators(indicators);
    definitions.stream().filter(d -> !d.id().equals(template.id())).forEach(builder::template);
    return builder.template(template).build();
  }

  /** @return the ids of the templates it holds, sorted */
  public Set<String> ids() {
    Set<String> ids = new TreeSet<>();
    definitions.forEach(d -> ids.add(d.id()));
    return ids;
  }

  /** @return the indicators its templates may name */
  public Indicators indicators() {
    return indicators;
  }

  /**
   * @param id a template's id
   * @param date the day it must be in effect
   * @return the template in effect that day, its {@code extends} chain flattened
   * @throws ValidationException ({@code unknown-template}, {@code not-effective})
   */
  public LetterTemplate resolve(String id, LocalDate date) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    List<Problem> problems = new ArrayList<>();
    Optional<LetterTemplate> resolved = resolve(id, date, problems);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return resolved.orElseThrow();
  }

  /**
   * @param letter a letter
   * @return its template as in effect for its year: on the year's first day, or on the day it was signed if later
   * @throws ValidationException ({@code unknown-template}, {@code not-effective}) naming the letter
   */
  public LetterTemplate templateOf(ResponsibilityLetter letter) {
    Objects.requireNonNull(letter, "letter");
    LocalDate yearStart = LocalDate.of(letter.year(), 1, 1);
    LocalDate on = letter.signed().isAfter(yearStart) ? letter.signed() : yearStart;
    List<Problem> problems = new ArrayList<>();
    Optional<LetterTemplate> resolved = resolve(letter.template(), on, problems);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems.stream().map(p -> Problem.of(p.path(), p.code(), "letter '" + letter.id() + "': "
          + p.message())).toList());
    }
    return resolved.orElseThrow();
  }

  /**
   * Assesses a letter as of the report's day: each item's indicator measured for the letter's organisation and
   * year, against the letter's own target or the template's.
   *
   * @param letter a letter of the dataset
   * @param dataset the records
   * @param report the compliance report of the letter's year
   * @return the attainment
   * @throws ValidationException ({@code wrong-window}) if the report covers another window than the letter's
   *     year; ({@code unknown-template}, {@code not-effective}) for a template not known
   */
  public LetterAttainment assess(ResponsibilityLetter letter, Dataset dataset, ComplianceReport report) {
    Objects.requireNonNull(letter, "letter");
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(report, "report");
    requireYear(report, letter.year());
    return assess(letter, new OrganisationMeasures(dataset, report, letter.year()));
  }

  /**
   * @param dataset the records
   * @param report the compliance report of a whole year
   * @return every letter of the report's year to an organisation the dataset holds assessed (in one part of a
   *     partitioned region, letters to another part's organisations are left to it), by organisation (in tree
   *     order), then template and id
   * @throws ValidationException ({@code wrong-window}) if the report does not cover a whole year; for a letter
   *     whose template is not known, every such letter's problem
   */
  public List<LetterAttainment> assessAll(Dataset dataset, ComplianceReport report) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(report, "report");
    int year = report.window().start().getYear();
    requireYear(report, year);
    OrganisationMeasures measures = new OrganisationMeasures(dataset, report, year);
    // In one part of a partitioned region, a letter to an organisation of another part is that part's to assess.
    List<ResponsibilityLetter> letters = dataset.records(ResponsibilityLetter.KIND).all().stream()
        .filter(l -> l.year() == year && dataset.organisation(l.to()).isPresent())
        .sorted(Comparator.comparing(ResponsibilityLetter::to, dataset.tree().pathOrder()).thenComparing(ResponsibilityLetter::template)
            .thenComparing(ResponsibilityLetter::id))
        .toList();
    List<Problem> problems = new ArrayList<>();
    List<LetterAttainment> assessed = new ArrayList<>();
    for (ResponsibilityLetter letter : letters) {
      try {
        assessed.add(assess(letter, measures));
      } catch (ValidationException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return List.copyOf(assessed);
  }

  LetterAttainment assess(ResponsibilityLetter letter, OrganisationMeasures measures) {
    LetterTemplate template = templateOf(letter);
    IndicatorContext context = new IndicatorContext(measures, letter);
    LocalDate asOf = measures.report().asOf();
    List<LetterAttainment.ItemAttainment> items = new ArrayList<>();
    for (LetterTemplate.Item item : template.items()) {
      Indicator indicator = indicators.named(item.indicator()).orElseThrow();
      Measurement measured = indicator.measure(context, item.indicatorParameters());
      items.add(LetterAttainment.ItemAttainment.of(item, letter.targetOf(item.id()).orElse(item.target()), measured,
          item.dueIn(letter.year()), asOf));
    }
    return new LetterAttainment(letter, template.id() + "@" + template.version(), asOf, items);
  }

  private static void requireYear(ComplianceReport report, int year) {
    if (!report.window().equals(org.dangjian.core.time.ReportingPeriod.year(year))) {
      throw ValidationException.of("report", "wrong-window", "the compliance report covers " + report.window()
          + ", not the year " + year + " of the letters: evaluate the whole year and assess with that report");
    }
  }

  private Optional<LetterTemplate> effective(String id, LocalDate date, List<Problem> problems, Optional<LetterTemplate> referrer) {
    List<LetterTemplate> versions = definitions.stream().filter(d -> d.id().equals(id)).toList();
    if (versions.isEmpty()) {
      Problem problem = Problem.of(referrer.isPresent() ? "extends" : "template", referrer.isPresent() ? "dangling-reference" : "unknown-template",
          "letter template '" + id + "' is not known; known: " + ids());
      problems.add(referrer.map(r -> r.source().locate(problem)).orElse(problem));
      return Optional.empty();
    }
    Optional<LetterTemplate> found = versions.stream().filter(d -> d.isEffectiveOn(date)).findFirst();
    if (found.isEmpty()) {
      Problem problem = Problem.of(referrer.isPresent() ? "extends" : "template", "not-effective",
          "no version of letter template '" + id + "' is in effect on " + date + "; versions: " + versions);
      problems.add(referrer.map(r -> r.source().locate(problem)).orElse(problem));
    }
    return found;
  }

  private Optional<LetterTemplate> resolve(String id, LocalDate date, List<Problem> problems) {
    Optional<LetterTemplate> top = effective(id, date, problems, Optional.empty());
    if (top.isEmpty()) {
      return Optional.empty();
    }
    Map<String, LetterTemplate.ItemSpec> items = new LinkedHashMap<>();
    int before = problems.size();
    flatten(top.get(), date, items, new ArrayDeque<>(), problems);
    if (problems.size() > before) {
      return Optional.empty();
    }
    LetterTemplate t = top.get();
    return Optional.of(new LetterTemplate(t.source, t.id, t.version, t.title, t.from, t.to, Optional.empty(), List.copyOf(items.values()),
        List.of()));
  }

  private void flatten(LetterTemplate def, LocalDate date, Map<String, LetterTemplate.ItemSpec> items, Deque<String> visiting,
      List<Problem> problems) {
    if (visiting.contains(def.id())) {
      problems.add(def.source().locate(Problem.of("extends", "cycle",
          "letter template '" + def.id() + "' extends itself: " + String.join(" → ", visiting) + " → " + def.id())));
      return;
    }
    visiting.addLast(def.id());
    if (def.extendsId().isPresent()) {
      Optional<LetterTemplate> parent = effective(def.extendsId().get(), date, problems, Optional.of(def));
      if (parent.isEmpty()) {
        return;
      }
      int before = problems.size();
      flatten(parent.get(), date, items, visiting, problems);
      if (problems.size() > before) {
        return;
      }
    }
    for (LetterTemplate.ItemSpec item : def.items) {
      LetterTemplate.ItemSpec previous = items.put(item.item().id(), item);
      if (previous != null && previous.item().equals(item.item())) {
        problems.add(def.source().locate(Problem.of(item.path(), "redundant",
            "item '" + item.item().id() + "' is inherited unchanged; a template extending another states only what changes")));
      }
    }
    for (int i = 0; i < def.disabled.size(); i++) {
      if (items.remove(def.disabled.get(i)) == null) {
        problems.add(def.source().locate(Problem.of("disable[" + i + "]", "unknown-item",
            "item '" + def.disabled.get(i) + "' is not inherited, so it cannot be disabled")));
      }
    }
    if (visiting.size() == 1 && items.isEmpty()) {
      problems.add(def.source().locate(Problem.of("items", "missing-field", "letter template '" + def.id() + "' asks for no item")));
    }
    visiting.removeLast();
  }

  /** The problems of the items' indicators: each named indicator known, its parameters as it declares them. */
  private List<Problem> indicatorProblems(LetterTemplate def) {
    List<Problem> problems = new ArrayList<>();
    for (LetterTemplate.ItemSpec spec : def.items) {
      String name = spec.item().indicator();
      String at = spec.path() + ".indicator." + name;
      Optional<Indicator> indicator = indicators.named(name);
      if (indicator.isEmpty()) {
        problems.add(def.source().locate(Problem.of(spec.path() + ".indicator", "unknown-indicator", "no indicator '" + name
            + "'; the indicators are: " + String.join(", ", indicators.all().stream().map(Indicator::name).toList()))));
        continue;
      }
      for (Problem problem : Parameter.problemsOfObject(indicator.get().parameters(), spec.item().parameters(), at,
          code -> ActivityType.standardType(code).isPresent())) {
        problems.add(def.source().locate(problem));
      }
    }
    return problems;
  }

  /** Assembles a registry; {@link #build()} checks every template. */
  public static final class Builder {
    private final List<LetterTemplate> templates = new ArrayList<>();
    private Indicators indicators = Indicators.builtIn();

    private Builder() {}

    /**
     * @param template a letter template
     * @return this builder
     */
    public Builder template(LetterTemplate template) {
      templates.add(Objects.requireNonNull(template, "template"));
      return this;
    }

    /**
     * @param file a letter file
     * @return this builder
     * @throws ValidationException for the file's problems
     */
    public Builder read(Path file) {
      return template(LetterTemplate.read(file));
    }

    /**
     * @param value the indicators the templates may name (the built-in ones unless set)
     * @return this builder
     */
    public Builder indicators(Indicators value) {
      this.indicators = Objects.requireNonNull(value, "value");
      return this;
    }

    /** @return this builder, with the templates shipped with the library */
    public Builder builtIn() {
      SourceDocument.listed(LetterRegistry.class, FOLDER).forEach(document -> template(LetterTemplate.parse(document)));
      return this;
    }

    /** @return this builder, with the templates of every provider on the class path */
    public Builder discover() {
      ServiceLoader.load(LetterProvider.class, LetterRegistry.class.getClassLoader()).forEach(p -> p.letters().forEach(this::template));
      return this;
    }

    /**
     * @return the registry
     * @throws ValidationException listing every problem of every template
     */
    public LetterRegistry build() {
      LetterRegistry registry = new LetterRegistry(templates, indicators);
      List<Problem> problems = new ArrayList<>();
      for (int i = 0; i < templates.size(); i++) {
        for (int j = 0; j < i; j++) {
          LetterTemplate a = templates.get(i);
          LetterTemplate b = templates.get(j);
          if (a.id().equals(b.id()) && !a.from.isAfter(b.to.orElse(LocalDate.MAX)) && !b.from.isAfter(a.to.orElse(LocalDate.MAX))) {
            problems.add(a.source().locate(Problem.of("effective", "overlapping-effective-dates",
                "letter template '" + a.id() + "' version " + a.version() + " overlaps version " + b.version())));
          }
        }
      }
      for (LetterTemplate template : templates) {
        problems.addAll(registry.indicatorProblems(template));
      }
      if (problems.isEmpty()) {
        for (LetterTemplate template : templates) {
          List<Problem> found = new ArrayList<>();
          registry.resolve(template.id(), template.from, found);
          found.stream().filter(p -> !problems.contains(p)).forEach(problems::add);
        }
      }
      if (!problems.isEmpty()) {
        throw new ValidationException(problems);
      }
      return registry;
    }
  }
}
