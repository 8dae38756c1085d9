package org.dangjian.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.dangjian.core.Problem;
import org.dangjian.core.Suggestion;
import org.dangjian.core.ValidationException;
import org.dangjian.core.json.SourceDocument;
import org.dangjian.core.json.Syntax;
import org.dangjian.rules.spi.Parameter;
import org.dangjian.rules.spi.RuleType;

/**
 * A rule set's parameters as a decision table (CSV, one row per rule and parameter), for review and change in a
 * spreadsheet, and back: {@link #csv} writes the table of a resolved set — each value with the set that stated it
 * (or {@code default}, the rule type's own), its default, what it may be and what it means — and {@link #apply}
 * writes a table's changed values into a rule-set file, touching nothing else: a table applied unchanged gives
 * the file back byte for byte. A value is written as in the file (YAML: {@code 3}, {@code half-up},
 * {@code [host, recorder]}).
 *
 * <p>Only the columns {@code rule}, {@code parameter} and {@code value} are read back; the others explain. A
 * cell a spreadsheet would take for a formula ({@code = + - @}, but for a negative number) is written after an
 * apostrophe, which import takes off.
 */
public final class ParameterTable {
  /** The table's columns, in order. */
  public static final List<String> COLUMNS = List.of("rule", "type", "parameter", "value", "stated by", "default", "allowed",
      "含义", "meaning");

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private ParameterTable() {}

  /**
   * @param registry the sets, including the one to tabulate
   * @param id the set's id
   * @param on the day it is resolved for
   * @return its table: a header, then for every rule its declared parameters in order and any other it states
   * @throws ValidationException if the set does not resolve
   */
  public static String csv(RuleSetRegistry registry, String id, LocalDate on) {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(on, "on");
    RuleSet resolved = registry.resolve(id, on);
    Map<String, Map<String, Stated>> stated = stated(registry, resolved);
    StringBuilder out = new StringBuilder();
    row(out, COLUMNS);
    for (RuleEntry entry : resolved.entries()) {
      Map<String, Stated> ofRule = stated.getOrDefault(entry.id(), Map.of());
      List<Parameter<?>> declared = registry.ruleType(entry.type()).map(RuleType::parameters).orElse(List.of());
      for (Parameter<?> parameter : declared) {
        Stated given = ofRule.get(parameter.name());
        row(out, List.of(entry.id(), entry.type(), parameter.name(),
            given != null ? flow(given.value()) : parameter.defaultText(),
            given != null ? given.by() : parameter.defaultText().isEmpty() ? "" : "default",
            parameter.isRequired() ? "required" : parameter.defaultText(), parameter.describe(Locale.ENGLISH),
            parameter.meaning().zh(), parameter.meaning().en()));
      }
      ofRule.forEach((name, given) -> {
        if (declared.stream().noneMatch(p -> p.name().equals(name))) {
          row(out, List.of(entry.id(), entry.type(), name, flow(given.value()), given.by(), "", "", "", ""));
        }
      });
    }
    return out.toString();
  }

  /** A parameter's value as the last set along the chain stated it. */
  private record Stated(JsonNode value, String by) {}

  /** @return for each rule, its parameters as stated along the chain (the last statement wins), in the order first stated */
  private static Map<String, Map<String, Stated>> stated(RuleSetRegistry registry, RuleSet resolved) {
    Map<String, Map<String, Stated>> stated = new HashMap<>();
    for (RuleSetDefinition definition : registry.chainOf(resolved)) {
      for (RuleSetDefinition.EntrySpec entry : definition.entries()) {
        Map<String, Stated> ofRule = stated.computeIfAbsent(entry.id(), rule -> new LinkedHashMap<>());
        entry.parameters().properties().forEach(p -> ofRule.put(p.getKey(), new Stated(p.getValue(), definition.id())));
      }
    }
    return stated;
  }

