package org.dangjian.rules.builtin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.Labels;
import org.dangjian.core.governance.LeadershipPost;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.CommitteeRole;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.core.org.Position;
import org.dangjian.core.org.Unit;
import org.dangjian.rules.spi.Dependencies;
import org.dangjian.rules.spi.Dependencies.Records;
import org.dangjian.rules.spi.EvaluationContext;
import org.dangjian.rules.spi.Parameter;
import org.dangjian.rules.spi.Rule;
import org.dangjian.rules.spi.RuleParameters;

/**
 * {@code leadership-team}: the cross-appointment (双向进入、交叉任职) 党组织领导的校长负责制 asks of a school's
 * leadership team, judged on the day of evaluation for each school in scope running the Party-led model
 * (with {@code partyLedOnly}) and having a Party organisation of its own (the highest organisation covering
 * it that is not a joint branch): the school has a principal (or a kindergarten director); the principal is
 * a Party member; a member principal sits on that organisation's committee — where the organisation is of
 * {@code separateIn} (a 党委 or 党总支 by default), in one of {@code principalRoles} (副书记 by default) and,
 * with {@code separateSecretary}, not as its secretary (书记、校长一般分设: 校长负责制意见), elsewhere (a
 * school's 支部) in any post, its secretary's included; with {@code deputiesOnCommittee}, every member
 * vice-principal sits on the committee (双向进入、交叉任职: 中小学意见2016). A post held to a day counts on that
 * day and not after it.
 */
public final class LeadershipTeam extends BuiltInRuleType {
  private static final String NO_PRINCIPAL = "leadership-team.no-principal";
  private static final String NOT_MEMBER = "leadership-team.principal-not-member";
  private static final String OFF_COMMITTEE = "leadership-team.principal-off-committee";
  private static final String OUT_OF_ROLE = "leadership-team.principal-out-of-role";
  private static final String SECRETARY_IS_PRINCIPAL = "leadership-team.secretary-is-principal";
  private static final String DEPUTIES_OFF_COMMITTEE = "leadership-team.deputies-off-committee";

  private static final Parameter<List<CommitteeRole>> PRINCIPAL_ROLES = Parameter.codes("principalRoles", CommitteeRole.class)
      .withDefault(List.of(CommitteeRole.DEPUTY_SECRETARY))
      .withMeaning("党员校长在学校党组织委员会中应任的职务", "the posts on the school organisation's committee a member principal should hold")
      .withExample("[deputy-secretary]");
  private static final Parameter<Boolean> SEPARATE_SECRETARY = Parameter.bool("separateSecretary", true)
      .withMeaning("书记、校长分设", "the secretary and the principal are two people").withExample("true");
  private static final Parameter<Boolean> DEPUTIES_ON_COMMITTEE = Parameter.bool("deputiesOnCommittee", true)
      .withMeaning("党员副校长进入党组织委员会", "member vice-principals sit on the organisation's committee").withExample("true");
  private static final Parameter<List<OrganisationKind>> SEPARATE_IN = Parameter.codes("separateIn", OrganisationKind.class)
      .withDefault(List.of(OrganisationKind.GRASSROOTS_COMMITTEE, OrganisationKind.GENERAL_BRANCH))
      .withMeaning("书记、校长分设且党员校长任副书记的学校党组织类别", "the kinds of school organisation where the principal serves in principalRoles and is not the secretary")
      .withExample("[grassroots-committee, general-branch]");
  private static final Parameter<Boolean> PARTY_LED_ONLY = Parameter.bool("partyLedOnly", true)
      .withMeaning("只看实行党组织领导的校长（园长）负责制的学校", "judge only schools running the Party-led model").withExample("true");

  /** Creates the type. */
  public LeadershipTeam() {
    super("leadership-team", new Labels("学校领导班子双向进入、交叉任职", "a school's leadership team and its Party committee cross-appointed"),
        List.of(PRINCIPAL_ROLES, SEPARATE_SECRETARY, SEPARATE_IN, DEPUTIES_ON_COMMITTEE, PARTY_LED_ONLY, SchoolGovernance.UNIT_KINDS,
            SchoolGovernance.OWNERSHIP, SchoolGovernance.LEGAL_PERSONS_ONLY),
        Dependencies.perOrganisation(Records.MEMBERS, Records.GOVERNANCE), NO_PRINCIPAL, NOT_MEMBER, OFF_COMMITTEE, OUT_OF_ROLE, SECRETARY_IS_PRINCIPAL,
        DEPUTIES_OFF_COMMITTEE);
  }

