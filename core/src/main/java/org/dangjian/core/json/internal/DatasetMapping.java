package org.dangjian.core.json.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dangjian.core.Labelled;
import org.dangjian.core.Problem;
import org.dangjian.core.ValidationException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.Region;
import org.dangjian.core.internal.Dates;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.dangjian.core.Labels;
import org.dangjian.core.activity.Absence;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityId;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.activity.AgendaItem;
import org.dangjian.core.activity.TrainingAttendance;
import org.dangjian.core.assessment.AppraisalBallot;
import org.dangjian.core.assessment.AppraisalGrade;
import org.dangjian.core.assessment.Commitment;
import org.dangjian.core.assessment.CommitmentItem;
import org.dangjian.core.assessment.CommitmentOutcome;
import org.dangjian.core.assessment.LedgerEntry;
import org.dangjian.core.assessment.ReportGrade;
import org.dangjian.core.assessment.ReportRating;
import org.dangjian.core.json.internal.Documents.BallotDoc;
import org.dangjian.core.json.internal.Documents.CommitmentDoc;
import org.dangjian.core.json.internal.Documents.CommitmentItemDoc;
import org.dangjian.core.json.internal.Documents.LedgerDoc;
import org.dangjian.core.json.internal.Documents.ReportRatingDoc;
import org.dangjian.core.json.internal.Documents.TrainingDoc;
import org.dangjian.core.dues.DuesBase;
import org.dangjian.core.dues.DuesPayment;
import org.dangjian.core.json.internal.Documents.AbsenceDoc;
import org.dangjian.core.json.internal.Documents.ActivityDoc;
import org.dangjian.core.json.internal.Documents.ActivityTypeDoc;
import org.dangjian.core.json.internal.Documents.AgendaItemDoc;
import org.dangjian.core.json.internal.Documents.DuesBaseDoc;
import org.dangjian.core.json.internal.Documents.DuesPaymentDoc;
import org.dangjian.core.json.internal.Documents.CommitteeDoc;
import org.dangjian.core.json.internal.Documents.PostponementDoc;
import org.dangjian.core.json.internal.Documents.DatasetDoc;
import org.dangjian.core.json.internal.Documents.GovernanceDoc;
import org.dangjian.core.json.internal.Documents.MemberDoc;
import org.dangjian.core.json.internal.Documents.OrganisationDoc;
import org.dangjian.core.json.internal.Documents.PositionDoc;
import org.dangjian.core.json.internal.Documents.RegionDoc;
import org.dangjian.core.json.internal.Documents.UnitDoc;
import org.dangjian.core.member.NationalIdNumber;
import org.dangjian.core.member.PhoneNumber;
import org.dangjian.core.member.Gender;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberCategory;
import org.dangjian.core.member.MemberEvent;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.Committee;
import org.dangjian.core.org.Postponement;
import org.dangjian.core.org.CommitteeRole;
import org.dangjian.core.org.Governance;
import org.dangjian.core.org.GovernanceModel;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.core.org.Position;
import org.dangjian.core.org.Unit;
import org.dangjian.core.org.UnitId;
import org.dangjian.core.org.UnitKind;
import org.jspecify.annotations.Nullable;

/**
 * Turns a bound {@link DatasetDoc} into a {@link Dataset}, collecting every value problem with its
 * path before any cross-record check, and back. Not API.
 */
public final class DatasetMapping {
  private final List<Problem> problems = new ArrayList<>();

  private DatasetMapping() {}

  /**
   * @param doc the bound document
   * @return the dataset
   * @throws ValidationException listing every problem
   */
  public static Dataset toDataset(DatasetDoc doc) {
    return new DatasetMapping().read(doc);
  }

