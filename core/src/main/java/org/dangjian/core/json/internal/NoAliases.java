package org.dangjian.core.json.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;

/**
 * Refuses YAML aliases ({@code *name}). Jackson reads an alias as the text of its anchor's name, so a
 * document using them would be read silently wrong (and one crafted to expand them, a "billion
 * laughs", must never be expanded): the project's formats have no use for them, and a file that uses
 * one gets a located {@code syntax-error}.
 */
public final class NoAliases extends JsonParserDelegate {

  private NoAliases(JsonParser parser) {
    super(parser);
  }

  /**
   * @param mapper the mapper whose factory parses the content
   * @param content the document's bytes
   * @return a parser over them that refuses aliases (a JSON parser is returned as it is)
   * @throws IOException if the parser cannot be made
   */
  public static JsonParser parser(ObjectMapper mapper, byte[] content) throws IOException {
    JsonParser parser = mapper.getFactory().createParser(content);
    return parser instanceof YAMLParser ? new NoAliases(parser) : parser;
  }

  private <T> T checked(T value) throws IOException {
    if (delegate instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      throw new JsonParseException(this, "YAML aliases are not read: write the value out instead of *" + yaml.getText());
    }
    return value;
  }

  @Override
  public JsonToken nextToken() throws IOException {
    return checked(delegate.nextToken());
  }

  @Override
  public JsonToken nextValue() throws IOException {
    return checked(delegate.nextValue());
  }

  @Override
  public String nextFieldName() throws IOException {
    JsonToken token = nextToken();
    return token == JsonToken.FIELD_NAME ? getCurrentName() : null;
  }

  @Override
  public String nextTextValue() throws IOException {
    return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
  }
}
