package org.dangjian.core.json.internal;

import java.time.LocalDate;
import java.util.Map;
import org.dangjian.core.Labels;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.dataset.Region;
import org.dangjian.core.member.Gender;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberCategory;
import org.dangjian.core.member.MemberEvent;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.member.NationalIdNumber;
import org.dangjian.core.member.PhoneNumber;
import org.dangjian.core.org.Committee;
import org.dangjian.core.org.CommitteeRole;
import org.dangjian.core.org.Governance;
import org.dangjian.core.org.GovernanceModel;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.Ownership;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.core.org.Position;
import org.dangjian.core.org.Postponement;
import org.dangjian.core.org.Unit;
import org.dangjian.core.org.UnitId;
import org.dangjian.core.org.UnitKind;
import org.dangjian.core.record.Field;
import org.dangjian.core.record.Formats;
import org.dangjian.core.record.RecordFormat;
import org.dangjian.core.record.ValueFormat;

/**
 * The formats of a dataset's core records — region, units, organisations, members — and of the header's
 * declared activity types. Record kinds carry their own ({@code RecordKind.format()}). Not API.
 */
public final class CoreFormats {
  private CoreFormats() {}

  private static final ValueFormat<LocalDate> DATE = ValueFormat.date();

  // --- region ---------------------------------------------------------------------------------

  private static final Field<Region, String> REGION_CODE = Field.required("code", ValueFormat.text(), Region::code);
  private static final Field<Region, String> REGION_NAME = Field.required("name", ValueFormat.text(), Region::name);
  /** {@code region}. */
  public static final RecordFormat<Region> REGION = RecordFormat.of(Region.class,
      v -> Region.of(v.get(REGION_CODE), v.get(REGION_NAME)), REGION_CODE, REGION_NAME);

  // --- units ----------------------------------------------------------------------------------

  private static final Field<Governance, GovernanceModel> MODEL =
      Field.required("model", ValueFormat.code(GovernanceModel.class, "governanceModel"), Governance::model);
  private static final Field<Governance, LocalDate> SINCE = Field.required("since", DATE, Governance::since);
  private static final Field<Governance, Boolean> PILOT = Field.flag("pilot", Governance::pilot);
  private static final RecordFormat<Governance> GOVERNANCE = RecordFormat.of(Governance.class,
      v -> new Governance(v.get(MODEL), v.get(SINCE), v.flag(PILOT)), MODEL, SINCE, PILOT);

  private static final Field<Unit, UnitId> UNIT_ID = Field.required("id", Formats.UNIT_ID, Unit::id);
  private static final Field<Unit, String> UNIT_NAME = Field.required("name", ValueFormat.text(), Unit::name);
  private static final Field<Unit, UnitKind> UNIT_KIND = Field.required("kind", ValueFormat.code(UnitKind.class, "unitKind"), Unit::kind);
  private static final Field<Unit, Governance> UNIT_GOVERNANCE = Field.optional("governance", ValueFormat.object(GOVERNANCE),
      Unit::governance);
  /** Written only where it is not the kind's usual ownership. */
  private static final Field<Unit, Ownership> OWNERSHIP = Field.optional("ownership", ValueFormat.code(Ownership.class, "ownership"),
      u -> u.ownership() == Ownership.usualFor(u.kind()) ? java.util.Optional.empty() : java.util.Optional.of(u.ownership()));
  /** Written only where it is {@code false}: a unit is a legal person unless recorded otherwise. */
  private static final Field<Unit, Boolean> LEGAL_PERSON = Field.optional("legalPerson", ValueFormat.bool(),
      u -> u.legalPerson() ? java.util.Optional.empty() : java.util.Optional.of(false));
  /** {@code units[i]}. */
  public static final RecordFormat<Unit> UNIT = RecordFormat.of(Unit.class,
      v -> {
        Unit.Builder unit = Unit.builder().id(v.get(UNIT_ID)).name(v.get(UNIT_NAME)).kind(v.get(UNIT_KIND)).governance(v.optional(UNIT_GOVERNANCE))
            .legalPerson(v.optional(LEGAL_PERSON).orElse(true));
        v.optional(OWNERSHIP).ifPresent(unit::ownership);
        return unit.build();
      },
      UNIT_ID, UNIT_NAME, UNIT_KIND, OWNERSHIP, LEGAL_PERSON, UNIT_GOVERNANCE);

  // --- organisations --------------------------------------------------------------------------

