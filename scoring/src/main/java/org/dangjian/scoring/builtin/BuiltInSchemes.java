package org.dangjian.scoring.builtin;

import java.util.List;
import org.dangjian.core.json.SourceDocument;
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
    return SourceDocument.listed(BuiltInSchemes.class, FOLDER).stream().map(SchemeDefinition::parse).toList();
  }
}
