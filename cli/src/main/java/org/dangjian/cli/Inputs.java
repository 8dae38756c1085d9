package org.dangjian.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.json.DatasetFormat;
import org.dangjian.core.json.Syntax;
import org.dangjian.rules.RuleSet;
import org.dangjian.rules.RuleSetDefinition;
import org.dangjian.rules.RuleSetRegistry;
import org.dangjian.scoring.SchemeDefinition;
import org.dangjian.scoring.SchemeRegistry;
import org.dangjian.scoring.ScoringScheme;
import org.dangjian.testkit.SampleCounty;
import org.jspecify.annotations.Nullable;

/** What the commands read: a dataset (the sample county by default), and a rule set or scheme named by id or by file. */
final class Inputs {
  private Inputs() {}

  /** @return the dataset in the file, or the embedded sample county when none is given */
  static Dataset data(@Nullable Path file) {
    return file == null ? SampleCounty.dataset() : DatasetFormat.read(file);
  }

  /**
   * @param file a text file (UTF-8)
   * @return its text
   * @throws org.dangjian.core.DangjianException naming the file when it cannot be read or is not UTF-8
   */
  static String text(Path file) {
    byte[] bytes = org.dangjian.core.json.ReadLimits.readFile(file);
    try {
      return java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new org.dangjian.core.DangjianException(file + ": not UTF-8 text; save the table as CSV UTF-8");
    }
  }

  /** @return whether the argument names a file rather than a built-in id */
  static boolean isFile(String idOrFile) {
    return Syntax.ofFileName(idOrFile).isPresent() || idOrFile.contains("/") || idOrFile.contains("\\");
  }

  /**
   * @param idOrFile a built-in rule set's id, or a rule-set file (which may extend a built-in one)
   * @param date the day it must be in effect
   * @return the resolved rule set
   */
  static RuleSet ruleSet(String idOrFile, LocalDate date) {
    if (!isFile(idOrFile)) {
      return RuleSetRegistry.standard().resolve(idOrFile, date);
    }
    RuleSetDefinition definition = RuleSetDefinition.read(Path.of(idOrFile));
    return RuleSetRegistry.standard().with(definition).resolve(definition.id(), date);
  }

  /**
   * @param idOrFile a built-in scheme's id, or a scheme file (which may extend a built-in one)
   * @param date the day it must be in effect
   * @return the resolved scheme
   */
  static ScoringScheme scheme(String idOrFile, LocalDate date) {
    if (!isFile(idOrFile)) {
      return SchemeRegistry.standard().resolve(idOrFile, date);
    }
    SchemeDefinition definition = SchemeDefinition.read(Path.of(idOrFile));
    return SchemeRegistry.standard().with(definition).resolve(definition.id(), date);
  }
}