  private Dataset read(DatasetDoc doc) {
    if (doc.schema() == null) {
      problems.add(Problem.of("schema", "missing-field", "the document must declare \"schema\": \"" + Dataset.SCHEMA + "\""));
    } else if (!Dataset.SCHEMA.equals(doc.schema())) {
      problems.add(Problem.of("schema", "unsupported-schema",
          "schema '" + doc.schema() + "' is not supported; this version reads '" + Dataset.SCHEMA + "'"));
    }
    Region region = region(doc.region());
    Dataset.Builder builder = Dataset.builder();
    each(doc.units(), "units", this::unit, builder::addUnit);
    each(doc.organisations(), "organisations", this::organisation, builder::addOrganisation);
    each(doc.members(), "members", this::member, builder::addMember);
    each(doc.activityTypes(), "activityTypes", this::activityType, builder::addActivityType);
    Map<String, ActivityType> types = new HashMap<>();
    ActivityType.standardTypes().forEach(t -> types.put(t.code(), t));
    orEmpty(doc.activityTypes()).stream().filter(t -> t != null && t.code() != null)
        .forEach(t -> types.putIfAbsent(t.code(), ActivityType.standardType(t.code())
            .orElseGet(() -> placeholderType(t.code()))));
    each(doc.activities(), "activities", (d, at) -> activity(d, at, types), builder::addActivity);
    each(doc.duesBases(), "duesBases", this::duesBase, builder::addDuesBase);
    each(doc.duesPayments(), "duesPayments", this::duesPayment, builder::addDuesPayment);
    each(doc.trainings(), "trainings", this::training, builder::addTraining);
    each(doc.ledger(), "ledger", this::ledgerEntry, builder::addLedgerEntry);
    each(doc.commitments(), "commitments", this::commitment, builder::addCommitment);
    each(doc.ballots(), "ballots", this::ballot, builder::addBallot);
    each(doc.reportRatings(), "reportRatings", this::reportRating, builder::addReportRating);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return builder.region(region == null ? Region.of("unnamed", "unnamed") : region).build();
  }

  /** Reads each element of a list at its path ({@code members[3]}), passing on those that read cleanly. */
  private <D, T> void each(@Nullable List<D> docs, String name, java.util.function.BiFunction<@Nullable D, String, @Nullable T> read,
      java.util.function.Consumer<T> sink) {
    List<D> list = orEmpty(docs);
    for (int i = 0; i < list.size(); i++) {
      T value = read.apply(list.get(i), name + "[" + i + "]");
      if (value != null) {
        sink.accept(value);
      }
    }
  }

  private @Nullable Region region(@Nullable RegionDoc doc) {
    if (doc == null) {
      problems.add(Problem.of("region", "missing-field", "the document needs a region with a code and a name"));
      return null;
    }
    String code = text(doc.code(), "region.code");
    String name = text(doc.name(), "region.name");
    return code == null || name == null ? null : build(() -> Region.of(code, name), "region");
  }

  private @Nullable Unit unit(@Nullable UnitDoc doc, String at) {
    if (doc == null) {
      return nullElement(at);
    }
    UnitId id = id(doc.id(), at + ".id", UnitId::of);
    String name = text(doc.name(), at + ".name");
    UnitKind kind = code(UnitKind.class, doc.kind(), at + ".kind");
    Optional<Governance> governance = Optional.empty();
    boolean governanceOk = true;
    GovernanceDoc g = doc.governance();
    if (g != null) {
      GovernanceModel model = code(GovernanceModel.class, g.model(), at + ".governance.model");
      LocalDate since = date(g.since(), at + ".governance.since");
      governanceOk = model != null && since != null;
      if (governanceOk) {
        governance = Optional.of(Governance.of(model, since));
      }
    }
    if (id == null || name == null || kind == null || !governanceOk) {
      return null;
    }
    Optional<Governance> finalGovernance = governance;
    return build(() -> Unit.builder().id(id).name(name).kind(kind).governance(finalGovernance).build(), at);
  }

