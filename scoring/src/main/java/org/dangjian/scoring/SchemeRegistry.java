package org.dangjian.scoring;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import org.dangjian.core.Problem;
import org.dangjian.core.ValidationException;
import org.dangjian.core.member.MemberStatus;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.scoring.spi.SchemeProvider;

/**
 * The scoring schemes known to an application, checked together, and their resolution for a day: the
 * version in effect, its {@code extends} chain flattened, and the schemes it refers to resolved too.
 * Building checks every definition — blocks and items referring to what exists, grade bands in order,
 * evidence that fits the subject, quotas and vetoes naming grades and items that exist, no cycles —
 * naming file, line and path. Immutable and thread-safe.
 */
public final class SchemeRegistry {
  private static final Set<String> MEMBER_EVIDENCE = Set.of("absence", "ledger", "commitments", "duesArrears", "duesPaid",
      "ballots");
  private final List<SchemeDefinition> definitions;
  private final LetterRegistry letters;

  private SchemeRegistry(List<SchemeDefinition> definitions, LetterRegistry letters) {
    this.definitions = List.copyOf(definitions);
    this.letters = letters;
  }

  /** @return the built-in schemes and those of every provider on the class path */
  public static SchemeRegistry standard() {
    return Standard.REGISTRY;
  }

  private static final class Standard {
    static final SchemeRegistry REGISTRY = builder().discover().build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A registry like this one with a scheme of one's own: it takes the place of every version of a scheme
   * with the same id, and may extend or refer to any scheme this registry holds.
   *
   * @param definition the scheme to add
   * @return the new registry
   * @throws ValidationException for every problem of the scheme against what it extends or refers to
   */
  public SchemeRegistry with(SchemeDefinition definition) {
    Builder builder = builder().letters(letters);
    definitions.stream().filter(d -> !d.id().equals(definition.id())).forEach(builder::definition);
    return builder.definition(definition).build();
  }

  /** @return the responsibility-letter templates that its schemes' {@code letter} evidence assesses against */
  public LetterRegistry letters() {
    return letters;
  }

  /** @return the ids of the schemes it holds, sorted */
  public Set<String> ids() {
    Set<String> ids = new TreeSet<>();
    definitions.forEach(d -> ids.add(d.id()));
    return ids;
  }

  /**
   * @param id a scheme id
   * @param date the day it must be in effect
   * @return the scheme as in effect that day
   * @throws ValidationException ({@code unknown-scheme}, {@code not-effective}) or for problems of the chain
   */
  public ScoringScheme resolve(String id, LocalDate date) {
    java.util.Objects.requireNonNull(id, "id");
    java.util.Objects.requireNonNull(date, "date");
    List<Problem> problems = new ArrayList<>();
    Optional<ScoringScheme> scheme = resolve(id, date, new ArrayDeque<>(), problems, Optional.empty());
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return scheme.orElseThrow();
  }

  private Optional<SchemeDefinition> effective(String id, LocalDate date, List<Problem> problems, Optional<Origin> referrer) {
    List<SchemeDefinition> versions = definitions.stream().filter(d -> d.id().equals(id)).toList();
    if (versions.isEmpty()) {
      Problem problem = Problem.of(referrer.map(Origin::path).orElse(""), referrer.isPresent() ? "dangling-reference" : "unknown-scheme",
          "scheme '" + id + "' is not known; known: " + ids());
      problems.add(referrer.map(r -> r.locate(problem)).orElse(problem));
      return Optional.empty();
    }
    Optional<SchemeDefinition> found = versions.stream().filter(d -> d.isEffectiveOn(date)).findFirst();
    if (found.isEmpty()) {
      Problem problem = Problem.of(referrer.map(Origin::path).orElse(""), "not-effective",
          "no version of scheme '" + id + "' is in effect on " + date + "; versions: " + versions);
      problems.add(referrer.map(r -> r.locate(problem)).orElse(problem));
    }
    return found;
  }