  private static final Field<Position, CommitteeRole> ROLE =
      Field.required("role", ValueFormat.code(CommitteeRole.class, "committeeRole"), Position::role);
  private static final Field<Position, MemberId> HOLDER = Field.required("member", Formats.MEMBER_ID, Position::member);
  private static final Field<Position, LocalDate> FROM = Field.required("from", DATE, Position::from);
  private static final Field<Position, LocalDate> TO = Field.optional("to", DATE, Position::to);
  private static final RecordFormat<Position> POSITION = RecordFormat.of(Position.class,
      v -> new Position(v.get(ROLE), v.get(HOLDER), v.get(FROM), v.optional(TO)), ROLE, HOLDER, FROM, TO);

  private static final Field<Postponement, OrganisationId> APPROVED_BY =
      Field.required("approvedBy", Formats.ORGANISATION_ID, Postponement::approvedBy);
  private static final Field<Postponement, LocalDate> APPROVED_ON = Field.required("approvedOn", DATE, Postponement::approvedOn);
  private static final Field<Postponement, Integer> MONTHS = Field.required("months", ValueFormat.integer(), Postponement::months)
      .withSchema(Map.of("minimum", 1, "maximum", Postponement.MAX_MONTHS));
  private static final RecordFormat<Postponement> POSTPONEMENT = RecordFormat.of(Postponement.class,
      v -> new Postponement(v.get(APPROVED_BY), v.get(APPROVED_ON), v.get(MONTHS)), APPROVED_BY, APPROVED_ON, MONTHS);

  private static final Field<Committee, LocalDate> ELECTED = Field.required("elected", DATE, Committee::elected);
  private static final Field<Committee, Integer> TERM_YEARS = Field.required("termYears", ValueFormat.integer(), Committee::termYears)
      .withSchema(Map.of("minimum", 1, "maximum", Committee.MAX_TERM_YEARS));
  private static final Field<Committee, Position> POSITIONS = Field.list("positions", ValueFormat.object(POSITION),
      Committee::positions);
  private static final Field<Committee, Postponement> POSTPONED = Field.optional("postponement", ValueFormat.object(POSTPONEMENT),
      Committee::postponement);
  private static final RecordFormat<Committee> COMMITTEE = RecordFormat.of(Committee.class,
      v -> Committee.builder().elected(v.get(ELECTED)).termYears(v.get(TERM_YEARS)).positions(v.list(POSITIONS))
          .postponement(v.optional(POSTPONED)).build(),
      ELECTED, TERM_YEARS, POSITIONS, POSTPONED);

  private static final Field<Organisation, OrganisationId> ORG_ID = Field.required("id", Formats.ORGANISATION_ID, Organisation::id);
  private static final Field<Organisation, String> ORG_NAME = Field.required("name", ValueFormat.text(), Organisation::name);
  private static final Field<Organisation, OrganisationKind> ORG_KIND =
      Field.required("kind", ValueFormat.code(OrganisationKind.class, "organisationKind"), Organisation::kind);
  private static final Field<Organisation, OrganisationId> PARENT = Field.optional("parent", Formats.ORGANISATION_ID,
      Organisation::parent);
  private static final Field<Organisation, UnitId> UNITS = Field.list("units", Formats.UNIT_ID,
      o -> java.util.List.copyOf(o.units()));
  private static final Field<Organisation, LocalDate> ESTABLISHED = Field.required("established", DATE, Organisation::established);
  private static final Field<Organisation, LocalDate> DISSOLVED = Field.optional("dissolved", DATE, Organisation::dissolved);
  private static final Field<Organisation, Committee> ORG_COMMITTEE = Field.optional("committee", ValueFormat.object(COMMITTEE),
      Organisation::committee);
  /** {@code organisations[i]}. */
  public static final RecordFormat<Organisation> ORGANISATION = RecordFormat.of(Organisation.class,
      v -> Organisation.builder().id(v.get(ORG_ID)).name(v.get(ORG_NAME)).kind(v.get(ORG_KIND)).parent(v.optional(PARENT))
          .units(v.list(UNITS)).established(v.get(ESTABLISHED)).dissolved(v.optional(DISSOLVED))
          .committee(v.optional(ORG_COMMITTEE)).build(),
      ORG_ID, ORG_NAME, ORG_KIND, PARENT, UNITS, ESTABLISHED, DISSOLVED, ORG_COMMITTEE);

  // --- members --------------------------------------------------------------------------------

