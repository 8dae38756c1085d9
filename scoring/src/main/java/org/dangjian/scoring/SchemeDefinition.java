package org.dangjian.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.Labelled;
import org.dangjian.core.Labels;
import org.dangjian.core.Problem;
import org.dangjian.core.ValidationException;
import org.dangjian.core.json.FileHeader;
import org.dangjian.core.json.SourceDocument;
import org.dangjian.core.json.StrictObject;
import org.dangjian.core.json.Syntax;
import org.dangjian.core.member.MemberStatus;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.core.time.PeriodKind;

/**
 * One scoring-scheme file as written, format {@value #SCHEMA}; {@link SchemeRegistry} checks definitions
 * together and resolves them. A scheme may {@code extends} another: its blocks, items and grade bands
 * replace the parent's with the same id (or add to them), {@code disable} removes inherited items, and
 * any other section it states replaces the parent's.
 *
 * <pre>{@code
 * schema: dangjian/scoring-scheme@1
 * id: member-points
 * version: "2024.1"
 * title: 党员积分
 * effective: {from: 2024-01-01}
 * subject: member                      # member | secretary | leader | branch | organisation
 * total: {floor: 0, cap: 100}
 * prorate: true
 * blocks:
 *   - {id: politics, zh: 讲政治, en: politics, base: 20, cap: 30}
 * items:
 *   - id: meetings
 *     block: politics
 *     zh: 参加三会一课
 *     en: meetings attended
 *     evidence: {attendance: {activityTypes: [branch-general-meeting, party-lecture]}}
 *     points: 1
 *     cap: {per: month, max: 2}
 *     capPerYear: 12
 * grades:
 *   - {grade: excellent, zh: 优秀, en: excellent, min: 95}
 *   - {grade: qualified, zh: 合格, en: qualified}
 * quotas: [{grade: excellent, maxShare: 0.30, rounding: down, ties: demote-tied}]
 * eligibility: {scored: [full, probationary], graded: [full], ranked: [full]}
 * ranking: {tieBreaks: [politics]}
 * bottom: {count: 1}
 * }</pre>
 */
public final class SchemeDefinition {

  /** The schema tag of scheme files. */
  public static final String SCHEMA = "dangjian/scoring-scheme@1";

  /** The class-path resource holding the JSON Schema of scheme files. */
  public static final String SCHEMA_RESOURCE = "/org/dangjian/scoring/scoring-scheme-1.schema.json";

  private static final Set<String> TOP = Set.of("schema", "id", "version", "title", "effective", "extends", "subject",
      "organisations", "total", "prorate", "activityTypes", "blocks", "items", "grades", "quotas", "eligibility", "ranking", "bottom", "disable");
  private static final Set<String> BLOCK = Set.of("id", "zh", "en", "base", "floor", "cap", "weight");
  private static final Set<String> ITEM = Set.of("id", "block", "zh", "en", "evidence", "points", "factor", "cap",
      "capPerYear", "group", "veto");
  private static final Set<String> EVIDENCE = Set.of("attendance", "absence", "ledger", "findings", "commitments",
      "duesArrears", "duesPaid", "ballots", "reportRatings", "complianceRate", "correctionRate", "inspectionScore", "attendanceRate", "letter", "scheme");

  /**
   * An item as written: the item, and for {@code scheme} evidence the id of the scheme it refers to.
   *
   * @param item the item; for scheme evidence, with a placeholder until resolved
   * @param schemeRef the referenced scheme's id, for {@code scheme} evidence
   * @param path where it stands in the file
   */
  record ItemSpec(ScoringScheme.Item item, Optional<String> schemeRef, String path) {}

  /**
   * A block as written.
   *
   * @param block the block
   * @param path where it stands in the file
   */
  record BlockSpec(ScoringScheme.Block block, String path) {}

