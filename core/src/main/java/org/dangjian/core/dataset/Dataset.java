package org.dangjian.core.dataset;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.dangjian.core.Problem;
import org.dangjian.core.ValidationException;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.activity.TrainingAttendance;
import org.dangjian.core.assessment.AppraisalBallot;
import org.dangjian.core.assessment.Commitment;
import org.dangjian.core.assessment.LedgerEntry;
import org.dangjian.core.assessment.ReportRating;
import org.dangjian.core.dues.DuesBase;
import org.dangjian.core.dues.DuesPayment;
import org.dangjian.core.activity.ActivityId;
import org.dangjian.core.internal.DatasetChecks;
import org.dangjian.core.internal.KindStore;
import org.dangjian.core.member.Lifecycle;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.OrgTree;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.core.org.Unit;
import org.dangjian.core.org.UnitId;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.record.RecordKinds;
import org.dangjian.core.record.Records;
import org.dangjian.core.time.ReportingPeriod;

/**
 * An immutable snapshot of one region's records — units, Party organisations, members with their
 * histories, activity records and dues — checked
 * as a whole when built and indexed once, so that engines never scan what they do not need.
 *
 * <p>{@link #builder()} collects records and {@link Builder#build()} checks them together: duplicate
 * ids, dangling references, cycles, groups outside branches, anything under a group, members outside
 * a branch or in another branch's group, position holders who are not members, ends before starts.
 * Every problem is reported at once, with its path in the interchange format's names ({@code
 * members[12].branch}); a dataset with a problem is never built.
 *
 * <p>Collections come back sorted — units and members by id, organisations in path order — so
 * every output built on them is deterministic. Immutable and thread-safe.
 */
public final class Dataset {

  /** The interchange format's schema tag: {@value}. */
  public static final String SCHEMA = "dangjian/dataset@1";

  private final Region region;
  private final ImmutableMap<UnitId, Unit> units;
  private final OrgTree tree;
  private final MemberIndex memberIndex;
  /** The organisations whose committees name each member: indexed on first use, shared by the datasets derived from this one. */
  private final PositionHolders positionHolders;
  private final ImmutableListMultimap<UnitId, Organisation> coverage;
  /** Per day asked, the units no organisation covers that day: shared by the datasets derived from one (same units and organisations). */
  private final java.util.concurrent.ConcurrentMap<LocalDate, List<Unit>> uncovered;
  private final ImmutableList<ActivityType> declaredActivityTypes;
  private final RecordKinds kinds;
  /** One store per registered kind, the same keys as {@code kinds}. */
  private final ImmutableMap<RecordKind<?>, KindStore<?>> stores;
  private final Optional<LocalDate> firstActivityDate;
  private final Optional<YearMonth> firstDuesMonth;
  /** The members and organisations of other parts this part refers to (empty for a whole region). */
  private final ImmutableSortedSet<MemberId> externalMembers;
  private final ImmutableSortedSet<OrganisationId> externalOrganisations;

  private Dataset(Builder b, java.util.Set<MemberId> externalMembers, java.util.Set<OrganisationId> externalOrganisations,
      ImmutableMap<RecordKind<?>, KindStore<?>> stores) {
    this.region = b.region;
    this.units = sortedById(b.units, Unit::id);
    this.externalMembers = ImmutableSortedSet.copyOf(externalMembers);
    this.externalOrganisations = ImmutableSortedSet.copyOf(externalOrganisations);
    this.tree = OrgTree.of(b.organisations, this.externalOrganisations::contains);
    this.memberIndex = MemberIndex.of(b.members);
    this.positionHolders = new PositionHolders();
    ImmutableListMultimap.Builder<UnitId, Organisation> covering = ImmutableListMultimap.builder();
    for (Organisation organisation : tree.organisations()) {
      organisation.units().forEach(unit -> covering.put(unit, organisation));
    }
    this.coverage = covering.build();
    this.uncovered = new java.util.concurrent.ConcurrentHashMap<>();
    this.declaredActivityTypes = ImmutableList.sortedCopyOf(b.activityTypes);
    this.kinds = b.kinds;
    this.stores = stores;
    this.firstActivityDate = store(Activity.KIND).first().map(Activity::date);
    this.firstDuesMonth = store(DuesPayment.KIND).values("month").stream().map(YearMonth.class::cast).min(Comparator.naturalOrder());
  }

  /** @return the records a builder holds for a kind, as that kind's type (only {@code add(kind, T)} puts them there) */
  @SuppressWarnings("unchecked")
  private static <T> List<T> typed(RecordKind<T> kind, List<Object> records) {
    return (List<T>) (List<?>) records;
  }

  /**
   * A dataset derived from another — one more record of a kind, or members replaced (the same ids) —
   * sharing every record and index it is not given.
   */
  private Dataset(Dataset from, MemberIndex memberIndex, ImmutableMap<RecordKind<?>, KindStore<?>> stores,
      Optional<LocalDate> firstActivityDate, Optional<YearMonth> firstDuesMonth) {
    this.region = from.region;
    this.units = from.units;
    this.tree = from.tree;
    this.memberIndex = memberIndex;
    this.positionHolders = from.positionHolders;
    this.coverage = from.coverage;
    this.uncovered = from.uncovered;
    this.declaredActivityTypes = from.declaredActivityTypes;
    this.kinds = from.kinds;
    this.externalMembers = from.externalMembers;
    this.externalOrganisations = from.externalOrganisations;
    this.stores = stores;
    this.firstActivityDate = firstActivityDate;
    this.firstDuesMonth = firstDuesMonth;
  }