  /**
   * Writes a table's values into a rule-set file (YAML): a value that differs from what the set resolves to
   * replaces the file's own statement of it where there is one; otherwise it is added to the file's entry for the
   * rule, or to a new entry for it at the end of {@code rules}. Rows whose value is unchanged change nothing.
   *
   * @param table the table's text (CSV as {@link #csv} writes it; a byte-order mark is allowed)
   * @param tableSource the table's name, for problems
   * @param yaml the rule-set file's text
   * @param yamlSource the file's name, for problems
   * @param registry the sets the file may extend
   * @return the result: the new text and the changes made
   * @throws ValidationException for a table that does not read, an unknown rule or parameter (with the nearest), a
   *     value that does not read or that the rule refuses, each at the table's line; nothing is written
   */
  public static Applied apply(String table, String tableSource, String yaml, String yamlSource, RuleSetRegistry registry) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(tableSource, "tableSource");
    Objects.requireNonNull(yaml, "yaml");
    Objects.requireNonNull(yamlSource, "yamlSource");
    Objects.requireNonNull(registry, "registry");
    RuleSetDefinition definition = RuleSetDefinition.parse(yaml, yamlSource, Syntax.YAML);
    RuleSetRegistry withFile = registry.with(definition);
    RuleSet resolved = withFile.resolve(definition.id(), definition.effectiveFrom());
    Map<String, Map<String, Stated>> stated = stated(withFile, resolved);
    List<Problem> problems = new ArrayList<>();
    List<Change> changes = new ArrayList<>();
    List<Integer> rowLines = new ArrayList<>();
    List<List<String>> rows = Csv.read(table, tableSource, problems, rowLines);
    Map<String, Integer> columns = new HashMap<>();
    if (!rows.isEmpty()) {
      for (int i = 0; i < rows.get(0).size(); i++) {
        columns.put(rows.get(0).get(i).strip(), i);
      }
      for (String needed : List.of("rule", "parameter", "value")) {
        if (!columns.containsKey(needed)) {
          problems.add(at(tableSource, 1, "missing-column", "the table has no column '" + needed + "'; its first row names the columns: "
              + String.join(", ", COLUMNS)));
        }
      }
    } else if (problems.isEmpty()) {
      problems.add(at(tableSource, 1, "empty-table", "the table is empty; its first row names the columns: " + String.join(", ", COLUMNS)));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Map<String, Integer> seen = new HashMap<>();
    List<String> ruleIds = resolved.entries().stream().map(RuleEntry::id).toList();
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      int line = rowLines.get(r);
      if (row.size() == 1 && row.get(0).isBlank()) {
        continue;
      }
      String rule = cell(row, columns, "rule");
      String name = cell(row, columns, "parameter");
      String text = cell(row, columns, "value").strip();
      Optional<RuleEntry> entry = resolved.entries().stream().filter(e -> e.id().equals(rule)).findFirst();
      if (entry.isEmpty()) {
        problems.add(at(tableSource, line, "unknown-rule", "rule '" + rule + "' is not in " + resolved.id()
            + Suggestion.didYouMean(rule, ruleIds)));
        continue;
      }
      List<Parameter<?>> declared = withFile.ruleType(entry.get().type()).map(RuleType::parameters).orElse(List.of());
      Map<String, Stated> ofRule = stated.getOrDefault(rule, Map.of());
      Optional<Parameter<?>> parameter = declared.stream().filter(p -> p.name().equals(name)).findFirst();
      if (parameter.isEmpty() && !ofRule.containsKey(name)) {
        List<String> names = new ArrayList<>(declared.stream().map(Parameter::name).toList());
        ofRule.keySet().stream().filter(n -> !names.contains(n)).forEach(names::add);
        problems.add(at(tableSource, line, "unknown-parameter", "rule '" + rule + "' (" + entry.get().type() + ") has no parameter '"
            + name + "'" + Suggestion.didYouMean(name, names)));
        continue;
      }
      Integer earlier = seen.put(rule + "\u0000" + name, line);
      if (earlier != null) {
        problems.add(at(tableSource, line, "duplicate-row", rule + " " + name + " is given on line " + earlier + " too"));
        continue;
      }
      Stated given = ofRule.get(name);
      JsonNode current = given != null ? given.value()
          : parameter.filter(p -> !p.defaultText().isEmpty()).map(p -> valueOf(p.defaultText())).orElse(null);
      if (text.isEmpty()) {
        if (current != null) {
          problems.add(at(tableSource, line, "missing-value", rule + " " + name + " needs a value (it is " + flow(current)
              + "); a table does not take a statement out of a file"));
        }
        continue;
      }
      JsonNode value = valueOf(text);
      if (value == null || value.isNull()) {
        problems.add(at(tableSource, line, "invalid-value", rule + " " + name + ": '" + text + "' does not read as a value"));
        continue;
      }
      if (parameter.isPresent()) {
        List<Problem> refused = parameter.get().problemsOf(value, name);
        if (!refused.isEmpty()) {
          refused.forEach(p -> problems.add(at(tableSource, line, p.code(), "rule '" + rule + "': " + p.message())));
          continue;
        }
      }
      if (current == null || !same(value, current)) {
        changes.add(new Change(rule, name, current == null ? "" : flow(current), text, line));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    String written = Edits.apply(yaml, changes);
    List<Problem> after = RuleSetDefinition.problemsOf(SourceDocument.of(written, yamlSource, Syntax.YAML), registry);
    if (!after.isEmpty()) {
      // A rule refusing values together (a minimum above a maximum): reported at the rows that changed them.
      List<Problem> atRows = new ArrayList<>();
      for (Problem problem : after) {
        Optional<Change> by = changes.stream().filter(c -> problem.message().contains("'" + c.rule() + "'")).findFirst();
        atRows.add(at(tableSource, by.map(Change::line).orElse(1), problem.code(), problem.message()));
      }
      throw new ValidationException(atRows);
    }
    return new Applied(written, changes);
  }

  /**
   * One value a table changed.
   *
   * @param rule the rule's id
   * @param parameter the parameter's name
   * @param before the value before, as written (empty if there was none)
   * @param after the value the table gives, as written
   * @param line the table's line
   */
  public record Change(String rule, String parameter, String before, String after, int line) {
    /** Checks for nulls. */
    public Change {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(parameter, "parameter");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
    }
  }

  /**
   * What applying a table gave.
   *
   * @param text the rule-set file's new text (the old one when nothing changed)
   * @param changes the values changed, in the table's order
   */
  public record Applied(String text, List<Change> changes) {
    /** Copies the list. */
    public Applied {
      Objects.requireNonNull(text, "text");
      changes = List.copyOf(Objects.requireNonNull(changes, "changes"));
    }
  }

  /** @return whether two values are the same, numbers by value ({@code 0.20} is {@code 0.2}) */
  static boolean same(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    if (a.isArray() && b.isArray() || a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      if (a.isArray()) {
        for (int i = 0; i < a.size(); i++) {
          if (!same(a.get(i), b.get(i))) {
            return false;
          }
        }
        return true;
      }
      for (java.util.Iterator<String> names = a.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!b.has(name) || !same(a.get(name), b.get(name))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  private static String cell(List<String> row, Map<String, Integer> columns, String name) {
    Integer index = columns.get(name);
    String cell = index == null || index >= row.size() ? "" : row.get(index).strip();
    return cell.startsWith("'") ? cell.substring(1) : cell; // the apostrophe export puts before a formula-like cell
  }

  private static Problem at(String source, int line, String code, String message) {
    return Problem.of("", code, message).withSource(source).withLocation(line, 1);
  }

  /** @return a value as a rule-set file writes it ({@code 3}, {@code [a, b]}), or null when it does not read as one */
  private static @org.jspecify.annotations.Nullable JsonNode valueOf(String text) {
    try {
      return YAML.readTree("v: " + text).get("v");
    } catch (IOException e) {
      return null;
    }
  }

  /** @return a value as a rule-set file writes it in flow style: {@code 3}, {@code half-up}, {@code [a, b]}, {@code {rate: 0.01}} */
  static String flow(JsonNode value) {
    if (value.isArray()) {
      List<String> elements = new ArrayList<>();
      value.forEach(element -> elements.add(flow(element)));
      return "[" + String.join(", ", elements) + "]";
    }
    if (value.isObject()) {
      List<String> fields = new ArrayList<>();
      value.fields().forEachRemaining(field -> fields.add(field.getKey() + ": " + flow(field.getValue())));
      return "{" + String.join(", ", fields) + "}";
    }
    if (value.isTextual()) {
      String text = value.textValue();
      // Plain when it reads back as the same text inside a flow collection too; quoted otherwise.
      boolean plain = !text.isEmpty() && text.strip().equals(text) && text.chars().noneMatch(c -> ",[]{}:#\"'&*!|>%@`".indexOf(c) >= 0)
          && JsonNodeFactory.instance.textNode(text).equals(valueOf(text));
      return plain ? text : JsonNodeFactory.instance.textNode(text).toString();
    }
    return value.toString();
  }

  static void row(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      // A cell a spreadsheet would run as a formula is shown as text: a leading apostrophe, taken off on import.
      String given = cells.get(i);
      String cell = !given.isEmpty() && "=+-@\t\r'".indexOf(given.charAt(0)) >= 0 && !given.matches("-[0-9.]+") ? "'" + given : given;
      out.append(i > 0 ? "," : "");
      if (cell.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
        out.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        out.append(cell);
      }
    }
    out.append("\r\n");
  }

  /** RFC 4180 reading: quoted cells may hold commas, quotes (doubled) and line breaks. */
  static final class Csv {
    private Csv() {}

    static List<List<String>> read(String text, String source, List<Problem> problems) {
      return read(text, source, problems, new ArrayList<>());
    }

    /**
     * @param lines where the line each row starts on goes, row by row (quoted line breaks counted)
     * @return the rows, each its cells; empty when a quoted cell is not closed (a problem recorded)
     */
    static List<List<String>> read(String text, String source, List<Problem> problems, List<Integer> lines) {
      String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      int line = 1;
      int rowLine = 1;
      int quoteLine = 0;
      for (int i = 0; i < body.length(); i++) {
        char c = body.charAt(i);
        if (quoted) {
          if (c == '"') {
            if (i + 1 < body.length() && body.charAt(i + 1) == '"') {
              cell.append('"');
              i++;
            } else {
              quoted = false;
            }
          } else {
            line += c == '\n' ? 1 : 0;
            cell.append(c);
          }
        } else if (c == '"' && cell.length() == 0) {
          quoted = true;
          quoteLine = line;
        } else if (c == ',') {
          row.add(cell.toString());
          cell.setLength(0);
        } else if (c == '\n' || c == '\r') {
          if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
            i++;
          }
          row.add(cell.toString());
          cell.setLength(0);
          rows.add(row);
          lines.add(rowLine);
          row = new ArrayList<>();
          line++;
          rowLine = line;
        } else {
          cell.append(c);
        }
      }
      if (quoted) {
        problems.add(at(source, quoteLine, "syntax-error", "a quoted cell is not closed"));
        return List.of();
      }
      if (cell.length() > 0 || !row.isEmpty()) {
        row.add(cell.toString());
        rows.add(row);
        lines.add(rowLine);
      }
      return rows;
    }
  }

  /** Changes to a YAML text made where its values stand, by the positions the parser reports. */
  static final class Edits {
    private Edits() {}

    /** Where a node stands: its first character and the one after its last; whether written in flow style. */
    private record Span(int start, int end, boolean flow) {}

    static String apply(String yaml, List<Change> changes) {
      if (changes.isEmpty()) {
        return yaml;
      }
      Map<String, Span> spans = spans(yaml);
      int rules = 0;
      Map<String, Integer> ruleIndex = new HashMap<>();
      while (spans.containsKey("rules[" + rules + "]")) {
        int i = rules;
        Optional.ofNullable(spans.get("rules[" + i + "].id")).ifPresent(s -> ruleIndex.put(unquote(yaml.substring(s.start(), s.end())), i));
        rules++;
      }
      // Insertions and replacements by position, applied from the end so that earlier positions hold.
      TreeMap<Integer, String[]> edits = new TreeMap<>();
      Map<String, List<Change>> added = new LinkedHashMap<>();
      for (Change change : changes) {
        Integer index = ruleIndex.get(change.rule());
        Span value = index == null ? null : spans.get("rules[" + index + "].parameters." + change.parameter());
        if (value != null) {
          edits.put(value.start(), new String[] {String.valueOf(value.end()), change.after()});
        } else {
          added.computeIfAbsent(change.rule(), rule -> new ArrayList<>()).add(change);
        }
      }
      List<String> newEntries = new ArrayList<>();
      added.forEach((rule, list) -> {
        String pairs = String.join(", ", list.stream().map(c -> c.parameter() + ": " + c.after()).toList());
        Integer index = ruleIndex.get(rule);
        if (index == null) {
          newEntries.add("id: " + rule + "\nparameters: {" + pairs + "}");
          return;
        }
        Span parameters = spans.get("rules[" + index + "].parameters");
        Span entry = spans.get("rules[" + index + "]");
        if (parameters != null && parameters.flow()) {
          int close = yaml.lastIndexOf('}', parameters.end() - 1);
          edits.put(close, new String[] {String.valueOf(close), (parameters.end() - parameters.start() > 2 ? ", " : "") + pairs});
        } else if (parameters != null) {
          insertLines(yaml, edits, parameters, columnOf(yaml, parameters.start()), list.stream()
              .map(c -> c.parameter() + ": " + c.after()).toList());
        } else if (entry.flow()) {
          int close = yaml.lastIndexOf('}', entry.end() - 1);
          edits.put(close, new String[] {String.valueOf(close), ", parameters: {" + pairs + "}"});
        } else {
          insertLines(yaml, edits, entry, columnOf(yaml, entry.start()), List.of("parameters: {" + pairs + "}"));
        }
      });
      StringBuilder out = new StringBuilder(yaml);
      for (Map.Entry<Integer, String[]> edit : edits.descendingMap().entrySet()) {
        out.replace(edit.getKey(), Integer.parseInt(edit.getValue()[0]), edit.getValue()[1]);
      }
      if (!newEntries.isEmpty()) {
        Span list = spans.get("rules");
        StringBuilder entries = new StringBuilder();
        String dash = list == null || rules == 0 ? "  " : " ".repeat(dashColumn(yaml, spans.get("rules[0]").start()));
        for (String entry : newEntries) {
          entries.append(dash).append("- ").append(entry.replace("\n", "\n" + dash + "  ")).append('\n');
        }
        if (list == null || list.flow()) {
          if (list != null) {
            throw new IllegalArgumentException("rules is written in flow style; write it as a block list to add rules to it");
          }
          if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
          }
          out.append("rules:\n").append(entries);
        } else {
          // The list ends where the next top-level key begins: its line's start (the edits above came after it only if
          // they were inside the list, which ends before the next key).
          int at = lineEnd(out, shifted(edits, list.end(), yaml));
          out.insert(at, entries);
        }
      }
      return out.toString();
    }

    /** @return where the list's end stands after the edits before it */
    private static int shifted(TreeMap<Integer, String[]> edits, int position, String yaml) {
      int delta = 0;
      for (Map.Entry<Integer, String[]> edit : edits.entrySet()) {
        if (edit.getKey() < position) {
          delta += edit.getValue()[1].length() - (Integer.parseInt(edit.getValue()[0]) - edit.getKey());
        }
      }
      return position + delta;
    }

    /** @return the start of the line holding position, or position itself at the end of a line's text */
    private static int lineEnd(CharSequence text, int position) {
      int start = position;
      while (start > 0 && text.charAt(start - 1) == ' ') {
        start--;
      }
      if (start == 0 || text.charAt(start - 1) == '\n') {
        // Back over blank and comment lines that trail the list: a new entry follows its last one.
        int at = start;
        while (at > 0) {
          int previous = lastLineStart(text, at - 1);
          String line = text.subSequence(previous, at).toString().strip();
          if (!line.isEmpty() && !line.startsWith("#")) {
            break;
          }
          at = previous;
        }
        return at;
      }
      return position;
    }

    private static int lastLineStart(CharSequence text, int end) {
      int at = end;
      while (at > 0 && text.charAt(at - 1) != '\n') {
        at--;
      }
      return at;
    }

    private static void insertLines(String yaml, TreeMap<Integer, String[]> edits, Span block, int column, List<String> lines) {
      int at = lineEnd(yaml, block.end());
      StringBuilder text = new StringBuilder();
      if (at > 0 && yaml.charAt(at - 1) != '\n') {
        text.append('\n');
      }
      lines.forEach(line -> text.append(" ".repeat(column)).append(line).append('\n'));
      String[] before = edits.get(at);
      edits.put(at, new String[] {String.valueOf(at), (before == null ? "" : before[1]) + text});
    }

    private static int columnOf(String yaml, int position) {
      return position - lastLineStart(yaml, position);
    }

    private static int dashColumn(String yaml, int entryStart) {
      int dash = yaml.lastIndexOf('-', entryStart);
      return dash < 0 ? 2 : columnOf(yaml, dash);
    }

    private static String unquote(String text) {
      return text.length() >= 2 && (text.startsWith("\"") || text.startsWith("'")) ? text.substring(1, text.length() - 1) : text;
    }

    /** @return the span of every node of the document by its path ({@code rules[0].parameters.max}) */
    private static Map<String, Span> spans(String yaml) {
      Map<String, Span> spans = new HashMap<>();
      boolean astral = yaml.codePointCount(0, yaml.length()) != yaml.length();
      try (JsonParser parser = YAML.getFactory().createParser(yaml)) {
        if (parser.nextToken() != null) {
          walk(parser, yaml, astral, "", spans);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return spans;
    }

    private static void walk(JsonParser parser, String yaml, boolean astral, String path, Map<String, Span> spans) throws IOException {
      int start = index(yaml, astral, parser.currentTokenLocation().getCharOffset());
      JsonToken token = parser.currentToken();
      if (token == JsonToken.START_OBJECT) {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          walk(parser, yaml, astral, path.isEmpty() ? name : path + "." + name, spans);
        }
      } else if (token == JsonToken.START_ARRAY) {
        int i = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          walk(parser, yaml, astral, path + "[" + i++ + "]", spans);
        }
      }
      int end = index(yaml, astral, parser.currentLocation().getCharOffset());
      char first = start < yaml.length() ? yaml.charAt(start) : ' ';
      spans.put(path, new Span(start, end, first == '{' || first == '['));
    }

    /** @return the char index of a code-point index (the YAML parser counts code points) */
    private static int index(String yaml, boolean astral, long codePoints) {
      int at = (int) Math.min(codePoints, yaml.length());
      return astral ? yaml.offsetByCodePoints(0, (int) Math.min(codePoints, yaml.codePointCount(0, yaml.length()))) : at;
    }
  }
}
