package org.dangjian.core.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.core.Problem;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberEvent;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.Committee;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.core.org.Position;
import org.dangjian.core.org.Unit;
import org.dangjian.core.org.UnitId;
import org.jspecify.annotations.Nullable;

/**
 * Every cross-record check of a dataset, collecting all problems with their paths ({@code
 * units[i]}, {@code organisations[i]}, {@code members[i]} in the order given). Not API.
 */
public final class DatasetChecks {
  private DatasetChecks() {}

  /**
   * @return every problem found; empty when the records form a valid dataset
   */
  public static List<Problem> check(List<Unit> units, List<Organisation> organisations, List<Member> members) {
    return check(units, organisations, members, Externals.NONE);
  }

  /**
   * @param externals the members and organisations that live in another part: references to them hold
   * @return every problem found; empty when the records form a valid dataset
   */
  public static List<Problem> check(List<Unit> units, List<Organisation> organisations, List<Member> members, Externals externals) {
    return checkAndIndex(units, organisations, members, externals).problems();
  }

  /**
   * The problems, and the look-ups the checks built on the way, for the checks of other records to use.
   *
   * @param problems every problem found
   * @param members the members by id, the first of any id given twice
   * @param organisations the organisations by id, likewise
   */
  public record Checked(List<Problem> problems, Map<MemberId, Member> members, Map<OrganisationId, Organisation> organisations) {}

  /**
   * @param externals the members and organisations that live in another part: references to them hold
   * @return every problem found, and the members and organisations by id
   */
  public static Checked checkAndIndex(List<Unit> units, List<Organisation> organisations, List<Member> members, Externals externals) {
    List<Problem> problems = new java.util.ArrayList<>();
    Map<UnitId, Unit> unitsById = new HashMap<>();
    for (int i = 0; i < units.size(); i++) {
      Unit unit = units.get(i);
      Unit before = unitsById.putIfAbsent(unit.id(), unit);
      if (before != null) {
        problems.add(OrganisationChecks.duplicate("units", i, units.indexOf(before), unit.id().value()));
      }
    }

    OrganisationChecks.checkTree(organisations, problems, externals);
    Map<OrganisationId, Organisation> orgsById = new HashMap<>();
    for (Organisation organisation : organisations) {
      orgsById.putIfAbsent(organisation.id(), organisation);
    }
    for (int i = 0; i < organisations.size(); i++) {
      int j = 0;
      for (UnitId unit : organisations.get(i).units()) {
        if (!unitsById.containsKey(unit)) {
          problems.add(Problem.of("organisations[" + i + "].units[" + j + "]", "dangling-reference",
              "covered unit '" + unit + "' is not among the units"));
        }
        j++;
      }
    }

    Map<MemberId, Member> membersById = new HashMap<>();
    for (int i = 0; i < members.size(); i++) {
      Member member = members.get(i);
      Member before = membersById.putIfAbsent(member.id(), member);
      if (before != null) {
        problems.add(OrganisationChecks.duplicate("members", i, members.indexOf(before), member.id().value()));
      }
      checkPlacement(member, "members[" + i + "]", unitsById, orgsById::get, problems);
    }

    Map<org.dangjian.core.member.NationalIdNumber, Integer> holderOf = new HashMap<>();
    for (int i = 0; i < members.size(); i++) {
      Member member = members.get(i);
      if (member.nationalId().isPresent()) {
        Integer before = holderOf.putIfAbsent(member.nationalId().get(), i);
        if (before != null) {
          problems.add(Problem.of("members[" + i + "].nationalId", "duplicate-value", "'" + member.id()
              + "' has the national ID number of members[" + before + "] ('" + members.get(before).id()
              + "'); one person is one member (the number is not repeated here)"));
        }
      }
    }

    for (int i = 0; i < members.size(); i++) {
      checkHistory(members.get(i), "members[" + i + "].history", id -> membersById.containsKey(id) || externals.member(id),
          id -> orgsById.containsKey(id) || externals.organisation(id), problems);
    }

    for (int i = 0; i < organisations.size(); i++) {
      Organisation organisation = organisations.get(i);
      if (organisation.committee().isPresent()) {
        checkPositions(organisation, "organisations[" + i + "].committee", membersById::get, orgsById::get, externals, problems);
      }
    }
    return new Checked(problems, membersById, orgsById);
  }