  @Override
  Rule rule(RuleParameters parameters) {
    List<CommitteeRole> principalRoles = parameters.get(PRINCIPAL_ROLES);
    boolean separateSecretary = parameters.get(SEPARATE_SECRETARY);
    boolean deputiesOnCommittee = parameters.get(DEPUTIES_ON_COMMITTEE);
    boolean partyLedOnly = parameters.get(PARTY_LED_ONLY);
    List<OrganisationKind> separateIn = parameters.get(SEPARATE_IN);
    SchoolGovernance.Scope scope = SchoolGovernance.scope(parameters);
    return context -> {
      LocalDate asOf = context.asOf();
      for (Unit unit : Subjects.units(context, false)) {
        if (!scope.covers(unit) || partyLedOnly && SchoolGovernance.partyLed(unit, asOf).isEmpty()) {
          continue;
        }
        Optional<Organisation> own = SchoolGovernance.organisationOf(context.dataset(), unit, asOf, true);
        if (own.isEmpty() || !context.scope().includes(own.get().id())) {
          continue; // a school without an organisation of its own has no committee to cross-appoint with; or out of scope
        }
        Organisation organisation = own.get();
        List<LeadershipPost> held = context.dataset().records(LeadershipPost.KIND).by(LeadershipPost.BY_UNIT, unit.id()).stream()
            .filter(p -> p.heldOn(asOf)).toList();
        List<LeadershipPost> heads = held.stream().filter(p -> p.post().isHead()).toList();
        if (heads.isEmpty()) {
          finding(context, organisation, unit, NO_PRINCIPAL, List.of()).argument("date", asOf).emit();
          continue;
        }
        for (LeadershipPost head : heads) {
          Optional<Member> member = memberOn(context, head, asOf);
          if (member.isEmpty()) {
            finding(context, organisation, unit, NOT_MEMBER, List.of(head)).argument("post", head.post().labelZh()).emit();
            continue;
          }
          List<Position> positions = positionsOf(organisation, member.get().id(), asOf);
          boolean separate = separateIn.contains(organisation.kind());
          if (separate && separateSecretary && positions.stream().anyMatch(p -> p.role() == CommitteeRole.SECRETARY)) {
            finding(context, organisation, unit, SECRETARY_IS_PRINCIPAL, List.of(head)).argument("post", head.post().labelZh())
                .argument("name", member.get().name()).argument("organisation", organisation.name()).emit();
          } else if (separate && positions.stream().noneMatch(p -> principalRoles.contains(p.role()))) {
            finding(context, organisation, unit, OUT_OF_ROLE, List.of(head)).argument("post", head.post().labelZh())
                .argument("name", member.get().name()).argument("organisation", organisation.name())
                .argument("roles", String.join("、", principalRoles.stream().map(CommitteeRole::labelZh).toList())).emit();
          } else if (!separate && positions.isEmpty()) {
            finding(context, organisation, unit, OFF_COMMITTEE, List.of(head)).argument("post", head.post().labelZh())
                .argument("name", member.get().name()).argument("organisation", organisation.name()).emit();
          }
        }
        if (deputiesOnCommittee) {
          List<LeadershipPost> off = new ArrayList<>();
          List<String> names = new ArrayList<>();
          for (LeadershipPost deputy : held.stream().filter(p -> p.post().isDeputyHead()).toList()) {
            Optional<Member> member = memberOn(context, deputy, asOf);
            if (member.isPresent() && positionsOf(organisation, member.get().id(), asOf).isEmpty()) {
              off.add(deputy);
              names.add(member.get().name());
            }
          }
          if (!off.isEmpty()) {
            finding(context, organisation, unit, DEPUTIES_OFF_COMMITTEE, off).argument("names", String.join("、", names))
                .argument("organisation", organisation.name()).emit();
          }
        }
      }
    };
  }

  private static EvaluationContext.FindingBuilder finding(EvaluationContext context, Organisation organisation, Unit unit, String code,
      List<LeadershipPost> posts) {
    List<String> evidence = new ArrayList<>();
    for (LeadershipPost post : posts) {
      evidence.add(post.evidence());
      post.member().ifPresent(m -> evidence.add("member:" + m));
    }
    // 中共…委员会 is itself the committee; a branch's is its 支部委员会.
    String committee = organisation.name().endsWith("委员会") ? organisation.name() : organisation.name() + "委员会";
    return context.finding(organisation.id(), Subjects.unit(unit.id())).message(code).argument("unit", unit.name())
        .argument("committee", committee).evidence(evidence);
  }

  /** The member holding the post, if a member of the dataset who is a Party member on the day. */
  private static Optional<Member> memberOn(EvaluationContext context, LeadershipPost post, LocalDate date) {
    return post.member().flatMap(id -> context.dataset().member(id)).filter(m -> context.status(m, date).isMember());
  }

  private static List<Position> positionsOf(Organisation organisation, MemberId member, LocalDate date) {
    return organisation.committee().stream().flatMap(c -> c.positions().stream())
        .filter(p -> p.member().equals(member) && p.heldOn(date)).toList();
  }
}