  final SourceDocument source;
  final String id;
  final String version;
  final String title;
  final LocalDate from;
  final Optional<LocalDate> to;
  final Optional<String> extendsId;
  final Optional<SubjectKind> subject;
  final Optional<List<OrganisationKind>> organisationKinds;
  final Optional<Integer> depth;
  final Optional<BigDecimal> floor;
  final Optional<BigDecimal> cap;
  final Optional<Boolean> prorate;
  final List<BlockSpec> blocks;
  final List<ItemSpec> items;
  final Optional<List<ScoringScheme.GradeBand>> grades;
  final Optional<List<ScoringScheme.Quota>> quotas;
  final Optional<ScoringScheme.Eligibility> eligibility;
  final Optional<List<String>> tieBreaks;
  final Optional<ScoringScheme.Bottom> bottom;
  final List<String> disabled;

  private SchemeDefinition(Parser p) {
    this.source = p.document;
    this.id = p.id;
    this.version = p.version;
    this.title = p.title;
    this.from = p.from;
    this.to = p.to;
    this.extendsId = p.extendsId;
    this.subject = p.subject;
    this.organisationKinds = p.organisationKinds;
    this.depth = p.depth;
    this.floor = p.floor;
    this.cap = p.cap;
    this.prorate = p.prorate;
    this.blocks = List.copyOf(p.blocks);
    this.items = List.copyOf(p.items);
    this.grades = p.grades;
    this.quotas = p.quotas;
    this.eligibility = p.eligibility;
    this.tieBreaks = p.tieBreaks;
    this.bottom = p.bottom;
    this.disabled = List.copyOf(p.disabled);
  }

  /**
   * @param file a scheme file
   * @return the definition
   * @throws ValidationException listing every problem with file, line and path
   */
  public static SchemeDefinition read(Path file) {
    java.util.Objects.requireNonNull(file, "file");
    return parse(SourceDocument.read(file));
  }

  /**
   * @param text the file's content
   * @param source the name to report problems under
   * @param syntax JSON or YAML
   * @return the definition
   */
  public static SchemeDefinition parse(String text, String source, Syntax syntax) {
    java.util.Objects.requireNonNull(text, "text");
    java.util.Objects.requireNonNull(source, "source");
    java.util.Objects.requireNonNull(syntax, "syntax");
    return parse(SourceDocument.of(text, source, syntax));
  }

  /**
   * @param document a read document
   * @return the definition
   * @throws ValidationException listing every problem with source, line and path
   */
  public static SchemeDefinition parse(SourceDocument document) {
    java.util.Objects.requireNonNull(document, "document");
    Parser parser = new Parser(document);
    parser.parse();
    if (!parser.problems.isEmpty()) {
      throw document.reject(parser.problems);
    }
    return new SchemeDefinition(parser);
  }

  /**
   * Every problem of a scheme file in one round: those of the file itself and — where it reads far enough to be
   * a scheme (an id, a version, a start date) — those of the scheme against the schemes of the registry it
   * extends or refers to, its items read as far as they go. What {@code dangjian validate} reports.
   *
   * @param document a read document
   * @param registry the schemes it may extend or refer to
   * @return the problems, each with its line and path; empty when the scheme is valid
   */
  public static List<Problem> problemsOf(SourceDocument document, SchemeRegistry registry) {
    java.util.Objects.requireNonNull(document, "document");
    java.util.Objects.requireNonNull(registry, "registry");
    Parser parser = new Parser(document);
    parser.parse();
    List<Problem> all = new ArrayList<>(parser.problems.isEmpty() ? List.of() : document.reject(parser.problems).problems());
    if (!parser.id.isEmpty() && !parser.version.isEmpty() && !parser.from.equals(LocalDate.MIN)) {
      try {
        registry.with(new SchemeDefinition(parser));
      } catch (ValidationException e) {
        e.problems().stream().filter(p -> !all.contains(p)).forEach(all::add);
      }
    }
    return List.copyOf(all);
  }

  /** @return the scheme's id */
  public String id() {
    return id;
  }

  /** @return the file's version */
  public String version() {
    return version;
  }

  /** @return the document it was read from */
  public SourceDocument source() {
    return source;
  }

  /** @return whether it is in effect on the day */
  public boolean isEffectiveOn(LocalDate date) {
    return !date.isBefore(from) && to.map(end -> !date.isAfter(end)).orElse(true);
  }

  /** @return the id of the scheme it extends, if any */
  public Optional<String> extendsId() {
    return extendsId;
  }