  @SuppressWarnings("unchecked") // the only cast: every store was built for its own kind, under that kind
  private <T> KindStore<T> store(RecordKind<T> kind) {
    KindStore<?> store = stores.get(kind);
    if (store == null) {
      throw new IllegalArgumentException("record kind '" + kind + "' is not registered in this dataset's kinds " + kinds);
    }
    return (KindStore<T>) store;
  }

  private static <K extends Comparable<K>, V> ImmutableMap<K, V> sortedById(
      List<V> values, java.util.function.Function<V, K> id) {
    List<V> sorted = new ArrayList<>(values);
    sorted.sort(Comparator.comparing(id));
    ImmutableMap.Builder<K, V> map = ImmutableMap.builderWithExpectedSize(sorted.size());
    sorted.forEach(v -> map.put(id.apply(v), v));
    return map.build();
  }

  /** @return a builder for a new dataset */
  public static Builder builder() {
    return new Builder(RecordKinds.builtIn());
  }

  /**
   * @param kinds the record kinds the dataset holds: the built-in ones, and any a project adds
   *     ({@code RecordKinds.builtIn().plus(Notice.KIND)})
   * @return a builder for a new dataset
   */
  public static Builder builder(RecordKinds kinds) {
    return new Builder(kinds);
  }

  /** @return a builder holding this dataset's records and kinds, to change and build anew */
  public Builder toBuilder() {
    Builder builder = new Builder(kinds).region(region).units(units.values()).organisations(tree.organisations())
        .members(memberIndex.all()).activityTypes(declaredActivityTypes);
    externalMembers.forEach(builder::externalMember);
    externalOrganisations.forEach(builder::externalOrganisation);
    for (RecordKind<?> kind : kinds.all()) {
      builder.records.get(kind).addAll(stores.get(kind).all());
    }
    return builder;
  }

  /** @return the record kinds this dataset holds */
  public RecordKinds kinds() {
    return kinds;
  }

  /**
   * @return the members of other parts this part of a partitioned region refers to — a transfer's other
   *     end, a position holder or attendee from another county — by id; empty for a whole region
   */
  public java.util.SortedSet<MemberId> externalMembers() {
    return externalMembers;
  }

  /** @return the organisations of other parts this part refers to (a parent above the part, an approving committee) */
  public java.util.SortedSet<OrganisationId> externalOrganisations() {
    return externalOrganisations;
  }

  /**
   * Splits the region into self-contained parts, each a dataset of its own: the organisations a part is
   * named for, their members, the units they cover or members work in (or a record kept there names), and
   * the records that name any of them. A record naming members or organisations of several parts — a transfer between counties, an
   * attendee from elsewhere — is kept in each of them, its other ends recorded as the part's
   * {@linkplain #externalMembers() external references}. {@code merge(partition(by).values())} equals this
   * dataset.
   *
   * @param by the part of an organisation, from its path in the tree: for example the id of its
   *     ancestor at depth 2 ({@link #byAncestorAt(int)})
   * @return the parts by name, sorted
   * @throws IllegalArgumentException if a name is null
   */
  public java.util.SortedMap<String, Dataset> partition(java.util.function.Function<? super org.dangjian.core.org.OrgPath, String> by) {
    return Partitions.partition(this, by);
  }

  /**
   * @param depth a depth in the organisation tree (0 for the roots)
   * @return a partitioning by the ancestor at that depth — at 1, one part per organisation under the
   *     root — with the organisations above it (and those at lesser depth) in the part named {@code ""}
   */
  public static java.util.function.Function<org.dangjian.core.org.OrgPath, String> byAncestorAt(int depth) {
    if (depth < 0) {
      throw new IllegalArgumentException("a depth is 0 or more: " + depth);
    }
    return path -> path.ids().size() > depth ? path.ids().get(depth).value() : "";
  }

  /**
   * Joins parts of one region: the inverse of {@link #partition}. Organisations and members must not be
   * held by two parts unless equal; units and records held by several are kept once (a record as often
   * as the part holding it most often); external references the parts resolve for each other vanish.
   *
   * @param parts the parts, of one region and the same record kinds
   * @return the region
   * @throws ValidationException ({@code partition-mismatch}) for parts of different regions or kinds, or
   *     holding different records under one id; or for any problem of the result
   * @throws IllegalArgumentException if there are no parts
   */
  public static Dataset merge(Collection<Dataset> parts) {
    return Partitions.merge(parts);
  }

  /**
   * The records of one kind: {@code dataset.records(LedgerEntry.KIND).by(LedgerEntry.BY_MEMBER, member)}.
   *
   * @param kind a registered kind
   * @return its records, in the kind's order, with its indexes
   * @throws IllegalArgumentException if the kind is not among this dataset's {@link #kinds()}
   */
  public <T> Records<T> records(RecordKind<T> kind) {
    return store(Objects.requireNonNull(kind, "kind"));
  }

  /** @return the region it describes */
  public Region region() {
    return region;
  }

  /** @return every unit, by id */
  public List<Unit> units() {
    return units.values().asList();
  }

  /**
   * @param id a unit id
   * @return the unit, if present
   */
  public Optional<Unit> unit(UnitId id) {
    return Optional.ofNullable(units.get(id));
  }