  private Optional<ScoringScheme> resolve(String id, LocalDate date, Deque<String> visiting, List<Problem> problems,
      Optional<Origin> referrer) {
    if (visiting.contains(id)) {
      Problem problem = Problem.of(referrer.map(Origin::path).orElse(""), "cycle",
          "scheme '" + id + "' refers to itself: " + String.join(" → ", visiting) + " → " + id);
      problems.add(referrer.map(r -> r.locate(problem)).orElse(problem));
      return Optional.empty();
    }
    Optional<SchemeDefinition> top = effective(id, date, problems, referrer);
    if (top.isEmpty()) {
      return Optional.empty();
    }
    visiting.addLast(id);
    try {
      Flat flat = new Flat();
      int before = problems.size();
      if (!flatten(top.get(), date, flat, new ArrayDeque<>(), problems)) {
        return Optional.empty();
      }
      List<ScoringScheme.Item> items = new ArrayList<>();
      for (Spec spec : flat.items.values()) {
        ScoringScheme.Item item = spec.spec.item();
        if (spec.spec.schemeRef().isPresent()) {
          Optional<ScoringScheme> other = resolve(spec.spec.schemeRef().get(), date, visiting, problems,
              Optional.of(new Origin(spec.definition, spec.spec.path() + ".evidence.scheme.id")));
          if (other.isEmpty()) {
            continue;
          }
          item = new ScoringScheme.Item(item.id(), item.block(), item.labels(), new Evidence.SchemeTotal(other.get()),
              item.points(), item.factor(), item.periodCap(), item.yearCap(), item.group(), item.veto());
        }
        if (item.evidence() instanceof Evidence.Letter l) {
          l.template().filter(t -> !letters.ids().contains(t)).ifPresent(t -> problems.add(spec.locate(spec.spec.path()
              + ".evidence.letter.template", "dangling-reference", "letter template '" + t + "' is not known; known: " + letters.ids())));
          item = new ScoringScheme.Item(item.id(), item.block(), item.labels(), new Evidence.Letter(l.template(), letters),
              item.points(), item.factor(), item.periodCap(), item.yearCap(), item.group(), item.veto());
        }
        items.add(item);
      }
      SchemeDefinition def = top.get();
      ScoringScheme scheme = new ScoringScheme(def.id(), def.version(), def.title, date, flat.chain,
          flat.subject.orElse(SubjectKind.MEMBER), flat.kinds.orElse(List.of(OrganisationKind.GRASSROOTS_COMMITTEE,
              OrganisationKind.GENERAL_BRANCH, OrganisationKind.BRANCH, OrganisationKind.JOINT_BRANCH)),
          flat.depth.orElse(1), flat.floor.orElse(BigDecimal.ZERO), flat.cap,
          flat.blocks.values().stream().map(b -> b.spec.block()).toList(), items, flat.grades.orElse(List.of()),
          flat.quotas.orElse(List.of()), flat.eligibility.orElse(new ScoringScheme.Eligibility(
              EnumSet.of(MemberStatus.FULL, MemberStatus.PROBATIONARY, MemberStatus.ACTIVIST, MemberStatus.CANDIDATE),
              EnumSet.of(MemberStatus.FULL), EnumSet.of(MemberStatus.FULL))),
          flat.tieBreaks.orElse(List.of()), flat.bottom, flat.prorate.orElse(false));
      check(scheme, flat, problems, top.get());
      return problems.size() == before ? Optional.of(scheme) : Optional.empty();
    } finally {
      visiting.removeLast();
    }
  }

  private boolean flatten(SchemeDefinition def, LocalDate date, Flat flat, Deque<String> visiting, List<Problem> problems) {
    if (visiting.contains(def.id())) {
      problems.add(def.source().locate(Problem.of("extends", "cycle",
          "scheme '" + def.id() + "' extends itself: " + String.join(" → ", visiting) + " → " + def.id())));
      return false;
    }
    visiting.addLast(def.id());
    if (def.extendsId().isPresent()) {
      Optional<SchemeDefinition> parent = effective(def.extendsId().get(), date, problems, Optional.of(new Origin(def, "extends")));
      if (parent.isEmpty() || !flatten(parent.get(), date, flat, visiting, problems)) {
        return false;
      }
    }
    visiting.removeLast();
    int before = problems.size();
    flat.chain.add(def.id() + "@" + def.version());
    def.subject.ifPresent(s -> flat.subject = Optional.of(s));
    def.organisationKinds.ifPresent(k -> flat.kinds = Optional.of(k));
    def.depth.ifPresent(d -> flat.depth = Optional.of(d));
    def.floor.ifPresent(f -> flat.floor = Optional.of(f));
    def.cap.ifPresent(c -> flat.cap = Optional.of(c));
    def.prorate.ifPresent(p -> flat.prorate = Optional.of(p));
    def.grades.ifPresent(g -> flat.grades = Optional.of(g));
    def.quotas.ifPresent(q -> flat.quotas = Optional.of(q));
    def.eligibility.ifPresent(e -> flat.eligibility = Optional.of(e));
    def.tieBreaks.ifPresent(t -> flat.tieBreaks = Optional.of(t));
    def.bottom.ifPresent(b -> flat.bottom = Optional.of(b));
    for (SchemeDefinition.BlockSpec block : def.blocks) {
      BlockEntry previous = flat.blocks.put(block.block().id(), new BlockEntry(def, block));
      if (previous != null && previous.spec.block().equals(block.block())) {
        problems.add(def.source().locate(Problem.of(block.path(), "redundant",
            "block '" + block.block().id() + "' is inherited unchanged; a scheme extending another states only what changes")));
      }
    }
    for (SchemeDefinition.ItemSpec item : def.items) {
      Spec previous = flat.items.put(item.item().id(), new Spec(def, item));
      if (previous != null && previous.spec.item().equals(item.item()) && previous.spec.schemeRef().equals(item.schemeRef())) {
        problems.add(def.source().locate(Problem.of(item.path(), "redundant",
            "item '" + item.item().id() + "' is inherited unchanged; a scheme extending another states only what changes")));
      }
    }
    for (int i = 0; i < def.disabled.size(); i++) {
      if (flat.items.remove(def.disabled.get(i)) == null) {
        problems.add(def.source().locate(Problem.of("disable[" + i + "]", "unknown-item",
            "item '" + def.disabled.get(i) + "' is not inherited, so it cannot be disabled")));
      }
    }
    return problems.size() == before;
  }