  /**
   * The problems a valid dataset can gain when one member's record is replaced by another with the same id
   * and national ID: of its placement and history, and of the positions in the committees that name it —
   * each with the path, and in the order, of a full check of the whole dataset.
   *
   * @param member the new record
   * @param index the member's place among the members by id
   * @param units the units by id
   * @param organisationsById the organisation with an id, or null
   * @param organisations the organisations in path order
   * @param holding the places among {@code organisations} of those whose committees name the member, ascending
   * @param members the members by id, the new record in place of the old
   * @param externals the members and organisations of other parts
   * @return the problems, empty if the dataset stays valid
   */
  public static List<Problem> checkReplaced(Member member, int index, Map<UnitId, Unit> units,
      java.util.function.Function<OrganisationId, @Nullable Organisation> organisationsById, List<Organisation> organisations, int[] holding,
      java.util.function.Function<MemberId, @Nullable Member> members,
      Externals externals) {
    List<Problem> problems = new java.util.ArrayList<>();
    checkPlacement(member, "members[" + index + "]", units, organisationsById, problems);
    checkHistory(member, "members[" + index + "].history", id -> members.apply(id) != null || externals.member(id),
        id -> organisationsById.apply(id) != null || externals.organisation(id), problems);
    for (int i : holding) {
      checkPositions(organisations.get(i), "organisations[" + i + "].committee", members, organisationsById, externals, problems);
    }
    return problems;
  }

  private static void checkPlacement(Member member, String at, Map<UnitId, Unit> units,
      java.util.function.Function<OrganisationId, @Nullable Organisation> organisations, List<Problem> problems) {
    member.unit().ifPresent(unit -> {
      if (!units.containsKey(unit)) {
        problems.add(Problem.of(at + ".unit", "dangling-reference", "unit '" + unit + "' is not among the units"));
      }
    });
    Organisation branch = organisations.apply(member.branch());
    if (branch == null) {
      problems.add(Problem.of(at + ".branch", "dangling-reference",
          "branch '" + member.branch() + "' is not among the organisations"));
    } else if (!branch.kind().isBranch()) {
      problems.add(Problem.of(at + ".branch", "not-a-branch",
          "member '" + member.id() + "' is assigned to " + OrganisationChecks.describe(branch)
              + "; members belong to a branch or joint branch (党支部)"));
    } else if (!branch.isActive()) {
      problems.add(Problem.of(at + ".branch", "assigned-to-dissolved",
          "branch '" + branch.id() + "' was dissolved on " + branch.dissolved().orElseThrow()));
    }
    member.group().ifPresent(groupId -> {
      Organisation group = organisations.apply(groupId);
      if (group == null) {
        problems.add(Problem.of(at + ".group", "dangling-reference",
            "group '" + groupId + "' is not among the organisations"));
      } else if (group.kind() != OrganisationKind.GROUP) {
        problems.add(Problem.of(at + ".group", "not-a-group",
            "'" + groupId + "' is a " + group.kind().labelEn() + ", not a group (党小组)"));
      } else if (!group.parent().map(member.branch()::equals).orElse(false)) {
        problems.add(Problem.of(at + ".group", "group-of-other-branch",
            "group '" + groupId + "' belongs to '" + group.parent().map(OrganisationId::value).orElse("no branch")
                + "', not to the member's branch '" + member.branch() + "'"));
      } else if (!group.isActive()) {
        problems.add(Problem.of(at + ".group", "assigned-to-dissolved",
            "group '" + group.id() + "' was dissolved on " + group.dissolved().orElseThrow()));
      }
    });
  }

  /**
   * References in events must resolve. Whether a contact or an introducer held full rights on the day
   * they acted is a rule for the compliance engine ({@code development-rights}): legacy records load,
   * then are judged.
   */
  private static void checkHistory(Member member, String at, java.util.function.Predicate<MemberId> members,
      java.util.function.Predicate<OrganisationId> organisations, List<Problem> problems) {
    List<MemberEvent> history = member.history();
    for (int e = 0; e < history.size(); e++) {
      MemberEvent event = history.get(e);
      String path = at + "[" + e + "]";
      if (event instanceof MemberEvent.ActivistDesignated designated) {
        List<MemberId> contacts = designated.contacts();
        for (int c = 0; c < contacts.size(); c++) {
          if (!members.test(contacts.get(c))) {
            problems.add(Problem.of(path + ".contacts[" + c + "]", "dangling-reference",
                "contact member (培养联系人) '" + contacts.get(c) + "' is not among the members"));
          }
        }
      } else if (event instanceof MemberEvent.IntroducersNamed named) {
        List<MemberId> introducers = named.introducers();
        for (int c = 0; c < introducers.size(); c++) {
          if (!members.test(introducers.get(c))) {
            problems.add(Problem.of(path + ".introducers[" + c + "]", "dangling-reference",
                "introducer (入党介绍人) '" + introducers.get(c) + "' is not among the members"));
          }
        }
      } else if (event instanceof MemberEvent.FirstTalkHeld talk && talk.by().isPresent()
          && !members.test(talk.by().get())) {
        problems.add(Problem.of(path + ".by", "dangling-reference", "member '" + talk.by().get() + "' is not among the members"));
      } else if (event instanceof MemberEvent.PreReviewed review && !organisations.test(review.by())) {
        problems.add(Problem.of(path + ".by", "dangling-reference",
            "pre-reviewing organisation '" + review.by() + "' is not among the organisations"));
      } else if (event instanceof MemberEvent.AdmissionApproved approval && !organisations.test(approval.by())) {
        problems.add(Problem.of(path + ".by", "dangling-reference",
            "approving organisation '" + approval.by() + "' is not among the organisations"));
      } else if (event instanceof MemberEvent.Moved moved) {
        if (!organisations.test(moved.branch())) {
          problems.add(Problem.of(path + ".branch", "dangling-reference", "branch '" + moved.branch() + "' is not among the organisations"));
        }
        moved.group().filter(g -> !organisations.test(g)).ifPresent(g ->
            problems.add(Problem.of(path + ".group", "dangling-reference", "group '" + g + "' is not among the organisations")));
      }
    }
  }