  private @Nullable Organisation organisation(@Nullable OrganisationDoc doc, String at) {
    if (doc == null) {
      return nullElement(at);
    }
    int before = problems.size();
    OrganisationId id = id(doc.id(), at + ".id", OrganisationId::of);
    String name = text(doc.name(), at + ".name");
    OrganisationKind kind = code(OrganisationKind.class, doc.kind(), at + ".kind");
    Optional<OrganisationId> parent = optionalId(doc.parent(), at + ".parent", OrganisationId::of);
    List<UnitId> units = new ArrayList<>();
    List<String> unitTexts = orEmpty(doc.units());
    for (int j = 0; j < unitTexts.size(); j++) {
      UnitId unit = id(unitTexts.get(j), at + ".units[" + j + "]", UnitId::of);
      if (unit != null) {
        units.add(unit);
      }
    }
    LocalDate established = date(doc.established(), at + ".established");
    Optional<LocalDate> dissolved = optionalDate(doc.dissolved(), at + ".dissolved");
    Optional<Committee> committee = doc.committee() == null
        ? Optional.empty()
        : Optional.ofNullable(committee(doc.committee(), at + ".committee"));
    if (problems.size() > before || id == null || name == null || kind == null || established == null) {
      return null;
    }
    return build(() -> Organisation.builder().id(id).name(name).kind(kind).parent(parent).units(units)
        .established(established).dissolved(dissolved).committee(committee).build(), at);
  }

  private @Nullable Committee committee(CommitteeDoc doc, String at) {
    int before = problems.size();
    LocalDate elected = date(doc.elected(), at + ".elected");
    Integer termYears = doc.termYears();
    if (termYears == null) {
      missing(at + ".termYears");
    }
    List<Position> positions = new ArrayList<>();
    List<PositionDoc> docs = orEmpty(doc.positions());
    for (int p = 0; p < docs.size(); p++) {
      String path = at + ".positions[" + p + "]";
      PositionDoc position = docs.get(p);
      if (position == null) {
        nullElement(path);
        continue;
      }
      CommitteeRole role = code(CommitteeRole.class, position.role(), path + ".role");
      MemberId member = id(position.member(), path + ".member", MemberId::of);
      LocalDate from = date(position.from(), path + ".from");
      Optional<LocalDate> to = optionalDate(position.to(), path + ".to");
      if (role != null && member != null && from != null) {
        Position built = build(() -> new Position(role, member, from, to), path);
        if (built != null) {
          positions.add(built);
        }
      }
    }
    Optional<Postponement> postponement = Optional.empty();
    PostponementDoc postponed = doc.postponement();
    if (postponed != null) {
      String path = at + ".postponement";
      OrganisationId by = id(postponed.approvedBy(), path + ".approvedBy", OrganisationId::of);
      LocalDate on = date(postponed.approvedOn(), path + ".approvedOn");
      Integer months = postponed.months();
      if (months == null) {
        missing(path + ".months");
      }
      if (by != null && on != null && months != null) {
        postponement = Optional.ofNullable(build(() -> new Postponement(by, on, months), path));
      }
    }
    if (problems.size() > before || elected == null || termYears == null) {
      return null;
    }
    Optional<Postponement> approved = postponement;
    return build(() -> Committee.builder().elected(elected).termYears(termYears).positions(positions).postponement(approved).build(), at);
  }

  private @Nullable Member member(@Nullable MemberDoc doc, String at) {
    if (doc == null) {
      return nullElement(at);
    }
    int before = problems.size();
    MemberId id = id(doc.id(), at + ".id", MemberId::of);
    String name = text(doc.name(), at + ".name");
    Gender gender = code(Gender.class, doc.gender(), at + ".gender");
    LocalDate birthDate = date(doc.birthDate(), at + ".birthDate");
    MemberCategory category = code(MemberCategory.class, doc.category(), at + ".category");
    Optional<UnitId> unit = optionalId(doc.unit(), at + ".unit", UnitId::of);
    OrganisationId branch = id(doc.branch(), at + ".branch", OrganisationId::of);
    Optional<OrganisationId> group = optionalId(doc.group(), at + ".group", OrganisationId::of);
    boolean dualTraining = Boolean.TRUE.equals(doc.dualTraining());
    Optional<NationalIdNumber> nationalId = doc.nationalId() == null ? Optional.empty()
        : Optional.ofNullable(build(() -> NationalIdNumber.of(doc.nationalId()), at + ".nationalId"));
    Optional<PhoneNumber> phone = doc.phone() == null ? Optional.empty()
        : Optional.ofNullable(build(() -> PhoneNumber.of(doc.phone()), at + ".phone"));
    List<MemberEvent> history = orEmpty(doc.history());
    for (int e = 0; e < history.size(); e++) {
      if (history.get(e) == null) {
        nullElement(at + ".history[" + e + "]");
      }
    }
    if (problems.size() > before || id == null || name == null || gender == null || birthDate == null
        || category == null || branch == null) {
      return null;
    }
    return build(() -> Member.builder().id(id).name(name).gender(gender).birthDate(birthDate).category(category)
        .unit(unit).branch(branch).group(group).nationalId(nationalId).phone(phone).dualTraining(dualTraining).history(history)
        .build(), at);
  }