  private static final Field<Member, MemberId> MEMBER_ID = Field.required("id", Formats.MEMBER_ID, Member::id);
  private static final Field<Member, String> MEMBER_NAME = Field.required("name", ValueFormat.text(), Member::name);
  private static final Field<Member, Gender> GENDER = Field.required("gender", ValueFormat.code(Gender.class, "gender"), Member::gender);
  private static final Field<Member, LocalDate> BIRTH_DATE = Field.required("birthDate", DATE, Member::birthDate);
  private static final Field<Member, NationalIdNumber> NATIONAL_ID = Field.optional("nationalId",
      ValueFormat.text(NationalIdNumber.class, NationalIdNumber::of, NationalIdNumber::reveal,
          Map.of("type", "string", "pattern", "^[0-9]{17}[0-9X]$")), Member::nationalId).personal();
  private static final Field<Member, PhoneNumber> PHONE = Field.optional("phone",
      ValueFormat.text(PhoneNumber.class, PhoneNumber::of, PhoneNumber::reveal, Map.of("$ref", "#/$defs/text")), Member::phone)
      .personal();
  private static final Field<Member, MemberCategory> CATEGORY = Field.required("category",
      ValueFormat.code(MemberCategory.class, "memberCategory"), Member::category);
  private static final Field<Member, UnitId> MEMBER_UNIT = Field.optional("unit", Formats.UNIT_ID, Member::unit);
  private static final Field<Member, OrganisationId> BRANCH = Field.required("branch", Formats.ORGANISATION_ID, Member::branch);
  private static final Field<Member, OrganisationId> GROUP = Field.optional("group", Formats.ORGANISATION_ID, Member::group);
  private static final Field<Member, Boolean> DUAL_TRAINING = Field.flag("dualTraining", Member::dualTraining);
  private static final Field<Member, MemberEvent> HISTORY = Field.list("history",
      ValueFormat.bound(MemberEvent.class, Map.of("$ref", "#/$defs/event")), Member::history).alwaysWritten();
  /** {@code members[i]}. */
  public static final RecordFormat<Member> MEMBER = RecordFormat.of(Member.class,
      v -> Member.builder().id(v.get(MEMBER_ID)).name(v.get(MEMBER_NAME)).gender(v.get(GENDER)).birthDate(v.get(BIRTH_DATE))
          .category(v.get(CATEGORY)).unit(v.optional(MEMBER_UNIT)).branch(v.get(BRANCH)).group(v.optional(GROUP))
          .nationalId(v.optional(NATIONAL_ID)).phone(v.optional(PHONE)).dualTraining(v.flag(DUAL_TRAINING))
          .history(v.list(HISTORY)).build(),
      MEMBER_ID, MEMBER_NAME, GENDER, BIRTH_DATE, NATIONAL_ID, PHONE, CATEGORY, MEMBER_UNIT, BRANCH, GROUP, DUAL_TRAINING, HISTORY);

  // --- declared activity types ----------------------------------------------------------------

  private static final Field<ActivityType, String> TYPE_CODE = Field.required("code", ValueFormat.text(), ActivityType::code);
  private static final Field<ActivityType, String> TYPE_ZH = Field.required("zh", ValueFormat.text(), t -> t.labels().zh());
  private static final Field<ActivityType, String> TYPE_EN = Field.required("en", ValueFormat.text(), t -> t.labels().en());
  /** {@code activityTypes[i]}: a type beyond the standard ones. */
  public static final RecordFormat<ActivityType> ACTIVITY_TYPE = RecordFormat.of(ActivityType.class,
      v -> ActivityType.of(v.get(TYPE_CODE), new Labels(v.get(TYPE_ZH), v.get(TYPE_EN))), TYPE_CODE, TYPE_ZH, TYPE_EN);

  // --- external references of a part ----------------------------------------------------------

  /**
   * The members and organisations of other parts a part of a partitioned region refers to.
   *
   * @param members the members, by id
   * @param organisations the organisations, by id
   */
  public record ExternalRefs(java.util.List<MemberId> members, java.util.List<OrganisationId> organisations) {}

  private static final Field<ExternalRefs, MemberId> EXTERNAL_MEMBERS = Field.list("members", Formats.MEMBER_ID, ExternalRefs::members);
  private static final Field<ExternalRefs, OrganisationId> EXTERNAL_ORGANISATIONS = Field.list("organisations",
      Formats.ORGANISATION_ID, ExternalRefs::organisations);
  /** {@code external}: in a part's header. */
  public static final RecordFormat<ExternalRefs> EXTERNAL = RecordFormat.of(ExternalRefs.class,
      v -> new ExternalRefs(v.list(EXTERNAL_MEMBERS), v.list(EXTERNAL_ORGANISATIONS)), EXTERNAL_MEMBERS, EXTERNAL_ORGANISATIONS);
}
