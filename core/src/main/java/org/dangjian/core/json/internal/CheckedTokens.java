package org.dangjian.core.json.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import org.dangjian.core.internal.Numbers;

/**
 * A parser that refuses, at the token and with its location, what the project's formats never hold but a
 * plain Jackson parser would let through:
 *
 * <ul>
 *   <li>a number that would be longer than the number limit written out ({@code 1e999999999}: the text
 *       is short, but printing or rounding it would need a billion digits) — {@code limit-exceeded};
 *   <li>YAML aliases ({@code *name}): Jackson reads an alias as the text of its anchor's name, so a
 *       document using them would be read silently wrong, and one crafted to expand them (a "billion
 *       laughs") must never be expanded — {@code syntax-error};
 *   <li>text holding a surrogate without its pair, which is no character — {@code syntax-error};
 *   <li>a YAML string beyond the string limit (Jackson's own limit applies to JSON only) — {@code limit-exceeded};
 *   <li>YAML tags ({@code !!str}, {@code !custom}): Jackson drops them without a word, so a tagged value
 *       would be read as something its author did not write — {@code syntax-error}.
 * </ul>
 *
 * <p>{@link #problemBeforeParsing} checks a document in memory before any token: its encoding, and for
 * YAML the length of its lines.
 */
public final class CheckedTokens extends FunnelledTokens {

  /** A value refused where it stands: the problem is the value's, at its path (a syntax error is its container's). */
  public static final class Refused extends JsonParseException {
    private static final long serialVersionUID = 1L;

    private final String code;

    Refused(JsonParser parser, String code, String message) {
      super(parser, message, parser.currentTokenLocation());
      this.code = code;
    }

    /** @return the problem's code */
    public String code() {
      return code;
    }
  }

  /**
   * What is checked of a document in memory before it is parsed: its encoding ({@link Utf8}) and, for YAML,
   * the length of its lines.
   *
   * @param content the document's bytes
   * @param syntax its syntax
   * @return the first problem, located, if any
   */
  public static java.util.Optional<org.dangjian.core.Problem> problemBeforeParsing(byte[] content, org.dangjian.core.json.Syntax syntax) {
    java.util.Optional<org.dangjian.core.Problem> encoding = Utf8.problemIn(content);
    return encoding.isPresent() || syntax != org.dangjian.core.json.Syntax.YAML ? encoding : yamlLineTooLong(content);
  }

