package org.dangjian.core.record;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjian.core.ValidationException;

/**
 * The record kinds a dataset holds, in the order they are checked and written: an explicit, immutable
 * list, no discovery and no global state. {@link #builtIn()} lists the library's; a project with kinds of
 * its own passes {@code RecordKinds.builtIn().plus(MyRecord.KIND)} to {@code Dataset.builder(kinds)}.
 * Names are unique: a second kind with a collection or element name already taken is refused.
 */
public final class RecordKinds {
  private final List<RecordKind<?>> kinds;
  private final Map<String, RecordKind<?>> byCollection;

  private RecordKinds(List<RecordKind<?>> kinds) {
    Map<String, RecordKind<?>> collections = new HashMap<>();
    Map<String, RecordKind<?>> elements = new HashMap<>();
    for (RecordKind<?> kind : kinds) {
      if (collections.putIfAbsent(kind.collection(), kind) != null || elements.putIfAbsent(kind.element(), kind) != null) {
        throw ValidationException.of("", "duplicate-code", "record kind '" + kind + "' (" + kind.collection()
            + ") takes a name another kind already has");
      }
    }
    this.kinds = List.copyOf(kinds);
    this.byCollection = Map.copyOf(collections);
  }

  /**
   * @param kinds the kinds, in order
   * @return the registry
   * @throws ValidationException ({@code duplicate-code}) if two kinds share a name
   */
  public static RecordKinds of(List<RecordKind<?>> kinds) {
    java.util.Objects.requireNonNull(kinds, "kinds");
    return new RecordKinds(kinds);
  }

  /** @return the library's kinds: activities, dues bases and payments, trainings, ledger, commitments, ballots, ratings, governance documents, leadership posts, duty reports */
  public static RecordKinds builtIn() {
    return BuiltIn.KINDS;
  }

  /**
   * @param kind one more kind
   * @return a registry with it last
   * @throws ValidationException ({@code duplicate-code}) if its names are taken
   */
  public RecordKinds plus(RecordKind<?> kind) {
    List<RecordKind<?>> more = new ArrayList<>(kinds);
    more.add(kind);
    return new RecordKinds(more);
  }

  /** @return the kinds, in order */
  public List<RecordKind<?>> all() {
    return kinds;
  }

  /**
   * @param collection a collection's name in the format, for example {@code ledger}
   * @return the kind, if registered
   */
  public Optional<RecordKind<?>> byCollection(String collection) {
    return Optional.ofNullable(byCollection.get(collection));
  }

  /**
   * @param kind a kind
   * @return whether it is registered here
   */
  public boolean contains(RecordKind<?> kind) {
    return kinds.contains(kind);
  }

  @Override
  public String toString() {
    return kinds.toString();
  }

  /** Initialised on first use, after the kinds' own classes: no cycle of static initialisers. */
  private static final class BuiltIn {
    static final RecordKinds KINDS = new RecordKinds(List.of(
        org.dangjian.core.activity.Activity.KIND,
        org.dangjian.core.dues.DuesBase.KIND,
        org.dangjian.core.dues.DuesPayment.KIND,
        org.dangjian.core.activity.TrainingAttendance.KIND,
        org.dangjian.core.assessment.LedgerEntry.KIND,
        org.dangjian.core.assessment.Commitment.KIND,
        org.dangjian.core.assessment.AppraisalBallot.KIND,
        org.dangjian.core.assessment.ReportRating.KIND,
        org.dangjian.core.governance.GovernanceDocument.KIND,
        org.dangjian.core.governance.LeadershipPost.KIND,
        org.dangjian.core.governance.DutyReport.KIND,
        org.dangjian.core.supervision.Inspection.KIND,
        org.dangjian.core.supervision.Correction.KIND,
        org.dangjian.core.supervision.Bulletin.KIND,
        org.dangjian.core.supervision.ResponsibilityLetter.KIND,
        org.dangjian.core.supervision.IndicatorValue.KIND));
  }
}