  /** @return for example {@code member-points@2024.1 (from 2024-01-01)} */
  @Override
  public String toString() {
    return id + "@" + version + " (from " + from + to.map(t -> " to " + t).orElse("") + ")";
  }

  /** Reads one document, collecting every problem. */
  private static final class Parser {
    final SourceDocument document;
    final List<Problem> problems = new ArrayList<>();
    String id = "";
    String version = "";
    String title = "";
    LocalDate from = LocalDate.MIN;
    Optional<LocalDate> to = Optional.empty();
    Optional<String> extendsId = Optional.empty();
    Optional<SubjectKind> subject = Optional.empty();
    Optional<List<OrganisationKind>> organisationKinds = Optional.empty();
    Optional<Integer> depth = Optional.empty();
    Optional<BigDecimal> floor = Optional.empty();
    Optional<BigDecimal> cap = Optional.empty();
    Optional<Boolean> prorate = Optional.empty();
    final List<org.dangjian.core.activity.ActivityType> activityTypes = new ArrayList<>();
    final List<BlockSpec> blocks = new ArrayList<>();
    final List<ItemSpec> items = new ArrayList<>();
    Optional<List<ScoringScheme.GradeBand>> grades = Optional.empty();
    Optional<List<ScoringScheme.Quota>> quotas = Optional.empty();
    Optional<ScoringScheme.Eligibility> eligibility = Optional.empty();
    Optional<List<String>> tieBreaks = Optional.empty();
    Optional<ScoringScheme.Bottom> bottom = Optional.empty();
    List<String> disabled = List.of();

    Parser(SourceDocument document) {
      this.document = document;
    }

    void parse() {
      StrictObject top = StrictObject.of(document.root(), "", problems, TOP).orElse(null);
      if (top == null) {
        return;
      }
      FileHeader header = FileHeader.read(top, SCHEMA, "scheme");
      id = header.id().orElse("");
      version = header.version().orElse("");
      title = header.title().orElse("");
      from = header.from().orElse(LocalDate.MIN);
      to = header.to();
      extendsId = top.text("extends");
      subject = top.code(SubjectKind.class, "subject");
      if (subject.isEmpty() && extendsId.isEmpty() && !top.hasField("subject")) {
        top.missing("subject");
      }
      top.object("organisations", Set.of("kinds", "depth")).ifPresent(o -> {
        organisationKinds = Optional.of(codes(o, "kinds", OrganisationKind.class));
        depth = o.integer("depth");
      });
      top.object("total", Set.of("floor", "cap")).ifPresent(t -> {
        floor = t.decimal("floor");
        cap = t.decimal("cap");
      });
      prorate = top.bool("prorate");
      Set<String> blockIds = new HashSet<>();
      activityTypes.addAll(top.activityTypes("activityTypes"));
      for (StrictObject.Element element : top.list("blocks")) {
        StrictObject.of(element.node(), element.path(), problems, BLOCK).ifPresent(b -> block(b, element.path(), blockIds));
      }
      Set<String> itemIds = new HashSet<>();
      for (StrictObject.Element element : top.list("items")) {
        StrictObject.of(element.node(), element.path(), problems, ITEM).ifPresent(i -> item(i, element.path(), itemIds));
      }
      if (top.hasField("grades")) {
        List<ScoringScheme.GradeBand> bands = new ArrayList<>();
        for (StrictObject.Element element : top.list("grades")) {
          StrictObject.of(element.node(), element.path(), problems, Set.of("grade", "zh", "en", "min")).ifPresent(g -> {
            Optional<String> grade = g.requiredText("grade");
            Optional<Labels> labels = labels(g);
            if (grade.isPresent() && labels.isPresent()) {
              bands.add(new ScoringScheme.GradeBand(grade.get(), labels.get(), g.decimal("min")));
            }
          });
        }
        grades = Optional.of(bands);
      }
      if (top.hasField("quotas")) {
        List<ScoringScheme.Quota> list = new ArrayList<>();
        for (StrictObject.Element element : top.list("quotas")) {
          StrictObject.of(element.node(), element.path(), problems, Set.of("grade", "maxShare", "rounding", "ties")).ifPresent(q -> {
            Optional<String> grade = q.requiredText("grade");
            Optional<BigDecimal> share = q.decimal("maxShare");
            if (share.isEmpty() && !q.hasField("maxShare")) {
              q.missing("maxShare");
            }
            share.filter(v -> v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0).ifPresent(v ->
                q.problem("maxShare", "invalid-value", "a share is between 0 and 1, not " + v));
            RoundingMode rounding = rounding(q, "rounding", RoundingMode.DOWN);
            ScoringScheme.Ties ties = q.text("ties").map(t -> enumOf(q, "ties", ScoringScheme.Ties.class, t, ScoringScheme.Ties.DEMOTE_TIED))
                .orElse(ScoringScheme.Ties.DEMOTE_TIED);
            if (grade.isPresent() && share.isPresent()) {
              list.add(new ScoringScheme.Quota(grade.get(), share.get(), rounding, ties));
            }
          });
        }
        quotas = Optional.of(list);
      }
      top.object("eligibility", Set.of("scored", "graded", "ranked")).ifPresent(e -> eligibility = Optional.of(
          new ScoringScheme.Eligibility(Set.copyOf(codes(e, "scored", MemberStatus.class)),
              Set.copyOf(codes(e, "graded", MemberStatus.class)), Set.copyOf(codes(e, "ranked", MemberStatus.class)))));
      top.object("ranking", Set.of("tieBreaks")).ifPresent(r -> tieBreaks = Optional.of(r.texts("tieBreaks")));
      top.object("bottom", Set.of("count", "share", "rounding")).ifPresent(b -> {
        Optional<Integer> count = b.integer("count");
        Optional<BigDecimal> share = b.decimal("share");
        if (count.isPresent() == share.isPresent()) {
          b.problem("", "invalid-value", "bottom states either a count or a share");
        }
        bottom = Optional.of(new ScoringScheme.Bottom(count, share, rounding(b, "rounding", RoundingMode.UP)));
      });
      disabled = top.texts("disable");
    }