  private @Nullable ActivityType activityType(@Nullable ActivityTypeDoc doc, String at) {
    if (doc == null) {
      return nullElement(at);
    }
    String code = text(doc.code(), at + ".code");
    String zh = text(doc.zh(), at + ".zh");
    String en = text(doc.en(), at + ".en");
    return code == null || zh == null || en == null ? null : build(() -> ActivityType.of(code, new Labels(zh, en)), at);
  }

  /** A type whose declaration failed to read: only its code matters while the problems are collected. */
  private static ActivityType placeholderType(String code) {
    try {
      return ActivityType.of(code, new Labels(code, code));
    } catch (ValidationException e) {
      return ActivityType.THEORY_STUDY;
    }
  }

  private @Nullable Activity activity(@Nullable ActivityDoc doc, String at, Map<String, ActivityType> types) {
    if (doc == null) {
      return nullElement(at);
    }
    int before = problems.size();
    ActivityId id = id(doc.id(), at + ".id", ActivityId::of);
    OrganisationId organisation = id(doc.organisation(), at + ".organisation", OrganisationId::of);
    String typeCode = text(doc.type(), at + ".type");
    ActivityType type = typeCode == null ? null : types.get(typeCode);
    if (typeCode != null && type == null) {
      problems.add(Problem.of(at + ".type", "unknown-code", "activity type '" + typeCode
          + "' is neither standard nor declared in activityTypes; standard: "
          + ActivityType.standardTypes().stream().map(ActivityType::code).collect(java.util.stream.Collectors.joining(", "))));
    }
    LocalDate date = date(doc.date(), at + ".date");
    Optional<UnitId> unit = optionalId(doc.unit(), at + ".unit", UnitId::of);
    Optional<Integer> minutes = Optional.ofNullable(doc.minutes());
    Optional<MemberId> host = optionalId(doc.host(), at + ".host", MemberId::of);
    Optional<MemberId> recorder = optionalId(doc.recorder(), at + ".recorder", MemberId::of);
    Optional<MemberId> lecturer = optionalId(doc.lecturer(), at + ".lecturer", MemberId::of);
    List<MemberId> attendees = new ArrayList<>();
    List<String> attendeeTexts = orEmpty(doc.attendees());
    for (int j = 0; j < attendeeTexts.size(); j++) {
      MemberId attendee = id(attendeeTexts.get(j), at + ".attendees[" + j + "]", MemberId::of);
      if (attendee != null) {
        attendees.add(attendee);
      }
    }
    List<Absence> absentees = new ArrayList<>();
    each(doc.absentees(), at + ".absentees", (a, path) -> {
      if (a == null) {
        return nullElement(path);
      }
      MemberId member = id(a.member(), path + ".member", MemberId::of);
      return member == null ? null : new Absence(member, Optional.ofNullable(a.reason()));
    }, absentees::add);
    List<AgendaItem> agenda = new ArrayList<>();
    each(doc.agenda(), at + ".agenda", (item, path) -> {
      if (item == null) {
        return nullElement(path);
      }
      String title = text(item.title(), path + ".title");
      return title == null ? null : build(() -> new AgendaItem(title, Boolean.TRUE.equals(item.firstTopic())), path);
    }, agenda::add);
    if (problems.size() > before || id == null || organisation == null || type == null || date == null) {
      return null;
    }
    return build(() -> Activity.builder().id(id).organisation(organisation).unit(unit).type(type).date(date).minutes(minutes).host(host)
        .recorder(recorder).lecturer(lecturer).attendees(attendees).absentees(absentees).agenda(agenda)
        .summary(Optional.ofNullable(doc.summary())).build(), at);
  }

