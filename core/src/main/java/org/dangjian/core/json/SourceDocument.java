package org.dangjian.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.dangjian.core.json.internal.CheckedTokens;
import org.dangjian.core.DangjianException;
import org.dangjian.core.Problem;
import org.dangjian.core.ValidationException;
import org.dangjian.core.json.internal.JacksonProblems;
import org.dangjian.core.json.internal.Locations;

/**
 * A JSON or YAML document read strictly into a tree, which remembers where every element stands, so
 * that whoever interprets it — a rule-set or scheme loader, a scenario runner — can report problems
 * with the file, line, column and path. Used by the library's other loaders; open to yours.
 *
 * <p>Reading fails with a located {@link ValidationException} for malformed input and duplicate keys.
 */
public final class SourceDocument {
  private final String source;
  private final byte[] content;
  private final Syntax syntax;
  private final JsonNode root;
  private final @Nullable SourceDocument parent;
  private final String prefix;
  private @Nullable Map<String, int[]> locations;

  private SourceDocument(String source, byte[] content, Syntax syntax, JsonNode root) {
    this(source, content, syntax, root, null, "");
  }

  private SourceDocument(String source, byte[] content, Syntax syntax, JsonNode root, @Nullable SourceDocument parent, String prefix) {
    this.source = source;
    this.content = content;
    this.syntax = syntax;
    this.root = root;
    this.parent = parent;
    this.prefix = prefix;
  }

  /**
   * A document embedded in this one — an inline dataset or rule set in a scenario — whose problems are
   * located in this document, under the field's path.
   *
   * @param field a top-level field holding an object
   * @return the embedded document
   * @throws IllegalArgumentException if the field does not hold an object
   */
  public SourceDocument embedded(String field) {
    JsonNode node = root.get(field);
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("'" + field + "' holds no object");
    }
    return new SourceDocument(source, content, syntax, node, this, field);
  }

  /**
   * A part of this document, such as one element of a list, whose problems are located in this document
   * under its path.
   *
   * @param node a node of this document's tree
   * @param path its path in this document ({@code changes[2].event})
   * @return the part as a document of its own
   */
  public SourceDocument part(JsonNode node, String path) {
    return new SourceDocument(source, content, syntax, java.util.Objects.requireNonNull(node, "node"), this, path);
  }

  /**
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @return the document
   * @throws ValidationException for malformed content, naming the file, line and column
   * @throws DangjianException if the file cannot be read or its extension names no syntax
   */
  public static SourceDocument read(Path file) {
    java.util.Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    Syntax syntax = Syntax.ofFileName(name == null ? "" : name.toString())
        .orElseThrow(() -> new DangjianException(file + ": cannot tell the syntax; name the file .json, .yaml or .yml"));
    return of(ReadLimits.readFile(file), file.toString(), syntax);
  }

  /**
   * @param content the document's bytes (UTF-8)
   * @param source the name to report problems under
   * @param syntax JSON or YAML
   * @return the document
   * @throws ValidationException for malformed content, naming the source, line and column
   */
  public static SourceDocument of(byte[] content, String source, Syntax syntax) {
    java.util.Objects.requireNonNull(content, "content");
    java.util.Objects.requireNonNull(source, "source");
    java.util.Objects.requireNonNull(syntax, "syntax");
    java.util.Optional<Problem> encoding = CheckedTokens.problemBeforeParsing(content, syntax);
    if (encoding.isPresent()) {
      throw new ValidationException(List.of(encoding.get().withSource(source)));
    }
    ObjectMapper mapper = DangjianJson.mapper(syntax);
    JsonNode root;
    try {
      root = mapper.readTree(CheckedTokens.parser(mapper, content));
    } catch (JsonProcessingException e) {
      throw new ValidationException(List.of(JacksonProblems.of(e).withSource(source)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (root == null || root.isMissingNode()) {
      throw new ValidationException(List.of(Problem.of("", "syntax-error", "the input is empty").withSource(source)));
    }
    return new SourceDocument(source, content.clone(), syntax, root);
  }

  /**
   * @param text the document
   * @param source the name to report problems under
   * @param syntax JSON or YAML
   * @return the document
   */
  public static SourceDocument of(String text, String source, Syntax syntax) {
    java.util.Objects.requireNonNull(text, "text");
    return of(text.getBytes(StandardCharsets.UTF_8), source, syntax);
  }

  /**
   * The documents a library ships in a folder of its class path, as the folder's {@code index.txt} lists them: one
   * file name a line, blank lines and lines starting with {@code #} left out; YAML unless the name ends in
   * {@code .json}. Each is reported under its resource path.
   *
   * @param anchor a class whose class loader holds the folder
   * @param folder the folder, for example {@code /org/dangjian/rules/sets/}
   * @return the documents, in the index's order
   * @throws IllegalStateException if the index or a file it lists is missing
   * @throws ValidationException for a document that is not well-formed
   */
  public static List<SourceDocument> listed(Class<?> anchor, String folder) {
    java.util.Objects.requireNonNull(anchor, "anchor");
    java.util.Objects.requireNonNull(folder, "folder");
    List<SourceDocument> documents = new java.util.ArrayList<>();
    for (String line : new String(resource(anchor, folder + "index.txt"), StandardCharsets.UTF_8).split("\n")) {
      String file = line.strip();
      if (!file.isEmpty() && !file.startsWith("#")) {
        documents.add(of(resource(anchor, folder + file), folder + file, file.endsWith(".json") ? Syntax.JSON : Syntax.YAML));
      }
    }
    return List.copyOf(documents);
  }

  private static byte[] resource(Class<?> anchor, String name) {
    try (java.io.InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the built-in resource " + name + " is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the name problems are reported under */
  public String source() {
    return source;
  }

  /** @return the syntax it was written in */
  public Syntax syntax() {
    return syntax;
  }

  /** @return the tree; do not modify it */
  public JsonNode root() {
    return root;
  }

  /**
   * @param problem a problem with a path in the document's names ({@code rules[3].parameters.max})
   * @return the problem naming this source and the line and column of the path, or of its nearest
   *     enclosing element that exists
   */
  public synchronized Problem locate(Problem problem) {
    if (parent != null) {
      return parent.locate(problem.under(prefix));
    }
    if (locations == null) {
      locations = Locations.index(content, DangjianJson.mapper(syntax).getFactory());
    }
    return JacksonProblems.locate(problem, locations).withSource(source);
  }

  /**
   * @param problems problems with paths in the document's names
   * @return an exception listing them, located, in the order they appear in the document
   */
  public ValidationException reject(List<Problem> problems) {
    return new ValidationException(problems.stream().map(this::locate)
        .sorted(java.util.Comparator.comparingInt((Problem p) -> p.line() == 0 ? Integer.MAX_VALUE : p.line())
            .thenComparingInt(Problem::column))
        .toList());
  }
}