  /** @return the organisation tree */
  public OrgTree tree() {
    return tree;
  }

  /** @return every organisation in path order, dissolved ones included */
  public List<Organisation> organisations() {
    return tree.organisations();
  }

  /**
   * @param id an organisation id
   * @return the organisation, if present
   */
  public Optional<Organisation> organisation(OrganisationId id) {
    return tree.find(id);
  }

  /** @return every member, by id */
  public List<Member> members() {
    return memberIndex.all();
  }

  /**
   * @param id a member id
   * @return the member, if present
   */
  public Optional<Member> member(MemberId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(memberIndex.get(id));
  }

  /**
   * The members of an organisation: of a group, those in it; of a branch, all of its members, in
   * groups or not; of anything above, the members of every branch beneath it.
   *
   * @param id an organisation id
   * @return the members, by id
   * @throws ValidationException ({@code unknown-organisation}) if the dataset holds no such organisation
   */
  public List<Member> membersOf(OrganisationId id) {
    Objects.requireNonNull(id, "id");
    Organisation organisation = tree.get(id);
    if (organisation.kind() == OrganisationKind.GROUP) {
      return memberIndex.ofGroup(id);
    }
    if (organisation.kind().isBranch()) {
      return memberIndex.ofBranch(id);
    }
    List<Member> found = new ArrayList<>();
    for (Organisation below : tree.subtree(id)) {
      if (below.kind().isBranch()) {
        found.addAll(memberIndex.ofBranch(below.id()));
      }
    }
    found.sort(Comparator.comparing(Member::id));
    return List.copyOf(found);
  }

  /**
   * @param id a unit id
   * @return the members recorded as working or studying in the unit, by id
   */
  public List<Member> membersOfUnit(UnitId id) {
    return memberIndex.ofUnit(id);
  }

