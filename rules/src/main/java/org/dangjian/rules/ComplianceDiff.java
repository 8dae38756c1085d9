package org.dangjian.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule change does to the findings: two reports over the same data compared finding by finding.
 * A finding is the same finding in both when its rule, organisation, subject and period agree; it has
 * changed when its severity, message or arguments differ.
 *
 * @param added findings only the second report has, in its order
 * @param removed findings only the first report has, in its order
 * @param changed findings both have but differently, in the second report's order
 */
public record ComplianceDiff(List<Finding> added, List<Finding> removed, List<Change> changed) {

  /**
   * A finding both reports have, differently.
   *
   * @param from as the first report has it
   * @param to as the second report has it
   */
  public record Change(Finding from, Finding to) {
    /** Checks for nulls. */
    public Change {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }

  /** Copies the lists. */
  public ComplianceDiff {
    Objects.requireNonNull(added, "added");
    Objects.requireNonNull(removed, "removed");
    Objects.requireNonNull(changed, "changed");
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
  }

  /**
   * @param from the report before the change
   * @param to the report after it
   * @return the differences
   */
  public static ComplianceDiff between(ComplianceReport from, ComplianceReport to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Map<Key, Deque<Finding>> before = new HashMap<>();
    from.findings().forEach(f -> before.computeIfAbsent(Key.of(f), k -> new ArrayDeque<>()).add(f));
    Map<Key, Integer> matched = new HashMap<>();
    List<Finding> added = new ArrayList<>();
    List<Change> changed = new ArrayList<>();
    for (Finding finding : to.findings()) {
      Key key = Key.of(finding);
      Optional<Finding> match = Optional.ofNullable(before.get(key)).map(Deque::poll);
      if (match.isEmpty()) {
        added.add(finding);
        continue;
      }
      matched.merge(key, 1, Integer::sum);
      if (match.get().severity() != finding.severity() || !match.get().messageCode().equals(finding.messageCode())
          || !match.get().arguments().equals(finding.arguments())) {
        changed.add(new Change(match.get(), finding));
      }
    }
    // Under each key the first findings of the first report were the ones matched; the rest are removed.
    Map<Key, Integer> seen = new HashMap<>();
    List<Finding> removed = from.findings().stream()
        .filter(f -> seen.merge(Key.of(f), 1, Integer::sum) > matched.getOrDefault(Key.of(f), 0)).toList();
    return new ComplianceDiff(added, removed, changed);
  }

  /** @return whether the reports have the same findings */
  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
  }

  private record Key(String rule, String organisation, Subject subject, String period) {
    static Key of(Finding finding) {
      return new Key(finding.ruleId(), finding.organisation().value(), finding.subject(),
          finding.period().map(Object::toString).orElse(""));
    }
  }
}