  /** Checks the flattened scheme: references, bands, and evidence that fits the subject. */
  private static void check(ScoringScheme scheme, Flat flat, List<Problem> problems, SchemeDefinition top) {
    Set<String> blocks = new HashSet<>(flat.blocks.keySet());
    Set<String> grades = new HashSet<>();
    scheme.grades().forEach(g -> grades.add(g.grade()));
    if (blocks.isEmpty()) {
      problems.add(top.source().locate(Problem.of("blocks", "missing-field", "scheme " + scheme.id() + " needs at least one block")));
    }
    for (Spec spec : flat.items.values()) {
      ScoringScheme.Item item = spec.spec.item();
      String at = spec.spec.path();
      if (!blocks.contains(item.block())) {
        problems.add(spec.locate(at + ".block", "dangling-reference", "block '" + item.block() + "' is not among the blocks " + blocks));
      }
      item.veto().ifPresent(v -> {
        v.zeroItems().stream().filter(x -> !flat.items.containsKey(x)).forEach(x ->
            problems.add(spec.locate(at + ".veto.zeroItems", "dangling-reference", "item '" + x + "' is not among the items")));
        v.zeroBlock().filter(b -> !blocks.contains(b)).ifPresent(b ->
            problems.add(spec.locate(at + ".veto.zeroBlock", "dangling-reference", "block '" + b + "' is not among the blocks")));
        v.capGrade().filter(g -> !grades.contains(g)).ifPresent(g ->
            problems.add(spec.locate(at + ".veto.capGrade", "dangling-reference", "grade '" + g + "' is not among the grades")));
      });
      String kind = spec.spec.schemeRef().isPresent() ? "scheme" : item.evidence().kind();
      SubjectKind subject = scheme.subject();
      boolean personal = subject == SubjectKind.MEMBER || subject == SubjectKind.SECRETARY;
      if (MEMBER_EVIDENCE.contains(kind) && !personal || kind.equals("reportRatings") && subject != SubjectKind.SECRETARY && subject != SubjectKind.LEADER
          || (kind.equals("complianceRate") || kind.equals("correctionRate") || kind.equals("inspectionScore")
              || kind.equals("attendanceRate") || kind.equals("letter")) && personal) {
        problems.add(spec.locate(at + ".evidence", "invalid-value",
            "evidence '" + kind + "' does not apply to " + subject.code() + " subjects"));
      }
      if (item.points().isEmpty() && !kind.equals("ledger") && !isAmount(kind)) {
        problems.add(spec.locate(at + ".points", "missing-field", "item '" + item.id() + "' needs points per occurrence"));
      }
    }
    for (ScoringScheme.Quota quota : scheme.quotas()) {
      if (!grades.contains(quota.grade())) {
        problems.add(top.source().locate(Problem.of("quotas", "dangling-reference",
            "quota on grade '" + quota.grade() + "', which is not among the grades")));
      } else if (scheme.grades().get(scheme.grades().size() - 1).grade().equals(quota.grade())) {
        problems.add(top.source().locate(Problem.of("quotas", "invalid-value",
            "quota on grade '" + quota.grade() + "', the lowest: there is no grade to demote to")));
      }
    }
    for (String block : scheme.tieBreaks()) {
      if (!blocks.contains(block)) {
        problems.add(top.source().locate(Problem.of("ranking.tieBreaks", "dangling-reference",
            "tie-break block '" + block + "' is not among the blocks")));
      }
    }
    List<ScoringScheme.GradeBand> bands = scheme.grades();
    for (int i = 0; i < bands.size(); i++) {
      boolean last = i == bands.size() - 1;
      if (!last && bands.get(i).min().isEmpty()) {
        problems.add(top.source().locate(Problem.of("grades[" + i + "].min", "missing-field", "every grade band but the last has a minimum")));
      }
      if (i > 0 && bands.get(i).min().isPresent() && bands.get(i - 1).min().isPresent()
          && bands.get(i).min().get().compareTo(bands.get(i - 1).min().get()) >= 0) {
        problems.add(top.source().locate(Problem.of("grades[" + i + "].min", "invalid-value",
            "grade bands go from best to worst, each minimum below the last")));
      }
    }
  }

