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
import org.dangjian.core.internal.Codes;
import org.dangjian.core.internal.Dates;
import org.dangjian.core.json.internal.Documents.CommitteeDoc;
import org.dangjian.core.json.internal.Documents.DatasetDoc;
import org.dangjian.core.json.internal.Documents.GovernanceDoc;
import org.dangjian.core.json.internal.Documents.MemberDoc;
import org.dangjian.core.json.internal.Documents.OrganisationDoc;
import org.dangjian.core.json.internal.Documents.PositionDoc;
import org.dangjian.core.json.internal.Documents.RegionDoc;
import org.dangjian.core.json.internal.Documents.UnitDoc;
import org.dangjian.core.member.Gender;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberCategory;
import org.dangjian.core.member.MemberEvent;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.Committee;
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
    if (problems.size() > before || elected == null || termYears == null) {
      return null;
    }
    return build(() -> Committee.of(elected, termYears, positions), at);
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
    List<MemberEvent> history = orEmpty(doc.history());
    if (problems.size() > before || id == null || name == null || gender == null || birthDate == null
        || category == null || branch == null) {
      return null;
    }
    return build(() -> Member.builder().id(id).name(name).gender(gender).birthDate(birthDate).category(category)
        .unit(unit).branch(branch).group(group).dualTraining(dualTraining).history(history).build(), at);
  }

  // --- values -------------------------------------------------------------------------------

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
    return text == null ? null : build(() -> Codes.parse(type, text), path);
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
    List<UnitDoc> units = dataset.units().stream()
        .map(u -> new UnitDoc(u.id().value(), u.name(), u.kind().code(),
            u.governance().map(g -> new GovernanceDoc(g.model().code(), g.since().toString())).orElse(null)))
        .toList();
    List<OrganisationDoc> organisations = dataset.organisations().stream().map(DatasetMapping::document).toList();
    List<MemberDoc> members = dataset.members().stream()
        .map(m -> new MemberDoc(m.id().value(), m.name(), m.gender().code(), m.birthDate().toString(),
            m.category().code(), m.unit().map(UnitId::value).orElse(null), m.branch().value(),
            m.group().map(OrganisationId::value).orElse(null), m.dualTraining() ? Boolean.TRUE : null, m.history()))
        .toList();
    return new DatasetDoc(Dataset.SCHEMA, new RegionDoc(dataset.region().code(), dataset.region().name()),
        units, organisations, members);
  }

  private static OrganisationDoc document(Organisation o) {
    CommitteeDoc committee = o.committee()
        .map(c -> new CommitteeDoc(c.elected().toString(), c.termYears(), c.positions().stream()
            .map(p -> new PositionDoc(p.role().code(), p.member().value(), p.from().toString(),
                p.to().map(LocalDate::toString).orElse(null)))
            .toList()))
        .orElse(null);
    return new OrganisationDoc(o.id().value(), o.name(), o.kind().code(), o.parent().map(OrganisationId::value).orElse(null),
        o.units().stream().map(UnitId::value).toList(), o.established().toString(),
        o.dissolved().map(LocalDate::toString).orElse(null), committee);
  }
}