  private @Nullable DuesBase duesBase(@Nullable DuesBaseDoc doc, String at) {
    if (doc == null) {
      return nullElement(at);
    }
    MemberId member = id(doc.member(), at + ".member", MemberId::of);
    YearMonth from = month(doc.from(), at + ".from");
    BigDecimal base = amount(doc.monthlyBase(), at + ".monthlyBase");
    return member == null || from == null || base == null ? null : build(() -> new DuesBase(member, from, base), at);
  }

  private @Nullable DuesPayment duesPayment(@Nullable DuesPaymentDoc doc, String at) {
    if (doc == null) {
      return nullElement(at);
    }
    MemberId member = id(doc.member(), at + ".member", MemberId::of);
    YearMonth month = month(doc.month(), at + ".month");
    BigDecimal amount = amount(doc.amount(), at + ".amount");
    LocalDate paidOn = date(doc.paidOn(), at + ".paidOn");
    return member == null || month == null || amount == null || paidOn == null ? null
        : build(() -> new DuesPayment(member, month, amount, paidOn), at);
  }

  private @Nullable TrainingAttendance training(@Nullable TrainingDoc doc, String at) {
    if (doc == null) {
      return nullElement(at);
    }
    MemberId member = id(doc.member(), at + ".member", MemberId::of);
    LocalDate date = date(doc.date(), at + ".date");
    String title = text(doc.title(), at + ".title");
    return member == null || date == null || title == null ? null : build(() -> new TrainingAttendance(member, date, title), at);
  }

  private @Nullable LedgerEntry ledgerEntry(@Nullable LedgerDoc doc, String at) {
    if (doc == null) {
      return nullElement(at);
    }
    int before = problems.size();
    LocalDate date = date(doc.date(), at + ".date");
    MemberId member = id(doc.member(), at + ".member", MemberId::of);
    String category = text(doc.category(), at + ".category");
    BigDecimal points = amount(doc.points(), at + ".points");
    Optional<MemberId> approver = optionalId(doc.approver(), at + ".approver", MemberId::of);
    if (problems.size() > before || date == null || member == null || category == null || points == null) {
      return null;
    }
    return build(() -> new LedgerEntry(date, member, category, points, Optional.ofNullable(doc.note()), approver), at);
  }

  private @Nullable Commitment commitment(@Nullable CommitmentDoc doc, String at) {
    if (doc == null) {
      return nullElement(at);
    }
    int before = problems.size();
    MemberId member = id(doc.member(), at + ".member", MemberId::of);
    Integer year = doc.year();
    if (year == null) {
      missing(at + ".year");
    }
    LocalDate made = date(doc.made(), at + ".made");
    List<CommitmentItem> items = new ArrayList<>();
    each(doc.items(), at + ".items", (item, path) -> {
      if (item == null) {
        return nullElement(path);
      }
      String title = text(item.title(), path + ".title");
      Optional<CommitmentOutcome> outcome = item.outcome() == null ? Optional.empty()
          : Optional.ofNullable(code(CommitmentOutcome.class, item.outcome(), path + ".outcome"));
      return title == null ? null : build(() -> new CommitmentItem(title, Optional.ofNullable(item.target()), outcome), path);
    }, items::add);
    if (problems.size() > before || member == null || year == null || made == null) {
      return null;
    }
    return build(() -> new Commitment(member, year, made, items), at);
  }

  private @Nullable AppraisalBallot ballot(@Nullable BallotDoc doc, String at) {
    if (doc == null) {
      return nullElement(at);
    }
    MemberId voter = id(doc.voter(), at + ".voter", MemberId::of);
    MemberId subject = id(doc.subject(), at + ".subject", MemberId::of);
    Integer year = doc.year();
    if (year == null) {
      missing(at + ".year");
    }
    AppraisalGrade grade = code(AppraisalGrade.class, doc.grade(), at + ".grade");
    return voter == null || subject == null || year == null || grade == null ? null
        : build(() -> new AppraisalBallot(voter, subject, year, grade), at);
  }