  static boolean isAmount(String kind) {
    return kind.equals("ballots") || kind.equals("reportRatings") || kind.equals("complianceRate") || kind.equals("correctionRate")
        || kind.equals("inspectionScore") || kind.equals("attendanceRate") || kind.equals("letter")
        || kind.equals("scheme");
  }

  private record Origin(SchemeDefinition definition, String path) {
    Problem locate(Problem problem) {
      return definition.source().locate(problem);
    }
  }

  private record Spec(SchemeDefinition definition, SchemeDefinition.ItemSpec spec) {
    Problem locate(String path, String code, String message) {
      return definition.source().locate(Problem.of(path, code, message));
    }
  }

  private record BlockEntry(SchemeDefinition definition, SchemeDefinition.BlockSpec spec) {}

  /** A chain flattened so far. */
  private static final class Flat {
    final List<String> chain = new ArrayList<>();
    Optional<SubjectKind> subject = Optional.empty();
    Optional<List<OrganisationKind>> kinds = Optional.empty();
    Optional<Integer> depth = Optional.empty();
    Optional<BigDecimal> floor = Optional.empty();
    Optional<BigDecimal> cap = Optional.empty();
    Optional<Boolean> prorate = Optional.empty();
    Optional<List<ScoringScheme.GradeBand>> grades = Optional.empty();
    Optional<List<ScoringScheme.Quota>> quotas = Optional.empty();
    Optional<ScoringScheme.Eligibility> eligibility = Optional.empty();
    Optional<List<String>> tieBreaks = Optional.empty();
    Optional<ScoringScheme.Bottom> bottom = Optional.empty();
    final Map<String, BlockEntry> blocks = new LinkedHashMap<>();
    final Map<String, Spec> items = new LinkedHashMap<>();
  }

  /** Assembles a registry; {@link #build()} checks every definition. */
  public static final class Builder {
    private final List<SchemeDefinition> definitions = new ArrayList<>();
    private LetterRegistry letters = LetterRegistry.standard();

    private Builder() {}

    /**
     * @param registry the letter templates the schemes' {@code letter} evidence assesses against ({@link
     *     LetterRegistry#standard()} unless set)
     * @return this builder
     */
    public Builder letters(LetterRegistry registry) {
      this.letters = java.util.Objects.requireNonNull(registry, "registry");
      return this;
    }

    /**
     * @param definition a scheme definition
     * @return this builder
     */
    public Builder definition(SchemeDefinition definition) {
      definitions.add(definition);
      return this;
    }

    /**
     * @param file a scheme file
     * @return this builder
     */
    public Builder read(Path file) {
      return definition(SchemeDefinition.read(file));
    }

    /** @return this builder, with the definitions of every provider on the class path */
    public Builder discover() {
      ServiceLoader.load(SchemeProvider.class, SchemeRegistry.class.getClassLoader())
          .forEach(p -> p.schemes().forEach(this::definition));
      return this;
    }

    /**
     * @return the registry
     * @throws ValidationException listing every problem of every definition
     */
    public SchemeRegistry build() {
      SchemeRegistry registry = new SchemeRegistry(definitions, letters);
      List<Problem> problems = new ArrayList<>();
      for (int i = 0; i < definitions.size(); i++) {
        for (int j = 0; j < i; j++) {
          SchemeDefinition a = definitions.get(i);
          SchemeDefinition b = definitions.get(j);
          if (a.id().equals(b.id()) && !a.from.isAfter(b.to.orElse(LocalDate.MAX)) && !b.from.isAfter(a.to.orElse(LocalDate.MAX))) {
            problems.add(a.source().locate(Problem.of("effective", "overlapping-effective-dates",
                "scheme '" + a.id() + "' version " + a.version() + " overlaps version " + b.version())));
          }
        }
      }
      if (problems.isEmpty()) {
        for (SchemeDefinition definition : definitions) {
          List<Problem> found = new ArrayList<>();
          registry.resolve(definition.id(), definition.from, new ArrayDeque<>(), found, Optional.empty());
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
