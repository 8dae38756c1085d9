package org.dangjian.rules.builtin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.core.json.SourceDocument;
import org.dangjian.core.json.Syntax;
import org.dangjian.rules.RuleSetDefinition;
import org.dangjian.rules.spi.RuleSetProvider;

/**
 * The rule sets shipped with the library, read from {@code org/dangjian/rules/sets/} as listed in its
 * {@code index.txt}: the national baseline {@code cn-national} and the built-in regional overlays.
 */
public final class BuiltInRuleSets implements RuleSetProvider {
  /** The folder of the built-in rule-set files on the class path. */
  public static final String FOLDER = "/org/dangjian/rules/sets/";

  /** Creates the provider. */
  public BuiltInRuleSets() {}

  @Override
  public List<RuleSetDefinition> ruleSets() {
    List<RuleSetDefinition> sets = new ArrayList<>();
    for (String name : read("index.txt").split("\n")) {
      String file = name.strip();
      if (!file.isEmpty() && !file.startsWith("#")) {
        sets.add(RuleSetDefinition.parse(SourceDocument.of(read(file), FOLDER + file, Syntax.YAML)));
      }
    }
    return sets;
  }

  private static String read(String name) {
    try (InputStream in = BuiltInRuleSets.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("built-in rule set resource " + FOLDER + name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