  private static void checkPositions(Organisation organisation, String at,
      java.util.function.Function<MemberId, @Nullable Member> members,
      java.util.function.Function<OrganisationId, @Nullable Organisation> organisations, Externals externals, List<Problem> problems) {
    Committee committee = organisation.committee().orElseThrow();
    committee.postponement().filter(p -> organisations.apply(p.approvedBy()) == null && !externals.organisation(p.approvedBy()))
        .ifPresent(p ->
        problems.add(Problem.of(at + ".postponement.approvedBy", "dangling-reference",
            "approving organisation '" + p.approvedBy() + "' is not among the organisations")));
    List<Position> positions = committee.positions();
    for (int p = 0; p < positions.size(); p++) {
      Position position = positions.get(p);
      String path = at + ".positions[" + p + "].member";
      Member holder = members.apply(position.member());
      if (holder == null && externals.member(position.member())) {
        continue; // a holder from another part: whether they belong is judged where both are
      }
      if (holder == null) {
        problems.add(Problem.of(path, "dangling-reference",
            "position holder '" + position.member() + "' is not among the members"));
      } else if (organisation.isActive() && position.isOpen() && !belongsTo(holder, organisation, organisations)) {
        problems.add(Problem.of(path, "position-holder-not-member",
            "'" + holder.id() + "' holds " + position.role().labelZh() + " (" + position.role().labelEn()
                + ") in '" + organisation.id() + "' but is not a member of it"));
      }
    }
  }

  /** A member belongs to a group by its group, to a branch by its branch, and to anything above by ancestry. */
  private static boolean belongsTo(Member member, Organisation organisation,
      java.util.function.Function<OrganisationId, @Nullable Organisation> organisations) {
    if (organisation.kind() == OrganisationKind.GROUP) {
      return member.group().map(organisation.id()::equals).orElse(false);
    }
    return OrganisationChecks.isWithin(member.branch(), organisation.id(), organisations);
  }

  /**
   * Checks the declared activity types: no code declared twice.
   *
   * @param activityTypes the declared types
   * @return the problems, with paths {@code activityTypes[i].code}
   */
  public static List<Problem> checkActivityTypes(List<ActivityType> activityTypes) {
    List<Problem> problems = new java.util.ArrayList<>();
    Map<String, Integer> declared = new HashMap<>();
    for (int i = 0; i < activityTypes.size(); i++) {
      Integer first = declared.putIfAbsent(activityTypes.get(i).code(), i);
      if (first != null) {
        problems.add(Problem.of("activityTypes[" + i + "].code", "duplicate-code",
            "activity type '" + activityTypes.get(i).code() + "' is declared again; first at activityTypes[" + first + "]"));
      }
    }
    return problems;
  }

  /**
   * Checks one activity record beyond its id and the members it names (its kind's references): its type,
   * its organisation existing that day, and the unit it names. {@code Activity.KIND}'s own check.
   *
   * @param activity the record
   * @param at its path, for example {@code activities[3]}
   * @param context the dataset's core records
   * @param problems where problems go
   */
  public static void checkActivity(Activity activity, String at, org.dangjian.core.record.CheckContext context, List<Problem> problems) {
    if (!activity.type().isStandard() && !context.isDeclaredActivityType(activity.type().code())) {
      problems.add(Problem.of(at + ".type", "unknown-code", "activity type '" + activity.type().code()
          + "' is neither standard nor declared in activityTypes"));
    }
    Organisation organisation = context.organisation(activity.organisation()).orElse(null);
    if (organisation == null && context.isExternalOrganisation(activity.organisation())) {
      return; // held by an organisation of another part: judged there
    }
    if (organisation == null) {
      problems.add(Problem.of(at + ".organisation", "dangling-reference",
          "organisation '" + activity.organisation() + "' is not among the organisations"));
    } else if (!organisation.existsOn(activity.date())) {
      problems.add(Problem.of(at + ".date", "organisation-not-active", "'" + organisation.id() + "' did not exist on "
          + activity.date() + " (established " + organisation.established()
          + organisation.dissolved().map(d -> ", dissolved " + d).orElse("") + ")"));
    }
    if (organisation != null && activity.unit().isPresent() && !organisation.units().contains(activity.unit().get())) {
      problems.add(Problem.of(at + ".unit", "unit-not-covered", "unit '" + activity.unit().get() + "' is not covered by '"
          + organisation.id() + "', which covers " + (organisation.units().isEmpty() ? "no unit" : organisation.units())));
    }
  }
}
