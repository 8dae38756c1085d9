package org.dangjian.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.Labelled;
import org.dangjian.core.Labels;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.supervision.Correction;
import org.dangjian.core.supervision.CorrectionStatus;

/**
 * Where a finding stands in its correction (整改) on the report's day of evaluation: not taken up, being
 * corrected, overdue, corrected — or found again after a correction of the same thing was closed (复发).
 * A correction belongs to a finding by the finding's stable id ({@link Finding#id()}); the same thing is the
 * same rule, organisation, subject and message, whatever the period or the day it began.
 *
 * @param finding the finding
 * @param state where it stands
 * @param correction its own correction (the latest opened by the day), or for a recurrence the correction
 *     closed before it began
 */
public record FindingLife(Finding finding, State state, Optional<Correction> correction) {

  /** Where a finding stands. Reports carry the {@linkplain #code() code}. */
  public enum State implements Labelled {
    /** 未整改: no correction opened for it by the day. */
    OPEN("未整改", "open"),
    /** 整改中: its correction is open, its deadline not passed. */
    CORRECTING("整改中", "being corrected"),
    /** 逾期未整改: its correction is open after its deadline. */
    OVERDUE("逾期未整改", "overdue"),
    /** 已整改: its correction was closed (in time or late). */
    CORRECTED("已整改", "corrected"),
    /** 整改后复发: found again, beginning after a correction of the same thing was closed. */
    RECURRED("整改后复发", "recurred");

    private final Labels labels;

    State(String zh, String en) {
      this.labels = new Labels(zh, en);
    }

    @Override
    public Labels labels() {
      return labels;
    }
  }

  /** Checks for null. */
  public FindingLife {
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(correction, "correction");
  }

  /**
   * @param report a compliance report
   * @param dataset the dataset it was made from, with its corrections
   * @return each finding of the report, in the report's order, with where it stands on the report's day
   */
  public static List<FindingLife> of(ComplianceReport report, Dataset dataset) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(dataset, "dataset");
    LocalDate asOf = report.asOf();
    // The corrections closed by the day, by the thing they corrected, for recurrences.
    Map<String, List<Correction>> closedByThing = new HashMap<>();
    for (Correction correction : dataset.records(Correction.KIND).all()) {
      if (correction.closedBy(asOf) && correction.finding().isPresent()) {
        thing(correction.finding().get()).ifPresent(key -> closedByThing.computeIfAbsent(key, k -> new ArrayList<>()).add(correction));
      }
    }
    List<FindingLife> lives = new ArrayList<>(report.findings().size());
    for (Finding finding : report.findings()) {
      Optional<Correction> own = dataset.records(Correction.KIND).by(Correction.BY_FINDING, finding.id()).stream()
          .filter(c -> !c.opened().isAfter(asOf)).max(Comparator.comparing(Correction::opened).thenComparing(Correction::id));
      if (own.isPresent()) {
        CorrectionStatus status = own.get().statusOn(asOf);
        State state = status.isClosed() ? State.CORRECTED : status == CorrectionStatus.OVERDUE ? State.OVERDUE : State.CORRECTING;
        lives.add(new FindingLife(finding, state, own));
        continue;
      }
      Optional<LocalDate> began = finding.since().or(() -> finding.period().map(p -> p.start()));
      Optional<Correction> before = began.flatMap(day -> thing(finding.id()).map(key -> closedByThing.getOrDefault(key, List.of()))
          .flatMap(closed -> closed.stream().filter(c -> c.closed().orElseThrow().isBefore(day))
              .max(Comparator.comparing((Correction c) -> c.closed().orElseThrow()).thenComparing(Correction::id))));
      lives.add(new FindingLife(finding, before.isPresent() ? State.RECURRED : State.OPEN, before));
    }
    return List.copyOf(lives);
  }

  /**
   * @param findingId a finding's stable id, {@code rule/organisation/subject[/period]/message[@since]}
   * @return the thing it is about — rule, organisation, subject and message — if the id has that form
   */
  static Optional<String> thing(String findingId) {
    String[] parts = findingId.split("/", -1);
    if (parts.length < 4 || parts.length > 5) {
      return Optional.empty();
    }
    String last = parts[parts.length - 1];
    int at = last.indexOf('@');
    return Optional.of(parts[0] + "/" + parts[1] + "/" + parts[2] + "/" + (at < 0 ? last : last.substring(0, at)));
  }
}