  private @Nullable ReportRating reportRating(@Nullable ReportRatingDoc doc, String at) {
    if (doc == null) {
      return nullElement(at);
    }
    MemberId rater = id(doc.rater(), at + ".rater", MemberId::of);
    MemberId secretary = id(doc.secretary(), at + ".secretary", MemberId::of);
    OrganisationId organisation = id(doc.organisation(), at + ".organisation", OrganisationId::of);
    Integer year = doc.year();
    if (year == null) {
      missing(at + ".year");
    }
    ReportGrade grade = code(ReportGrade.class, doc.grade(), at + ".grade");
    return rater == null || secretary == null || organisation == null || year == null || grade == null ? null
        : build(() -> new ReportRating(rater, secretary, organisation, year, grade), at);
  }

  // --- values -------------------------------------------------------------------------------

  private @Nullable YearMonth month(@Nullable String value, String path) {
    String text = text(value, path);
    return text == null ? null : build(() -> Dates.parseMonth(text), path);
  }

  private @Nullable BigDecimal amount(@Nullable BigDecimal value, String path) {
    if (value == null) {
      missing(path);
    }
    return value;
  }

  private <T> @Nullable T nullElement(String at) {
    problems.add(Problem.of(at, "wrong-type", "expected an object, found null"));
    return null;
  }

  private void missing(String path) {
    problems.add(Problem.of(path, "missing-field", "required field '" + lastSegment(path) + "' is missing"));
  }

  private @Nullable String text(@Nullable String value, String path) {
    if (value == null) {
      missing(path);
      return null;
    }
    return value;
  }

  private <T> @Nullable T id(@Nullable String value, String path, Function<String, T> factory) {
    String text = text(value, path);
    return text == null ? null : build(() -> factory.apply(text), path);
  }

  private <T> Optional<T> optionalId(@Nullable String value, String path, Function<String, T> factory) {
    return value == null ? Optional.empty() : Optional.ofNullable(build(() -> factory.apply(value), path));
  }

  private <E extends Enum<E> & Labelled> @Nullable E code(Class<E> type, @Nullable String value, String path) {
    String text = text(value, path);
    return text == null ? null : build(() -> Labelled.parse(type, text), path);
  }

  private @Nullable LocalDate date(@Nullable String value, String path) {
    String text = text(value, path);
    return text == null ? null : parseDate(text, path);
  }

  private Optional<LocalDate> optionalDate(@Nullable String value, String path) {
    return value == null ? Optional.empty() : Optional.ofNullable(parseDate(value, path));
  }

  private @Nullable LocalDate parseDate(String text, String path) {
    return build(() -> Dates.parse(text), path);
  }

  private <T> @Nullable T build(Supplier<T> factory, String path) {
    try {
      return factory.get();
    } catch (ValidationException e) {
      e.problems().forEach(p -> problems.add(p.under(path)));
      return null;
    }
  }

  private static <T> List<T> orEmpty(@Nullable List<T> list) {
    return list == null ? List.of() : list;
  }

  private static String lastSegment(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }

  // --- writing ------------------------------------------------------------------------------

  /**
   * @param dataset a dataset
   * @return its document: units and members by id, organisations in path order
   */
  public static DatasetDoc toDocument(Dataset dataset) {
    return toDocument(dataset, false);
  }