    private void block(StrictObject b, String path, Set<String> ids) {
      Optional<String> blockId = b.requiredId("id", "block");
      blockId.filter(i -> !ids.add(i)).ifPresent(i -> b.problem("id", "duplicate-id", "block '" + i + "' is stated twice"));
      Optional<Labels> labels = labels(b);
      BigDecimal weight = b.decimal("weight").orElse(BigDecimal.ONE);
      if (blockId.isPresent() && labels.isPresent()) {
        blocks.add(new BlockSpec(new ScoringScheme.Block(blockId.get(), labels.get(), b.decimal("base").orElse(BigDecimal.ZERO),
            b.decimal("floor").orElse(BigDecimal.ZERO), b.decimal("cap"), weight), path));
      }
    }

    private void item(StrictObject i, String path, Set<String> ids) {
      Optional<String> itemId = i.requiredId("id", "item");
      itemId.filter(x -> !ids.add(x)).ifPresent(x -> i.problem("id", "duplicate-id", "item '" + x + "' is stated twice"));
      Optional<String> block = i.requiredText("block");
      Optional<Labels> labels = labels(i);
      Optional<ScoringScheme.PeriodCap> periodCap = i.object("cap", Set.of("per", "max")).flatMap(c -> {
        Optional<PeriodKind> per = c.code(PeriodKind.class, "per");
        Optional<BigDecimal> max = c.decimal("max");
        if (!c.hasField("per")) {
          c.missing("per");
        }
        if (!c.hasField("max")) {
          c.missing("max");
        }
        return per.isPresent() && max.isPresent() ? Optional.of(new ScoringScheme.PeriodCap(per.get(), max.get())) : Optional.empty();
      });
      Optional<ScoringScheme.Veto> veto = i.object("veto", Set.of("zeroItems", "zeroBlock", "capGrade")).map(v ->
          new ScoringScheme.Veto(v.texts("zeroItems"), v.text("zeroBlock"), v.text("capGrade")));
      Optional<String> schemeRef = Optional.empty();
      Evidence evidence = null;
      Optional<StrictObject> e = i.object("evidence", EVIDENCE);
      if (e.isEmpty() && !i.hasField("evidence")) {
        i.missing("evidence");
      }
      if (e.isPresent()) {
        List<String> kinds = e.get().fieldNames();
        if (kinds.size() != 1) {
          e.get().problem("", "invalid-value", "evidence names exactly one kind: one of " + String.join(", ", new java.util.TreeSet<>(EVIDENCE)));
        } else {
          String kind = kinds.get(0);
          if (kind.equals("scheme") && e.get().node().get(kind).isNull()) {
            e.get().problem(kind, "wrong-type", "expected an object naming the scheme ({id: …}), found null");
          } else if (kind.equals("scheme")) {
            schemeRef = e.get().object("scheme", Set.of("id")).flatMap(s -> s.requiredId("id", "scheme"));
          } else {
            evidence = evidence(e.get(), kind);
          }
        }
      }
      if (itemId.isEmpty() || block.isEmpty() || labels.isEmpty() || evidence == null && schemeRef.isEmpty()) {
        return;
      }
      Evidence resolved = evidence != null ? evidence : new Evidence.Attendance(List.of()); // placeholder until resolved
      items.add(new ItemSpec(new ScoringScheme.Item(itemId.get(), block.get(), labels.get(), resolved, i.decimal("points"),
          i.decimal("factor").orElse(BigDecimal.ONE), periodCap, i.decimal("capPerYear"), i.text("group"), veto), schemeRef, path));
    }

