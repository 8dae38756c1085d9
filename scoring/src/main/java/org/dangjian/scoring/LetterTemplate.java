package org.dangjian.scoring;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
import org.dangjian.rules.spi.RuleParameters;

/**
 * A responsibility letter's template (目标责任书文本), one file as written, format {@value #SCHEMA}: the items
 * a letter signed on it asks for, each an indicator, a target, a weight and a due day. {@link LetterRegistry}
 * checks templates together and resolves the one in effect for a letter; a template may {@code extends}
 * another (a region's own letter over the county's): its items replace the parent's with the same id or add
 * to them, and {@code disable} removes inherited ones. A letter ({@code letters} in a dataset) names its
 * template by id and may set an item's target of its own (a school's development quota).
 *
 * <pre>{@code
 * schema: dangjian/responsibility-letter@1
 * id: county-school-letter
 * version: "2024.1"
 * title: 县教育局党组与学校党组织党建工作目标责任书
 * effective: {from: 2024-01-01}
 * items:
 *   - id: compliance
 *     zh: 三会一课等规定活动按期完成
 *     en: required activities held
 *     indicator: {complianceRate: {subtree: true}}
 *     target: 0.95            # at-least: 0.95 or more (以上) attains it
 *     weight: 30
 *     credit: proportional    # all-or-nothing (the default) | proportional
 *     due: 12-31              # month-day in the letter's year; 02-29 is the 28th in a common year
 *   - {id: findings-closed, zh: 整改按期完成, en: corrections closed in time,
 *      indicator: {correctionRate: {}}, target: 1, weight: 20, due: 12-31}
 * }</pre>
 */
public final class LetterTemplate {

  /** The schema tag of letter files. */
  public static final String SCHEMA = "dangjian/responsibility-letter@1";

  /** The class-path resource holding the JSON Schema of letter files. */
  public static final String SCHEMA_RESOURCE = "/org/dangjian/scoring/responsibility-letter-1.schema.json";

  /** Whether an item's target is a floor or a ceiling. */
  public enum Direction implements Labelled {
    /** The actual value must reach the target: exactly at it attains it (以上). */
    AT_LEAST("不低于（以上）", "at least"),
    /** The actual value must not exceed the target: exactly at it attains it (以下). */
    AT_MOST("不高于（以下）", "at most");

    private final Labels labels;

    Direction(String zh, String en) {
      this.labels = new Labels(zh, en);
    }

    @Override
    public Labels labels() {
      return labels;
    }

    /**
     * @param actual the value measured
     * @param target the target
     * @return whether the target is attained
     */
    public boolean attains(BigDecimal actual, BigDecimal target) {
      int c = actual.compareTo(target);
      return this == AT_LEAST ? c >= 0 : c <= 0;
    }
  }

  /** How much of an item's weight a value short of its target earns. */
  public enum Credit implements Labelled {
    /** The whole weight when attained, nothing otherwise. */
    ALL_OR_NOTHING("达标得分", "all or nothing"),
    /**
     * The share of the target reached: actual ÷ target for at-least, target ÷ actual for at-most, at most the
     * whole weight; a target of 0 earns the whole weight when attained and nothing otherwise.
     */
    PROPORTIONAL("按比例得分", "proportional");

    private final Labels labels;

    Credit(String zh, String en) {
      this.labels = new Labels(zh, en);
    }

    @Override
    public Labels labels() {
      return labels;
    }
  }

