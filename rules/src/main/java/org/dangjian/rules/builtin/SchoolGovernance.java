package org.dangjian.rules.builtin;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.governance.GovernanceDocument;
import org.dangjian.core.governance.GovernanceDocumentKind;
import org.dangjian.core.org.Governance;
import org.dangjian.core.org.Ownership;
import org.dangjian.core.org.Unit;
import org.dangjian.core.org.UnitKind;
import org.dangjian.rules.spi.Parameter;

/**
 * What the governance rules share: which schools the reform is for, and since when a school has had a
 * document of a kind in a form that counts. Not API.
 */
final class SchoolGovernance {
  private SchoolGovernance() {}

  static final List<GovernanceDocumentKind> REQUIRED = GovernanceDocumentKind.requiredByTheReform();

  static final Parameter<List<UnitKind>> UNIT_KINDS = Parameter.codes("unitKinds", UnitKind.class)
      .withDefault(List.of(UnitKind.PRIMARY_SCHOOL, UnitKind.MIDDLE_SCHOOL, UnitKind.HIGH_SCHOOL, UnitKind.NINE_YEAR_SCHOOL))
      .withMeaning("计入的学校类别", "the kinds of school counted").withExample("[primary-school, middle-school]");
  static final Parameter<List<Ownership>> OWNERSHIP = Parameter.codes("ownership", Ownership.class).withDefault(List.of(Ownership.PUBLIC))
      .withMeaning("计入的办学性质（公办、民办）", "who runs the schools counted (public, private)").withExample("[public]");
  static final Parameter<Boolean> LEGAL_PERSONS_ONLY = Parameter.bool("legalPersonsOnly", true)
      .withMeaning("只计独立法人学校", "count only schools that are legal persons of their own (独立法人)").withExample("true");
  static final Parameter<List<GovernanceDocumentKind>> DOCUMENTS = Parameter.codes("documents", GovernanceDocumentKind.class)
      .withDefault(REQUIRED).withMeaning("须具备的制度文件", "the documents each school must have")
      .withExample("[charter, party-meeting-rules, principal-meeting-rules, powers-list]");
  static final Parameter<LocalDate> SINCE = Parameter.date("since").asOptional()
      .withMeaning("文件须于此日（含）以后制定或修订方才计入", "a document counts only if adopted or revised on or after this day")
      .withExample("2022-01-26");

  /** Which schools a rule counts: of its kinds and ownership, and legal persons where it asks. */
  record Scope(List<UnitKind> kinds, List<Ownership> ownership, boolean legalPersonsOnly) {
    boolean covers(Unit unit) {
      return kinds.contains(unit.kind()) && ownership.contains(unit.ownership()) && (!legalPersonsOnly || unit.legalPerson());
    }
  }

  static Scope scope(org.dangjian.rules.spi.RuleParameters parameters) {
    return new Scope(parameters.get(UNIT_KINDS), parameters.get(OWNERSHIP), parameters.get(LEGAL_PERSONS_ONLY));
  }

  /**
   * @param dataset the dataset
   * @param unit a school
   * @param date a day
   * @param ownOnly whether a joint branch, which covers several schools, is passed over
   * @return the highest organisation covering the school that exists on the day: the school's Party organisation
   */
  static Optional<org.dangjian.core.org.Organisation> organisationOf(Dataset dataset, Unit unit, LocalDate date, boolean ownOnly) {
    return dataset.organisationsCovering(unit.id()).stream()
        .filter(o -> o.existsOn(date) && !(ownOnly && o.kind() == org.dangjian.core.org.OrganisationKind.JOINT_BRANCH)).findFirst();
  }

  /**
   * @param unit a school
   * @param date a day
   * @return the Party-led model of the school's level (园长负责制 for a kindergarten), in force that day, pilots included
   */
  static Optional<Governance> partyLed(Unit unit, LocalDate date) {
    return unit.governance().filter(g -> g.model().isPartyLed() && g.inForceOn(date));
  }

  /**
   * @param dataset the dataset
   * @param unit a school
   * @param kind a kind of document
   * @param since the day from which a document's form counts, if any
   * @param asOf the day of evaluation: a document adopted later is not yet known
   * @return the first day the school had a document of the kind that counts, and the documents of the kind known by {@code asOf}
   */
  static InPlace inPlace(Dataset dataset, Unit unit, GovernanceDocumentKind kind, Optional<LocalDate> since, LocalDate asOf) {
    LocalDate first = null;
    List<GovernanceDocument> known = dataset.records(GovernanceDocument.KIND).by(GovernanceDocument.BY_UNIT, unit.id()).stream()
        .filter(d -> d.kind() == kind && d.inPlaceOn(asOf)).toList();
    for (GovernanceDocument document : known) {
      LocalDate counts = countsFrom(document, since, asOf);
      if (counts != null && (first == null || counts.isBefore(first))) {
        first = counts;
      }
    }
    return new InPlace(Optional.ofNullable(first), known);
  }

  /** The day a document began to count: its adoption, or its revision where only that is on or after {@code since}. */
  private static @org.jspecify.annotations.Nullable LocalDate countsFrom(GovernanceDocument document, Optional<LocalDate> since,
      LocalDate asOf) {
    if (since.isEmpty() || !document.adopted().isBefore(since.get())) {
      return document.adopted();
    }
    return document.revised().filter(r -> !r.isBefore(since.get()) && !r.isAfter(asOf)).orElse(null);
  }

  /**
   * @param from the first day a document of the kind counted, if one does
   * @param documents the school's documents of the kind known on the day of evaluation
   */
  record InPlace(Optional<LocalDate> from, List<GovernanceDocument> documents) {
    boolean by(LocalDate date) {
      return from.filter(d -> !d.isAfter(date)).isPresent();
    }

    List<String> evidence() {
      return documents.stream().map(GovernanceDocument::evidence).toList();
    }
  }
}