  /**
   * The gaps in the organisations' coverage on a day: computed once per day, and shared by the datasets
   * derived from this one (by {@link #with(DatasetChange)} and the like), whose units and organisations are
   * the same.
   *
   * @param day a day
   * @return the units no organisation covers that day — none lists it, or none of those that do exists on
   *     it (established later, or dissolved) — by id
   */
  public List<Unit> unitsUncoveredOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    List<Unit> found = uncovered.get(day);
    if (found == null) {
      List<Unit> gaps = new ArrayList<>();
      for (Unit unit : units()) {
        if (coverage.get(unit.id()).stream().noneMatch(o -> o.existsOn(day))) {
          gaps.add(unit);
        }
      }
      found = List.copyOf(gaps);
      if (uncovered.size() >= 64) {
        uncovered.clear(); // a caller asking about many days: kept small
      }
      uncovered.put(day, found);
    }
    return found;
  }

  /**
   * @param id a unit id
   * @return the organisations that list the unit as covered, in path order, dissolved ones included
   */
  public List<Organisation> organisationsCovering(UnitId id) {
    return coverage.get(id);
  }

  /**
   * @param id an organisation id
   * @return whether the organisation, or one beneath it, covers a school (not the bureau's office, say)
   */
  public boolean coversASchool(OrganisationId id) {
    return tree().subtree(id).stream().flatMap(o -> o.units().stream())
        .anyMatch(u -> unit(u).filter(unit -> unit.kind().isSchool()).isPresent());
  }

  /** @return the activity types this dataset declares beyond the standard ones, by code */
  public List<ActivityType> declaredActivityTypes() {
    return declaredActivityTypes;
  }

  /**
   * @param code an activity type code
   * @return the standard or declared type with that code, if any
   */
  public Optional<ActivityType> activityType(String code) {
    Objects.requireNonNull(code, "code");
    return ActivityType.standardType(code)
        .or(() -> declaredActivityTypes.stream().filter(t -> t.code().equals(code)).findFirst());
  }

  /** @return every activity, by date, then id */
  public List<Activity> activities() {
    return store(Activity.KIND).all();
  }

  /** @return the day of the earliest activity, if there is any */
  public Optional<LocalDate> firstActivityDate() {
    return firstActivityDate;
  }

  /**
   * @param id an activity id
   * @return the activity, if present
   */
  public Optional<Activity> activity(ActivityId id) {
    List<Activity> found = store(Activity.KIND).by(Activity.BY_ID, id);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /**
   * @param member a member id
   * @return the activities listing the member among those who attended, by date, then id — wherever they were held
   */
  public List<Activity> activitiesAttendedBy(MemberId member) {
    Objects.requireNonNull(member, "member");
    return store(Activity.KIND).by(Activity.BY_ATTENDEE, member);
  }

  /**
   * @param organisation an organisation id
   * @return the activities it held, by date, then id
   */
  public List<Activity> activitiesOf(OrganisationId organisation) {
    Objects.requireNonNull(organisation, "organisation");
    return store(Activity.KIND).by(Activity.BY_ORGANISATION, organisation);
  }

  /**
   * @param organisation an organisation id
   * @param type a type of activity
   * @return the activities of that type it held, by date, then id
   */
  public List<Activity> activitiesOf(OrganisationId organisation, ActivityType type) {
    return store(Activity.KIND).by(Activity.BY_ORGANISATION_AND_TYPE, new Activity.OrganisationAndType(organisation, type));
  }

  /**
   * @param organisation an organisation id
   * @param period a reporting period
   * @return the activities it held within the period, by date, then id
   */
  public List<Activity> activitiesOf(OrganisationId organisation, ReportingPeriod period) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(period, "period");
    return activitiesOf(organisation).stream().filter(a -> period.contains(a.date())).toList();
  }

  /** @return every declared dues base, by member, then month */
  public List<DuesBase> duesBases() {
    return store(DuesBase.KIND).all();
  }

  /**
   * @param member a member id
   * @return the member's declared bases, by month
   */
  public List<DuesBase> duesBasesOf(MemberId member) {
    Objects.requireNonNull(member, "member");
    return store(DuesBase.KIND).by(DuesBase.BY_MEMBER, member);
  }

  /** @return every dues payment, by member, month and day paid */
  public List<DuesPayment> duesPayments() {
    return store(DuesPayment.KIND).all();
  }

  /** @return the earliest month some dues payment is for, if there is any */
  public Optional<YearMonth> firstDuesMonth() {
    return firstDuesMonth;
  }

  /**
   * @param member a member id
   * @return the member's payments, by month and day paid
   */
  public List<DuesPayment> duesPaymentsOf(MemberId member) {
    Objects.requireNonNull(member, "member");
    return store(DuesPayment.KIND).by(DuesPayment.BY_MEMBER, member);
  }

  /** @return every training attendance, by member, then date */
  public List<TrainingAttendance> trainings() {
    return store(TrainingAttendance.KIND).all();
  }

  /**
   * @param member a member id
   * @return the trainings the member attended, by date
   */
  public List<TrainingAttendance> trainingsOf(MemberId member) {
    Objects.requireNonNull(member, "member");
    return store(TrainingAttendance.KIND).by(TrainingAttendance.BY_MEMBER, member);
  }

  /** @return every point-ledger entry, by member, then date */
  public List<LedgerEntry> ledger() {
    return store(LedgerEntry.KIND).all();
  }

  /**
   * @param member a member id
   * @return the member's ledger entries, by date
   */
  public List<LedgerEntry> ledgerOf(MemberId member) {
    Objects.requireNonNull(member, "member");
    return store(LedgerEntry.KIND).by(LedgerEntry.BY_MEMBER, member);
  }

  /** @return every year-start commitment, by member, then year */
  public List<Commitment> commitments() {
    return store(Commitment.KIND).all();
  }

  /**
   * @param member a member id
   * @param year a year
   * @return the member's commitment for that year, if made
   */
  public Optional<Commitment> commitmentOf(MemberId member, int year) {
    for (Commitment commitment : store(Commitment.KIND).by(Commitment.BY_MEMBER, member)) { // a loop: asked for every card
      if (commitment.year() == year) {
        return Optional.of(commitment);
      }
    }
    return Optional.empty();
  }

  /** @return every appraisal ballot, by year, subject and voter */
  public List<AppraisalBallot> ballots() {
    return store(AppraisalBallot.KIND).all();
  }

  /**
   * @param subject a member id
   * @param year a year
   * @return the ballots cast about the member in that year's appraisal, by voter
   */
  public List<AppraisalBallot> ballotsAbout(MemberId subject, int year) {
    return store(AppraisalBallot.KIND).by(AppraisalBallot.BY_SUBJECT, subject).stream().filter(b -> b.year() == year).toList();
  }

  /** @return every rating of a secretary's report, by year, organisation, secretary and rater */
  public List<ReportRating> reportRatings() {
    return store(ReportRating.KIND).all();
  }

  /**
   * @param secretary a member id
   * @param year a year
   * @return the ratings of that secretary's report for the year, by organisation, then rater
   */
  public List<ReportRating> reportRatingsAbout(MemberId secretary, int year) {
    return store(ReportRating.KIND).by(ReportRating.BY_SECRETARY, secretary).stream().filter(r -> r.year() == year).toList();
  }

  /**
   * Applies one change. A new activity, dues payment or ledger entry is checked on its own — its
   * references, its id's uniqueness, the organisation existing on the day — and the result shares every
   * other record and index with this dataset, so adding one costs about as much as the record, not the
   * dataset. A member event goes through {@link Lifecycle#apply} and {@link #withMember}, which checks the
   * members anew (placements, histories, position holders) and rebuilds only the member indexes.
   *
   * @param change the change
   * @return the new dataset; this one is unchanged
   * @throws ValidationException listing every problem of the new record, with paths such as {@code
   *     activity.attendees[2]}, {@code duesPayment.member}, {@code ledgerEntry.approver}, {@code
   *     memberEvent.member}
   * @throws org.dangjian.core.member.IllegalTransitionException if the lifecycle does not allow the event
   */
  public Dataset with(DatasetChange change) {
    Objects.requireNonNull(change, "change");
    if (change instanceof DatasetChange.RecordChange<?> added) {
      return withRecord(added);
    }
    DatasetChange.MemberEventAdded event = (DatasetChange.MemberEventAdded) change;
    Member member = memberIndex.get(event.member());
    if (member == null) {
      throw ValidationException.of("memberEvent.member", "unknown-member", "the dataset holds no member '" + event.member() + "'");
    }
    return withMember(Lifecycle.apply(member, event.event()));
  }

  /**
   * One more record of a kind, checked on its own — its natural keys against the records there are, its
   * references and own check, with paths under the kind's element name ({@code ledgerEntry.approver}) —
   * sharing every other store.
   */
  private <T> Dataset withRecord(DatasetChange.RecordChange<T> change) {
    RecordKind<T> kind = change.kind();
    T record = change.record();
    KindStore<T> store = store(kind);
    List<Problem> problems = new ArrayList<>();
    for (org.dangjian.core.record.UniqueKey<T> key : kind.uniqueKeys()) {
      Object value = key.keyOf(record);
      if (value == null) {
        continue;
      }
      boolean taken = key.index().map(index -> !store.by(castIndex(index), value).isEmpty())
          .orElseGet(() -> store.all().stream().anyMatch(r -> value.equals(key.keyOf(r))));
      if (taken) {
        problems.add(Problem.of(key.pathOf(kind.element()), "duplicate-id", kind.element() + " '" + value + "' is already recorded"));
      }
    }
    if (!org.dangjian.core.internal.Identical.isKeyed(kind, record) && store.containsEqual(record)) {
      problems.add(Problem.of(kind.element(), "duplicate-record", "the same as a " + kind.element() + " already recorded, "
          + "in every field; a record is given once (give each its own id if both happened)"));
    }
    kind.checkOne(record, kind.element(), checkContext(), problems);
    throwIfAny(problems);
    ImmutableMap.Builder<RecordKind<?>, KindStore<?>> grown = ImmutableMap.builderWithExpectedSize(stores.size());
    stores.forEach((k, s) -> grown.put(k, k == kind ? store.plus(record) : s));
    Optional<LocalDate> firstActivity = firstActivityDate;
    Optional<YearMonth> firstDues = firstDuesMonth;
    if (record instanceof Activity activity) {
      firstActivity = Optional.of(firstActivityDate.filter(d -> !d.isAfter(activity.date())).orElse(activity.date()));
    } else if (record instanceof DuesPayment payment) {
      firstDues = Optional.of(firstDuesMonth.filter(m -> !m.isAfter(payment.month())).orElse(payment.month()));
    }
    return new Dataset(this, memberIndex(), grown.build(), firstActivity, firstDues);
  }

  @SuppressWarnings("unchecked") // a unique key's index files records under that key's values
  private static <T> org.dangjian.core.record.Index<T, Object> castIndex(org.dangjian.core.record.Index<T, ?> index) {
    return (org.dangjian.core.record.Index<T, Object>) index;
  }

  private org.dangjian.core.record.CheckContext checkContext() {
    return org.dangjian.core.record.CheckContext.of(id -> memberIndex.get(id) != null || externalMembers.contains(id), tree::find,
        externalOrganisations::contains, units::containsKey, code -> declaredActivityTypes.stream().anyMatch(t -> t.code().equals(code)));
  }

  private MemberIndex memberIndex() {
    return memberIndex;
  }

  private static void throwIfAny(List<Problem> problems) {
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /**
   * Replaces one member's record — for example after {@code Lifecycle.apply} — checking the members
   * anew (placements, histories, position holders) and sharing the other records and their indexes.
   *
   * @param member the member's new record; a member with its id must exist
   * @return the new dataset
   * @throws ValidationException ({@code unknown-member}) if there is no such member, or for problems of the result
   */
  public Dataset withMember(Member member) {
    Member old = memberIndex.get(member.id());
    if (old == null) {
      throw ValidationException.of("", "unknown-member", "the dataset holds no member '" + member.id() + "'");
    }
    org.dangjian.core.internal.Externals externals =
        org.dangjian.core.internal.Externals.of(externalMembers::contains, externalOrganisations::contains);
    List<Problem> problems;
    if (member.nationalId().equals(old.nationalId())) {
      // The ids are unchanged and this dataset was valid: only the member's own placement and history, and the
      // positions it holds, can have gone wrong — checked as a full build would, with the same paths.
      problems = DatasetChecks.checkReplaced(member, memberIndex.indexOf(member.id()), units, id -> tree.find(id).orElse(null),
          tree.organisations(), positionHolders.positionsHeldBy(tree, member.id()),
          id -> id.equals(member.id()) ? member : memberIndex.get(id), externals);
    } else {
      List<Member> replaced = new ArrayList<>(memberIndex.all());
      replaced.set(memberIndex.indexOf(member.id()), member);
      problems = DatasetChecks.check(units.values().asList(), tree.organisations(), replaced, externals);
    }
    throwIfAny(problems);
    return new Dataset(this, memberIndex.replacing(member), stores, firstActivityDate, firstDuesMonth);
  }

  /**
   * Merges one branch into another (合并支部) on a day: the absorbed branch is dissolved but kept,
   * its groups, covered units and members move to the surviving branch, and positions its members
   * held in the absorbed branch end that day.
   *
   * @param absorbed the branch that ceases
   * @param survivor the branch that continues
   * @param on the day of the merger
   * @return the new dataset and every member moved
   * @throws ValidationException if either is not an active branch or they are the same
   */
  public Restructured mergeBranches(OrganisationId absorbed, OrganisationId survivor, LocalDate on) {
    Objects.requireNonNull(absorbed, "absorbed");
    Objects.requireNonNull(survivor, "survivor");
    Objects.requireNonNull(on, "on");
    return new Restructuring(this, on).merge(absorbed, survivor);
  }

  /**
   * Splits a branch (拆分支部) on a day into new branches, each member going where {@code
   * assignment} says. A group moves to the new branch that all its members go to; a group whose
   * members part is dissolved and its members leave it. The old branch is dissolved but kept.
   *
   * @param branch the branch to split
   * @param newBranches the branches it becomes, established on {@code on} (their parent is usually the old branch's)
   * @param assignment for every member of the old branch, the new branch it goes to
   * @param on the day of the split
   * @return the new dataset and every member moved
   * @throws ValidationException listing every member left nowhere ({@code member-left-unassigned}),
   *     every assignment of a non-member or to an unknown target, and any problem of the result
   */
  public Restructured splitBranch(OrganisationId branch, List<Organisation> newBranches,
      Map<MemberId, OrganisationId> assignment, LocalDate on) {
    Objects.requireNonNull(branch, "branch");
    Objects.requireNonNull(newBranches, "newBranches");
    Objects.requireNonNull(assignment, "assignment");
    Objects.requireNonNull(on, "on");
    return new Restructuring(this, on).split(branch, newBranches, assignment);
  }

  /**
   * Moves a unit from one branch to another (for example a village school changing joint branch):
   * the coverage moves, and so do the members working in that unit who belonged to the old branch,
   * leaving their groups.
   *
   * @param unit the unit
   * @param from the branch or joint branch covering it now
   * @param to the branch or joint branch to cover it
   * @param on the day of the move
   * @return the new dataset and every member moved
   * @throws ValidationException if {@code from} does not cover the unit or either is not an active branch
   */
  public Restructured moveUnit(UnitId unit, OrganisationId from, OrganisationId to, LocalDate on) {
    return new Restructuring(this, on).moveUnit(unit, from, to);
  }

  /**
   * Moves a group, with its members, under another branch.
   *
   * @param group the group
   * @param toBranch the branch it moves under
   * @param on the day of the move
   * @return the new dataset and every member moved
   * @throws ValidationException if {@code group} is not an active group or {@code toBranch} not an active branch
   */
  public Restructured moveGroup(OrganisationId group, OrganisationId toBranch, LocalDate on) {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(toBranch, "toBranch");
    Objects.requireNonNull(on, "on");
    return new Restructuring(this, on).moveGroup(group, toBranch);
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof Dataset that
            && region.equals(that.region)
            && units.equals(that.units)
            && tree.equals(that.tree)
            && members().equals(that.members())
            && declaredActivityTypes.equals(that.declaredActivityTypes)
            && kinds.all().equals(that.kinds.all())
            && kinds.all().stream().allMatch(k -> stores.get(k).all().equals(that.stores.get(k).all()))
            && externalMembers.equals(that.externalMembers)
            && externalOrganisations.equals(that.externalOrganisations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(region, units, tree, members(), activities(), duesPayments());
  }

  /** @return a summary: region and counts */
  @Override
  public String toString() {
    return "Dataset[" + region.code() + ": " + units.size() + " units, " + tree.size() + " organisations, "
        + memberIndex.size() + " members, " + activities().size() + " activities, " + duesPayments().size() + " dues payments]";
  }

  /**
   * Collects records for a {@link Dataset}; {@link #build()} checks them all together. Problem paths
   * count records in the order they were added. Not thread-safe; the dataset it builds is.
   */
  public static final class Builder {
    private Region region = Region.of("unnamed", "unnamed");
    private final List<Unit> units = new ArrayList<>();
    private final List<Organisation> organisations = new ArrayList<>();
    private final List<Member> members = new ArrayList<>();
    private final List<ActivityType> activityTypes = new ArrayList<>();
    private final RecordKinds kinds;
    /** The records of each kind, in the order added. */
    private final Map<RecordKind<?>, List<Object>> records = new java.util.LinkedHashMap<>();
    private final java.util.Set<MemberId> externalMembers = new java.util.TreeSet<>();
    private final java.util.Set<OrganisationId> externalOrganisations = new java.util.TreeSet<>();
    /** While a part is cut from a region: the region's members and organisations, which references may name. */
    private java.util.function.@org.jspecify.annotations.Nullable Predicate<MemberId> regionMembers;
    private java.util.function.@org.jspecify.annotations.Nullable Predicate<OrganisationId> regionOrganisations;

    private Builder(RecordKinds kinds) {
      this.kinds = Objects.requireNonNull(kinds, "kinds");
      kinds.all().forEach(kind -> records.put(kind, new ArrayList<>()));
    }

    /**
     * @param kind a registered kind
     * @param value a record of that kind
     * @return this builder
     * @throws IllegalArgumentException if the kind is not registered in this builder's kinds
     */
    public <T> Builder add(RecordKind<T> kind, T value) {
      List<Object> list = records.get(Objects.requireNonNull(kind, "kind"));
      if (list == null) {
        throw new IllegalArgumentException("record kind '" + kind + "' is not registered in " + kinds);
      }
      list.add(Objects.requireNonNull(value, kind.element()));
      return this;
    }

    /**
     * @param kind a registered kind
     * @param values records of that kind
     * @return this builder
     */
    public <T> Builder addAll(RecordKind<T> kind, Collection<? extends T> values) {
      values.forEach(v -> add(kind, v));
      return this;
    }

    /**
     * @param values point-ledger entries
     * @return this builder
     */
    public Builder ledger(Collection<LedgerEntry> values) {
      values.forEach(v -> add(LedgerEntry.KIND, v));
      return this;
    }

    /**
     * @param value a point-ledger entry
     * @return this builder
     */
    public Builder addLedgerEntry(LedgerEntry value) {
      add(LedgerEntry.KIND, value);
      return this;
    }

    /**
     * @param values year-start commitments
     * @return this builder
     */
    public Builder commitments(Collection<Commitment> values) {
      values.forEach(this::addCommitment);
      return this;
    }

    /**
     * @param value a year-start commitment
     * @return this builder
     */
    public Builder addCommitment(Commitment value) {
      add(Commitment.KIND, value);
      return this;
    }

    /**
     * @param values appraisal ballots
     * @return this builder
     */
    public Builder ballots(Collection<AppraisalBallot> values) {
      values.forEach(this::addBallot);
      return this;
    }

    /**
     * @param value an appraisal ballot
     * @return this builder
     */
    public Builder addBallot(AppraisalBallot value) {
      add(AppraisalBallot.KIND, value);
      return this;
    }

    /**
     * @param values ratings of secretaries' reports
     * @return this builder
     */
    public Builder reportRatings(Collection<ReportRating> values) {
      values.forEach(this::addReportRating);
      return this;
    }

    /**
     * @param value a rating of a secretary's report
     * @return this builder
     */
    public Builder addReportRating(ReportRating value) {
      add(ReportRating.KIND, value);
      return this;
    }

    /**
     * @param value a training attendance
     * @return this builder
     */
    public Builder addTraining(TrainingAttendance value) {
      add(TrainingAttendance.KIND, value);
      return this;
    }

    /**
     * @param values training attendances
     * @return this builder
     */
    public Builder trainings(Collection<TrainingAttendance> values) {
      values.forEach(this::addTraining);
      return this;
    }

    /**
     * @param value the region
     * @return this builder
     */
    public Builder region(Region value) {
      this.region = Objects.requireNonNull(value, "region");
      return this;
    }

    /**
     * @param value a unit
     * @return this builder
     */
    public Builder addUnit(Unit value) {
      units.add(Objects.requireNonNull(value, "unit"));
      return this;
    }

    /**
     * @param values units to add
     * @return this builder
     */
    public Builder units(Collection<Unit> values) {
      values.forEach(this::addUnit);
      return this;
    }

    /**
     * @param value an organisation
     * @return this builder
     */
    public Builder addOrganisation(Organisation value) {
      organisations.add(Objects.requireNonNull(value, "organisation"));
      return this;
    }

    /**
     * @param values organisations to add
     * @return this builder
     */
    public Builder organisations(Collection<Organisation> values) {
      values.forEach(this::addOrganisation);
      return this;
    }

    /**
     * @param value a member
     * @return this builder
     */
    public Builder addMember(Member value) {
      members.add(Objects.requireNonNull(value, "member"));
      return this;
    }

    /**
     * @param values members to add
     * @return this builder
     */
    public Builder members(Collection<Member> values) {
      values.forEach(this::addMember);
      return this;
    }

    /**
     * @param value an activity type beyond the standard ones, for example 夜学夜谈
     * @return this builder
     */
    public Builder addActivityType(ActivityType value) {
      activityTypes.add(Objects.requireNonNull(value, "activityType"));
      return this;
    }

    /**
     * @param values activity types to declare
     * @return this builder
     */
    public Builder activityTypes(Collection<ActivityType> values) {
      values.forEach(this::addActivityType);
      return this;
    }

    /**
     * @param value an activity record
     * @return this builder
     */
    public Builder addActivity(Activity value) {
      add(Activity.KIND, value);
      return this;
    }

    /**
     * @param values activity records
     * @return this builder
     */
    public Builder activities(Collection<Activity> values) {
      values.forEach(this::addActivity);
      return this;
    }

    /**
     * @param value a declared dues base
     * @return this builder
     */
    public Builder addDuesBase(DuesBase value) {
      add(DuesBase.KIND, value);
      return this;
    }

    /**
     * @param values declared dues bases
     * @return this builder
     */
    public Builder duesBases(Collection<DuesBase> values) {
      values.forEach(this::addDuesBase);
      return this;
    }

    /**
     * @param value a dues payment
     * @return this builder
     */
    public Builder addDuesPayment(DuesPayment value) {
      add(DuesPayment.KIND, value);
      return this;
    }

    /**
     * @param values dues payments
     * @return this builder
     */
    public Builder duesPayments(Collection<DuesPayment> values) {
      values.forEach(this::addDuesPayment);
      return this;
    }

    /** Replaces the organisations and members, for restructuring. */
    Builder replace(List<Organisation> newOrganisations, List<Member> newMembers) {
      organisations.clear();
      organisations.addAll(newOrganisations);
      members.clear();
      members.addAll(newMembers);
      return this;
    }

    /**
     * Checks every record and builds the dataset. From 50,000 records the record kinds are checked and
     * stored on the calling thread and the common fork-join pool's at once, the largest first; the problems
     * are listed in the same order, and the dataset is the same, as on one thread.
     *
     * @return the dataset
     * @throws ValidationException listing every problem, if there is any
     */
    public Dataset build() {
      org.dangjian.core.internal.Externals externals = regionMembers == null
          ? org.dangjian.core.internal.Externals.of(externalMembers::contains, externalOrganisations::contains)
          : org.dangjian.core.internal.Externals.of(regionMembers, regionOrganisations);
      DatasetChecks.Checked checked = DatasetChecks.checkAndIndex(units, organisations, members, externals);
      List<Problem> problems = checked.problems();
      problems.addAll(DatasetChecks.checkActivityTypes(activityTypes));
      Map<MemberId, Member> membersById = checked.members();
      Map<OrganisationId, Organisation> organisationsById = checked.organisations();
      java.util.Set<String> declared = new java.util.HashSet<>();
      activityTypes.forEach(t -> declared.add(t.code()));
      java.util.Set<UnitId> unitIds = new java.util.HashSet<>();
      units.forEach(u -> unitIds.add(u.id()));
      org.dangjian.core.record.CheckContext context = org.dangjian.core.record.CheckContext.of(
          id -> membersById.containsKey(id) || externals.member(id), id -> Optional.ofNullable(organisationsById.get(id)),
          externals::organisation, unitIds::contains, declared::contains, kind -> records.getOrDefault(kind, List.of()));
      List<RecordKind<?>> all = kinds.all();
      // Each kind is checked and, if the core records are sound, stored: two tasks, the largest kinds' first, run on
      // the caller and the common pool's threads for a large dataset. Each kind's problems are its own, joined in the
      // kinds' order, so the result is the same on any number of threads.
      boolean storing = problems.isEmpty();
      List<List<Problem>> kindProblems = new ArrayList<>(java.util.Collections.nCopies(all.size(), null));
      List<KindStore<?>> built = new ArrayList<>(java.util.Collections.nCopies(all.size(), null));
      RuntimeException[] storeFailed = new RuntimeException[all.size()];
      Integer[] largestFirst = new Integer[all.size()];
      java.util.Arrays.setAll(largestFirst, k -> k);
      java.util.Arrays.sort(largestFirst, Comparator.comparingInt((Integer k) -> -records.get(all.get(k)).size()));
      long total = records.values().stream().mapToLong(List::size).sum();
      org.dangjian.core.parallel.Fanout.run(2 * all.size(), total < PARALLEL_RECORDS ? 0 : org.dangjian.core.parallel.Fanout.defaultParallelism() - 1,
          org.dangjian.core.parallel.Fanout.defaultExecutor(), () -> task -> {
            int k = largestFirst[task / 2];
            RecordKind<?> kind = all.get(k);
            if (task % 2 == 0) {
              kindProblems.set(k, checkKind(kind, records.get(kind), context));
            } else if (storing) {
              try {
                built.set(k, storeOf(kind, records.get(kind)));
              } catch (RuntimeException e) {
                storeFailed[k] = e; // a kind's records its format cannot store: their problems, if any, come first
              }
            }
          });
      kindProblems.forEach(problems::addAll);
      if (!problems.isEmpty()) {
        throw new ValidationException(problems);
      }
      ImmutableMap.Builder<RecordKind<?>, KindStore<?>> stores = ImmutableMap.builderWithExpectedSize(all.size());
      for (int k = 0; k < all.size(); k++) {
        if (storeFailed[k] != null) {
          throw storeFailed[k];
        }
        stores.put(all.get(k), Objects.requireNonNull(built.get(k)));
      }
      if (regionMembers == null) {
        return new Dataset(this, externalMembers, externalOrganisations, stores.build());
      }
      return new Dataset(this, externals.usedMembers(), externals.usedOrganisations(), stores.build());
    }

    /** From this many records in all, a builder checks and stores its kinds on several threads. */
    private static final int PARALLEL_RECORDS = 50_000;

    /**
     * Adds everything another builder holds after what this one holds — records read in parallel, chunk
     * by chunk, joined in order.
     *
     * @param other a builder of the same record kinds
     * @return this builder
     * @throws IllegalArgumentException if its kinds differ
     */
    public Builder addAll(Builder other) {
      if (!other.kinds.all().equals(kinds.all())) {
        throw new IllegalArgumentException("the builders hold different record kinds: " + kinds + " and " + other.kinds);
      }
      units.addAll(other.units);
      organisations.addAll(other.organisations);
      members.addAll(other.members);
      activityTypes.addAll(other.activityTypes);
      other.records.forEach((kind, list) -> records.get(kind).addAll(list));
      externalMembers.addAll(other.externalMembers);
      externalOrganisations.addAll(other.externalOrganisations);
      return this;
    }

    /**
     * Declares a member of another part of a partitioned region, which this part's records may name.
     *
     * @param id the member
     * @return this builder
     */
    public Builder externalMember(MemberId id) {
      externalMembers.add(Objects.requireNonNull(id, "id"));
      return this;
    }

    /**
     * Declares an organisation of another part of a partitioned region, which this part may name — as a
     * parent of its top organisations, for one.
     *
     * @param id the organisation
     * @return this builder
     */
    public Builder externalOrganisation(OrganisationId id) {
      externalOrganisations.add(Objects.requireNonNull(id, "id"));
      return this;
    }

    /** While a part is cut from a region: references the part does not hold resolve in the region, and are recorded. */
    Builder resolvingIn(java.util.function.Predicate<MemberId> members, java.util.function.Predicate<OrganisationId> organisations) {
      this.regionMembers = members;
      this.regionOrganisations = organisations;
      return this;
    }

    private static <T> List<Problem> checkKind(RecordKind<T> kind, List<Object> values, org.dangjian.core.record.CheckContext context) {
      List<T> records = typed(kind, values);
      List<Problem> problems = new ArrayList<>();
      kind.check(records, context, problems);
      org.dangjian.core.internal.Identical.check(kind, records, problems);
      return problems;
    }

    private static <T> KindStore<T> storeOf(RecordKind<T> kind, List<Object> values) {
      return KindStore.of(kind, typed(kind, values));
    }
  }
}