  /**
   * An item of a letter.
   *
   * @param id its id, unique in the template
   * @param labels what it asks, in Chinese and English
   * @param indicator the name of the indicator that measures it
   * @param parameters the indicator's parameters, as written
   * @param target the target a letter holds its organisation to, unless the letter sets its own
   * @param direction whether the target is a floor or a ceiling
   * @param credit how a value short of the target is credited
   * @param weight its weight among the template's items; more than 0
   * @param due the day of the letter's year by which it is to be attained
   */
  public record Item(String id, Labels labels, String indicator, ObjectNode parameters, BigDecimal target, Direction direction,
      Credit credit, BigDecimal weight, MonthDay due) {
    /**
     * Copies the parameters.
     *
     * @throws IllegalArgumentException for a weight of 0 or less
     */
    public Item {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(labels, "labels");
      Objects.requireNonNull(indicator, "indicator");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(direction, "direction");
      Objects.requireNonNull(credit, "credit");
      Objects.requireNonNull(weight, "weight");
      Objects.requireNonNull(due, "due");
      parameters = parameters.deepCopy();
      if (weight.signum() <= 0) {
        throw new IllegalArgumentException("an item's weight is more than 0, not " + weight);
      }
    }

    /** @return a copy of the indicator's parameters */
    @Override
    public ObjectNode parameters() {
      return parameters.deepCopy();
    }

    /** @return the indicator's parameters, for {@link Indicator#measure} */
    public RuleParameters indicatorParameters() {
      return RuleParameters.of(parameters);
    }

    /**
     * @param year a letter's year
     * @return the item's due day in it (02-29 falls on the 28th in a common year)
     */
    public LocalDate dueIn(int year) {
      return due.atYear(year);
    }
  }

  /**
   * An item as written, with where it stands.
   *
   * @param item the item
   * @param path its path in the file
   */
  record ItemSpec(Item item, String path) {}

  private static final Set<String> TOP = Set.of("schema", "id", "version", "title", "effective", "extends", "items", "disable");
  private static final Set<String> ITEM = Set.of("id", "zh", "en", "indicator", "target", "direction", "credit", "weight", "due");

  final SourceDocument source;
  final String id;
  final String version;
  final String title;
  final LocalDate from;
  final Optional<LocalDate> to;
  final Optional<String> extendsId;
  final List<ItemSpec> items;
  final List<String> disabled;

  private LetterTemplate(Parser p) {
    this(p.document, p.id, p.version, p.title, p.from, p.to, p.extendsId, p.items, p.disabled);
  }

  LetterTemplate(SourceDocument source, String id, String version, String title, LocalDate from, Optional<LocalDate> to,
      Optional<String> extendsId, List<ItemSpec> items, List<String> disabled) {
    this.source = source;
    this.id = id;
    this.version = version;
    this.title = title;
    this.from = from;
    this.to = to;
    this.extendsId = extendsId;
    this.items = List.copyOf(items);
    this.disabled = List.copyOf(disabled);
  }

  /**
   * @param file a letter file
   * @return the template
   * @throws ValidationException listing every problem with file, line and path
   */
  public static LetterTemplate read(Path file) {
    Objects.requireNonNull(file, "file");
    return parse(SourceDocument.read(file));
  }