  /**
   * @param content a YAML document's bytes
   * @return a problem if a line is longer than the string limit: the YAML reader's time grows with the square
   *     of a scalar's length, so such a line is refused before it is parsed
   */
  private static java.util.Optional<org.dangjian.core.Problem> yamlLineTooLong(byte[] content) {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= content.length; i++) {
      if (i == content.length || content[i] == '\n') {
        if (i - start > org.dangjian.core.json.ReadLimits.MAX_STRING_LENGTH) {
          return java.util.Optional.of(org.dangjian.core.Problem.of("", "limit-exceeded", "a line longer than "
              + org.dangjian.core.json.ReadLimits.MAX_STRING_LENGTH + " bytes, the most a YAML document's line may have "
              + "(a longer string is beyond the string limit anyway)").withLocation(line, 1));
        }
        line++;
        start = i + 1;
      }
    }
    return java.util.Optional.empty();
  }

  private CheckedTokens(JsonParser parser) {
    super(parser);
  }

  /**
   * @param mapper the mapper whose factory parses the content
   * @param content the document's bytes
   * @return a checking parser over them
   * @throws IOException if the parser cannot be made
   */
  public static JsonParser parser(ObjectMapper mapper, byte[] content) throws IOException {
    return new CheckedTokens(mapper.getFactory().createParser(content));
  }

  /**
   * @param parser a parser at a number token
   * @throws Refused if the number would be too long written out
   * @throws IOException if the parser cannot read it
   */
  private static void checkNumber(JsonParser parser) throws IOException {
    // Without an exponent the number's text, at most the number limit long, is the number written out.
    if (parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT && hasExponent(parser)
        && !Numbers.withinLimits(parser.getDecimalValue())) {
      throw new Refused(parser, "limit-exceeded", Numbers.TOO_LONG_WRITTEN_OUT);
    }
  }

  private static boolean hasExponent(JsonParser parser) throws IOException {
    char[] text = parser.getTextCharacters();
    for (int i = parser.getTextOffset(), end = i + parser.getTextLength(); i < end; i++) {
      if (text[i] == 'e' || text[i] == 'E') {
        return true;
      }
    }
    return false;
  }

  /**
   * @param parser a parser at a text token
   * @throws Refused if the text holds a surrogate without its pair (an escaped high surrogate alone), which is no
   *     character
   * @throws IOException if the parser cannot read it
   */
  private static void checkText(JsonParser parser) throws IOException {
    char[] text = parser.getTextCharacters();
    for (int i = parser.getTextOffset(), end = i + parser.getTextLength(); i < end; i++) {
      char c = text[i];
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text[i + 1])) {
          i++;
        } else {
          throw new Refused(parser, "syntax-error", String.format(java.util.Locale.ROOT,
              "text holding a lone surrogate (\\u%04X without its pair), which is no character", (int) c));
        }
      }
    }
  }

  /**
   * @param parser a parser
   * @return a checking parser over the same input
   */
  public static JsonParser of(JsonParser parser) {
    return parser instanceof CheckedTokens ? parser : new CheckedTokens(parser);
  }

  /**
   * What the parser threw finishing a text token the check read (a control character, a string beyond the
   * limit): thrown when the text is asked for or the parser moves on, where the plain parser would throw it,
   * so that the problem keeps its path.
   */
  private com.fasterxml.jackson.core.@org.jspecify.annotations.Nullable JsonProcessingException pending;

  private void throwPending() throws com.fasterxml.jackson.core.JsonProcessingException {
    if (pending != null) {
      throw pending;
    }
  }

  private JsonToken checked(JsonToken token) throws IOException {
    if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      checkNumber(delegate);
    } else if (token == JsonToken.VALUE_STRING) {
      if (delegate instanceof YAMLParser && delegate.getTextLength() > org.dangjian.core.json.ReadLimits.MAX_STRING_LENGTH) {
        // Jackson's own string limit applies to JSON only.
        throw new Refused(delegate, "limit-exceeded", "a string longer than " + org.dangjian.core.json.ReadLimits.MAX_STRING_LENGTH
            + " characters, the most a document may hold");
      }
      try {
        checkText(delegate);
      } catch (Refused refused) {
        throw refused;
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        pending = e;
      }
    }
    if (delegate instanceof YAMLParser yaml && token != null && token != JsonToken.FIELD_NAME
        && token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
      if (yaml.isCurrentAlias()) {
        throw new JsonParseException(this, "YAML aliases are not read: write the value out instead of *" + yaml.getText());
      }
      String tag = yaml.getTypeId();
      if (tag != null) {
        throw new JsonParseException(this, "YAML tags are not read: remove the tag '!" + tag
            + "' (quote a value to make it text)");
      }
    }
    return token;
  }

  @Override
  public JsonToken nextToken() throws IOException {
    throwPending();
    return checked(delegate.nextToken());
  }

  @Override
  public JsonToken nextValue() throws IOException {
    throwPending();
    return checked(delegate.nextValue());
  }

  @Override
  public String getText() throws IOException {
    throwPending();
    return delegate.getText();
  }

  @Override
  public char[] getTextCharacters() throws IOException {
    throwPending();
    return delegate.getTextCharacters();
  }

  @Override
  public int getTextLength() throws IOException {
    throwPending();
    return delegate.getTextLength();
  }

  @Override
  public int getTextOffset() throws IOException {
    throwPending();
    return delegate.getTextOffset();
  }

  @Override
  public String getValueAsString() throws IOException {
    throwPending();
    return delegate.getValueAsString();
  }

  @Override
  public String getValueAsString(String defaultValue) throws IOException {
    throwPending();
    return delegate.getValueAsString(defaultValue);
  }

  @Override
  public JsonParser skipChildren() throws IOException {
    throwPending();
    return delegate.skipChildren();
  }
}
