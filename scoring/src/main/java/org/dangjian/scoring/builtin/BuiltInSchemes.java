package org.dangjian.scoring.builtin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.core.json.SourceDocument;
import org.dangjian.core.json.Syntax;
import org.dangjian.scoring.SchemeDefinition;
import org.dangjian.scoring.spi.SchemeProvider;

/** The schemes shipped with the library, read from {@code org/dangjian/scoring/schemes/} as listed in its {@code index.txt}. */
public final class BuiltInSchemes implements SchemeProvider {
  /** The folder of the built-in scheme files on the class path. */
  public static final String FOLDER = "/org/dangjian/scoring/schemes/";

  /** Creates the provider. */
  public BuiltInSchemes() {}

  @Override
  public List<SchemeDefinition> schemes() {
    List<SchemeDefinition> schemes = new ArrayList<>();
    for (String line : read("index.txt").split("\n")) {
      String file = line.strip();
      if (!file.isEmpty() && !file.startsWith("#")) {
        schemes.add(SchemeDefinition.parse(SourceDocument.of(read(file), FOLDER + file, Syntax.YAML)));
      }
    }
    return schemes;
  }

  private static String read(String name) {
    try (InputStream in = BuiltInSchemes.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("built-in scheme resource " + FOLDER + name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
