package org.dangjian.core.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A parser over one value that refuses a name given twice in one of its objects, as a parser's own
 * {@code STRICT_DUPLICATE_DETECTION} does, with the same message and location: for the values a
 * {@link FormatReader} hands to Jackson's binding or skips while it finds records' duplicate fields itself
 * (the parser's check being off inside records). Every way of moving on goes through {@link #nextToken}.
 * Not API.
 */
final class DuplicateNames extends FunnelledTokens {
  /** The names met so far in each object the parser stands in, innermost last. */
  private final Deque<List<String>> objects = new ArrayDeque<>();

  /**
   * @param parser a parser at a value's first token, or at a field's name
   * @param namesOfObject the names the object the parser stands in has had so far, to check the rest of its
   *     names against, or null for a value on its own
   */
  DuplicateNames(JsonParser parser, @Nullable List<String> namesOfObject) {
    super(parser);
    if (namesOfObject != null) {
      objects.push(new ArrayList<>(namesOfObject));
    }
    if (parser.currentToken() == JsonToken.START_OBJECT) {
      objects.push(new ArrayList<>());
    }
  }

  /**
   * @param parser a parser just past a field's name
   * @param name the name, given a second time in its object
   * @return the parser's own refusal of it: located just after the name, as the parser finds a name again, for a
   *     name written without escapes
   */
  static JsonParseException duplicate(JsonParser parser, String name) {
    JsonLocation start = parser.currentTokenLocation();
    int written = name.length() + 2; // the name and its quotes
    JsonLocation after = new JsonLocation(start.contentReference(), start.getByteOffset() < 0 ? -1 : start.getByteOffset() + written,
        start.getCharOffset() < 0 ? -1 : start.getCharOffset() + written, start.getLineNr(), start.getColumnNr() + written);
    return new JsonParseException(parser, "Duplicate field '" + name + "'", after);
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken token = delegate.nextToken();
    if (token == JsonToken.START_OBJECT) {
      objects.push(new ArrayList<>());
    } else if (token == JsonToken.END_OBJECT) {
      objects.poll();
    } else if (token == JsonToken.FIELD_NAME && !objects.isEmpty()) {
      String name = delegate.currentName();
      List<String> names = objects.peek();
      if (names.contains(name)) {
        throw duplicate(delegate, name);
      }
      names.add(name);
    }
    return token;
  }

  @Override
  public JsonToken nextValue() throws IOException {
    JsonToken token = nextToken();
    return token == JsonToken.FIELD_NAME ? nextToken() : token;
  }

  /** Skips the value token by token, so that its names are checked too. */
  @Override
  public JsonParser skipChildren() throws IOException {
    JsonToken token = currentToken();
    if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
      return this;
    }
    int open = 1;
    while (open > 0) {
      JsonToken next = nextToken();
      if (next == null) {
        return this;
      }
      if (next.isStructStart()) {
        open++;
      } else if (next.isStructEnd()) {
        open--;
      }
    }
    return this;
  }
}
