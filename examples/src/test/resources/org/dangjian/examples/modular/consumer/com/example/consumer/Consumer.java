package com.example.consumer;

import java.nio.file.Path;
import java.time.LocalDate;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.json.DatasetFormat;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.RuleSet;
import org.dangjian.rules.RuleSetRegistry;
import org.dangjian.scoring.ScoreBoard;
import org.dangjian.scoring.ScoringEngine;
import org.dangjian.scoring.SchemeRegistry;

/** Reads a dataset, evaluates and scores it: the library's main path, through its module names. */
public final class Consumer {
  private Consumer() {}

  public static ScoreBoard run(Path file) {
    LocalDate asOf = LocalDate.of(2024, 12, 31);
    Dataset dataset = DatasetFormat.read(file);
    RuleSet rules = RuleSetRegistry.standard().resolve("cn-national", asOf);
    ComplianceReport report = ComplianceEngine.evaluate(dataset, rules, ReportingPeriod.year(2024), asOf);
    return ScoringEngine.score(dataset, SchemeRegistry.standard().resolve("member-points", asOf), 2024, report);
  }
}
