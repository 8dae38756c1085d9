package org.dangjian.examples;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.ValidationException;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityId;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.Region;
import org.dangjian.core.member.Gender;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberCategory;
import org.dangjian.core.member.MemberEvent;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.member.MemberStatus;
import org.dangjian.core.member.TransferLetter;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.core.org.Unit;
import org.dangjian.core.org.UnitId;
import org.dangjian.core.org.UnitKind;

/**
 * Builds a small dataset in code — a school, the bureau's committee, a branch, three teachers and a
 * 支委会 — and shows that {@code build()} checks everything at once: a member placed in a branch that
 * does not exist is refused with the path and code of the problem, and nothing is built.
 */
public final class BuildDatasetWithBuilders {
  private BuildDatasetWithBuilders() {}

  /** Prints to standard output. */
  public static void main(String[] args) {
    run(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
  }

  /** @param out where the example writes what it shows */
  public static void run(PrintWriter out) {
    LocalDate established = LocalDate.of(2005, 9, 1);
    Unit school = Unit.of(UnitId.of("u-syxx"), "实验小学", UnitKind.PRIMARY_SCHOOL);
    Organisation bureau = Organisation.builder().id(OrganisationId.of("jyj")).name("县教育局党委")
        .kind(OrganisationKind.GRASSROOTS_COMMITTEE).established(established).build();
    Organisation branch = Organisation.builder().id(OrganisationId.of("syxx")).name("实验小学党支部")
        .kind(OrganisationKind.BRANCH).parent(bureau.id()).addUnits(school.id()).established(established).build();

    Dataset.Builder builder = Dataset.builder().region(Region.of("demo", "某县")).addUnit(school).addOrganisation(bureau)
        .addOrganisation(branch);
    List<String> names = List.of("王芳", "李强", "张敏");
    for (int i = 0; i < names.size(); i++) {
      builder.addMember(teacher("m" + (i + 1), names.get(i), branch.id(), school.id()));
    }
    Dataset dataset = builder.addActivity(Activity.builder().id(ActivityId.of("a-2024-03")).organisation(branch.id())
        .type(ActivityType.BRANCH_COMMITTEE_MEETING).date(LocalDate.of(2024, 3, 5)).build()).build();

    out.println("path of 实验小学党支部: " + dataset.tree().path(branch.id()));
    out.println("members of the bureau's committee: " + dataset.membersOf(bureau.id()).size());
    dataset.membersOf(branch.id()).forEach(m -> out.println("  " + m.name() + " " + m.factsOn(LocalDate.of(2024, 12, 31)).status()));
    out.println("activities of the branch in 2024-Q1: " + dataset.activitiesOf(branch.id(),
        org.dangjian.core.time.ReportingPeriod.parse("2024-Q1")).size());

    // A member placed in a branch that does not exist: the whole build is refused, every problem listed.
    try {
      builder.addMember(teacher("m4", "赵军", OrganisationId.of("no-such-branch"), school.id())).build();
      out.println("built (unexpected)");
    } catch (ValidationException e) {
      e.problems().forEach(p -> out.println("refused: " + p.path() + ": " + p.code() + ": " + p.message()));
    }
  }

  /** A teacher who joined the Party at college and transferred in as a full member. */
  private static Member teacher(String id, String name, OrganisationId branch, UnitId unit) {
    LocalDate received = LocalDate.of(2010, 9, 1);
    return Member.builder().id(MemberId.of(id)).name(name).gender(Gender.FEMALE).birthDate(LocalDate.of(1986, 4, 12))
        .category(MemberCategory.TEACHER).branch(branch).unit(unit)
        .addHistory(new MemberEvent.TransferredIn(received, "师范学院党委", new TransferLetter("2010-017", received.minusDays(10),
            received.plusMonths(3)), MemberStatus.FULL, Optional.empty(), Optional.of(LocalDate.of(2009, 6, 1))))
        .build();
  }
}