  /**
   * @param text the file's content
   * @param source the name to report problems under
   * @param syntax JSON or YAML
   * @return the template
   * @throws ValidationException listing every problem with source, line and path
   */
  public static LetterTemplate parse(String text, String source, Syntax syntax) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(syntax, "syntax");
    return parse(SourceDocument.of(text, source, syntax));
  }

  /**
   * @param document a read document
   * @return the template; its indicators are checked when a registry is built with it
   * @throws ValidationException listing every problem with source, line and path
   */
  public static LetterTemplate parse(SourceDocument document) {
    Objects.requireNonNull(document, "document");
    Parser parser = new Parser(document);
    parser.parse();
    if (!parser.problems.isEmpty()) {
      throw document.reject(parser.problems);
    }
    return new LetterTemplate(parser);
  }

  /** @return the template's id, as letters name it */
  public String id() {
    return id;
  }

  /** @return the file's version */
  public String version() {
    return version;
  }

  /** @return its title, for example 党建工作目标责任书 */
  public String title() {
    return title;
  }

  /** @return the first day it is in effect */
  public LocalDate effectiveFrom() {
    return from;
  }

  /** @return the last day it is in effect, if it ends */
  public Optional<LocalDate> effectiveTo() {
    return to;
  }

  /** @return the id of the template it extends, if any; a resolved template extends none */
  public Optional<String> extendsId() {
    return extendsId;
  }

  /** @return its items as written (for a resolved template: every item, inherited ones first) */
  public List<Item> items() {
    return items.stream().map(ItemSpec::item).toList();
  }

  /** @return the ids of the inherited items it removes */
  public List<String> disabled() {
    return disabled;
  }

  /** @return the document it was read from */
  public SourceDocument source() {
    return source;
  }

  /** @return whether it is in effect on the day */
  public boolean isEffectiveOn(LocalDate date) {
    return !date.isBefore(from) && to.map(end -> !date.isAfter(end)).orElse(true);
  }

  /** @return for example {@code county-school-letter@2024.1 (from 2024-01-01)} */
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
    final List<ItemSpec> items = new ArrayList<>();
    List<String> disabled = List.of();

    Parser(SourceDocument document) {
      this.document = document;
    }

    void parse() {
      StrictObject top = StrictObject.of(document.root(), "", problems, TOP).orElse(null);
      if (top == null) {
        return;
      }
      FileHeader header = FileHeader.read(top, SCHEMA, "letter template");
      id = header.id().orElse("");
      version = header.version().orElse("");
      title = header.title().orElse("");
      from = header.from().orElse(LocalDate.MIN);
      to = header.to();
      extendsId = top.text("extends");
      if (!top.hasField("items") && extendsId.isEmpty()) {
        top.missing("items");
      }
      Set<String> ids = new HashSet<>();
      for (StrictObject.Element element : top.list("items")) {
        StrictObject.of(element.node(), element.path(), problems, ITEM).ifPresent(i -> item(i, element.path(), ids));
      }
      disabled = top.texts("disable");
    }

    private void item(StrictObject i, String path, Set<String> ids) {
      Optional<String> itemId = i.requiredId("id", "item");
      itemId.filter(x -> !ids.add(x)).ifPresent(x -> i.problem("id", "duplicate-id", "item '" + x + "' is stated twice"));
      Optional<String> zh = i.requiredText("zh");
      Optional<String> en = i.requiredText("en");
      Optional<String> indicator = Optional.empty();
      ObjectNode parameters = StrictObject.emptyObject();
      if (!i.hasField("indicator")) {
        i.missing("indicator");
      } else if (!i.node().get("indicator").isObject() || i.node().get("indicator").size() != 1) {
        i.problem("indicator", "invalid-value", "an item's indicator is an object of one key, the indicator's name, "
            + "for example {correctionRate: {subtree: true}}");
      } else {
        String name = i.node().get("indicator").fieldNames().next();
        var value = i.node().get("indicator").get(name);
        if (!value.isObject()) {
          i.problem("indicator." + name, "wrong-type", "expected an object of the indicator's parameters ({} for none), found "
              + value.getNodeType().toString().toLowerCase(Locale.ROOT));
        } else {
          indicator = Optional.of(name);
          parameters = (ObjectNode) value;
        }
      }
      Optional<BigDecimal> target = i.decimal("target");
      if (!i.hasField("target")) {
        i.missing("target");
      }
      Optional<BigDecimal> weight = i.decimal("weight");
      if (!i.hasField("weight")) {
        i.missing("weight");
      }
      weight.filter(w -> w.signum() <= 0).ifPresent(w -> i.problem("weight", "invalid-value", "an item's weight is more than 0, not "
          + w.toPlainString()));
      Direction direction = i.code(Direction.class, "direction").orElse(Direction.AT_LEAST);
      Credit credit = i.code(Credit.class, "credit").orElse(Credit.ALL_OR_NOTHING);
      Optional<MonthDay> due = i.text("due").flatMap(t -> monthDay(i, t));
      if (!i.hasField("due")) {
        due = Optional.of(MonthDay.of(12, 31));
      }
      if (itemId.isPresent() && zh.isPresent() && en.isPresent() && indicator.isPresent() && target.isPresent() && weight.isPresent()
          && weight.get().signum() > 0 && due.isPresent()) {
        items.add(new ItemSpec(new Item(itemId.get(), new Labels(zh.get(), en.get()), indicator.get(), parameters, target.get(),
            direction, credit, weight.get(), due.get()), path));
      }
    }

    private static Optional<MonthDay> monthDay(StrictObject i, String text) {
      if (!text.matches("[0-9]{2}-[0-9]{2}")) {
        i.problem("due", "invalid-date", "a due day is written MM-DD, for example 12-31, not '" + text + "'");
        return Optional.empty();
      }
      try {
        return Optional.of(MonthDay.of(Integer.parseInt(text.substring(0, 2)), Integer.parseInt(text.substring(3))));
      } catch (DateTimeException e) {
        i.problem("due", "invalid-date", "'" + text + "' is not a day of the year");
        return Optional.empty();
      }
    }
  }
}