    private @org.jspecify.annotations.Nullable Evidence evidence(StrictObject e, String kind) {
      Optional<EvidenceKind> declared = EvidenceKind.named(kind);
      if (declared.isEmpty()) {
        return null; // the evidence object's own reading reported the unknown kind
      }
      if (e.node().get(kind).isNull()) {
        e.problem(kind, "wrong-type", "expected an object of the kind's parameters ({} for none), found null");
        return null;
      }
      return e.object(kind, declared.get().parameters().stream().map(org.dangjian.rules.spi.Parameter::name)
          .collect(java.util.stream.Collectors.toSet())).flatMap(a -> {
            // The kind's declared parameters judge its values, all at once; names not declared were reported above.
            com.fasterxml.jackson.databind.JsonNode node = a.node();
            List<Problem> found = org.dangjian.rules.spi.Parameter.problemsOfObject(declared.get().parameters(), node, "", this::activityTypeKnown)
                .stream().filter(problem -> !problem.code().equals("unknown-parameter")).toList();
            found.forEach(problem -> a.problem(problem.path(), problem.code(), problem.message()));
            return found.isEmpty() ? Optional.of(declared.get().read(org.dangjian.rules.spi.RuleParameters.of(
                (com.fasterxml.jackson.databind.node.ObjectNode) node))) : Optional.empty();
          }).orElse(null);
    }

    /** @return whether an evidence's activity type is standard or declared by the scheme's own {@code activityTypes} */
    private boolean activityTypeKnown(String code) {
      return org.dangjian.core.activity.ActivityType.standardType(code).isPresent()
          || activityTypes.stream().anyMatch(type -> type.code().equals(code));
    }

    private <E extends Enum<E> & Labelled> List<E> codes(StrictObject o, String name, Class<E> type) {
      List<E> codes = new ArrayList<>();
      for (String text : o.texts(name)) {
        Labelled.find(type, text).ifPresentOrElse(codes::add, () -> o.problem(name, "unknown-code",
            "unknown " + type.getSimpleName() + " '" + text + "'; expected one of: "
                + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Labelled::code).toList())));
      }
      return codes;
    }

    private Optional<Labels> labels(StrictObject o) {
      Optional<String> zh = o.requiredText("zh");
      Optional<String> en = o.requiredText("en");
      return zh.isPresent() && en.isPresent() ? Optional.of(new Labels(zh.get(), en.get())) : Optional.empty();
    }

    private RoundingMode rounding(StrictObject o, String name, RoundingMode fallback) {
      return o.text(name).map(t -> enumOf(o, name, RoundingMode.class, t, fallback)).orElse(fallback);
    }

    private <E extends Enum<E>> E enumOf(StrictObject o, String name, Class<E> type, String text, E fallback) {
      try {
        return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        o.problem(name, "unknown-code", "unknown " + name + " '" + text + "'; expected one of: "
            + String.join(", ", java.util.Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList()));
        return fallback;
      }
    }
  }
}