  /**
   * @param dataset a dataset
   * @param personalData whether national ID and phone numbers are written; they are left out otherwise
   * @return its document: units and members by id, organisations in path order
   */
  public static DatasetDoc toDocument(Dataset dataset, boolean personalData) {
    List<UnitDoc> units = dataset.units().stream()
        .map(u -> new UnitDoc(u.id().value(), u.name(), u.kind().code(),
            u.governance().map(g -> new GovernanceDoc(g.model().code(), g.since().toString())).orElse(null)))
        .toList();
    List<OrganisationDoc> organisations = dataset.organisations().stream().map(DatasetMapping::document).toList();
    List<MemberDoc> members = dataset.members().stream()
        .map(m -> new MemberDoc(m.id().value(), m.name(), m.gender().code(), m.birthDate().toString(),
            personalData ? m.nationalId().map(NationalIdNumber::reveal).orElse(null) : null,
            personalData ? m.phone().map(PhoneNumber::reveal).orElse(null) : null, m.category().code(), m.unit().map(UnitId::value).orElse(null), m.branch().value(),
            m.group().map(OrganisationId::value).orElse(null), m.dualTraining() ? Boolean.TRUE : null, m.history()))
        .toList();
    List<ActivityTypeDoc> types = dataset.declaredActivityTypes().stream()
        .map(t -> new ActivityTypeDoc(t.code(), t.labels().zh(), t.labels().en())).toList();
    List<ActivityDoc> activities = dataset.activities().stream().map(DatasetMapping::document).toList();
    List<DuesBaseDoc> bases = dataset.duesBases().stream()
        .map(b -> new DuesBaseDoc(b.member().value(), b.from().toString(), b.monthlyBase())).toList();
    List<DuesPaymentDoc> payments = dataset.duesPayments().stream()
        .map(p -> new DuesPaymentDoc(p.member().value(), p.month().toString(), p.amount(), p.paidOn().toString())).toList();
    return new DatasetDoc(Dataset.SCHEMA, new RegionDoc(dataset.region().code(), dataset.region().name()),
        units, organisations, members, types, activities, bases, payments,
        dataset.trainings().stream().map(t -> new TrainingDoc(t.member().value(), t.date().toString(), t.title())).toList(),
        dataset.ledger().stream().map(e -> new LedgerDoc(e.date().toString(), e.member().value(), e.category(), e.points(),
            e.note().orElse(null), e.approver().map(MemberId::value).orElse(null))).toList(),
        dataset.commitments().stream().map(c -> new CommitmentDoc(c.member().value(), c.year(), c.made().toString(),
            c.items().stream().map(i -> new CommitmentItemDoc(i.title(), i.target().orElse(null),
                i.outcome().map(CommitmentOutcome::code).orElse(null))).toList())).toList(),
        dataset.ballots().stream().map(b -> new BallotDoc(b.voter().value(), b.subject().value(), b.year(), b.grade().code())).toList(),
        dataset.reportRatings().stream().map(r -> new ReportRatingDoc(r.rater().value(), r.secretary().value(),
            r.organisation().value(), r.year(), r.grade().code())).toList());
  }

  private static ActivityDoc document(Activity a) {
    return new ActivityDoc(a.id().value(), a.organisation().value(), a.unit().map(UnitId::value).orElse(null), a.type().code(),
        a.date().toString(), a.minutes().orElse(null), a.host().map(MemberId::value).orElse(null), a.recorder().map(MemberId::value).orElse(null),
        a.lecturer().map(MemberId::value).orElse(null), a.attendees().stream().map(MemberId::value).toList(),
        a.absentees().stream().map(x -> new AbsenceDoc(x.member().value(), x.reason().orElse(null))).toList(),
        a.agenda().stream().map(i -> new AgendaItemDoc(i.title(), i.firstTopic() ? Boolean.TRUE : null)).toList(),
        a.summary().orElse(null));
  }

  private static OrganisationDoc document(Organisation o) {
    CommitteeDoc committee = o.committee()
        .map(c -> new CommitteeDoc(c.elected().toString(), c.termYears(), c.positions().stream()
            .map(p -> new PositionDoc(p.role().code(), p.member().value(), p.from().toString(),
                p.to().map(LocalDate::toString).orElse(null)))
            .toList(), c.postponement().map(p -> new PostponementDoc(p.approvedBy().value(), p.approvedOn().toString(), p.months()))
            .orElse(null)))
        .orElse(null);
    return new OrganisationDoc(o.id().value(), o.name(), o.kind().code(), o.parent().map(OrganisationId::value).orElse(null),
        o.units().stream().map(UnitId::value).toList(), o.established().toString(),
        o.dissolved().map(LocalDate::toString).orElse(null), committee);
  }
}
