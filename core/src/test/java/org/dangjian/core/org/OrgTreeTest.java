package org.dangjian.core.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dangjian.core.TestCounty;
import org.dangjian.core.ValidationException;
import org.junit.jupiter.api.Test;

class OrgTreeTest {
  private final OrgTree tree = TestCounty.dataset().tree();

  private static OrganisationId id(String value) {
    return OrganisationId.of(value);
  }

  private static List<String> ids(List<Organisation> organisations) {
    return organisations.stream().map(o -> o.id().value()).toList();
  }

  @Test
  void rootsChildrenAndParents() {
    assertThat(ids(tree.roots())).containsExactly("jyj");
    assertThat(ids(tree.children(id("jyj")))).containsExactly("jg", "lh", "xx1", "zx");
    assertThat(ids(tree.children(id("zx-b1")))).containsExactly("zx-b1-g1", "zx-b1-g2");
    assertThat(tree.children(id("zx-b1-g1"))).isEmpty();
    assertThat(tree.parent(id("zx-b1-g1")).map(o -> o.id().value())).contains("zx-b1");
    assertThat(tree.parent(id("jyj"))).isEmpty();
  }

  @Test
  void ancestorsRunNearestFirst() {
    assertThat(ids(tree.ancestors(id("zx-b1-g2")))).containsExactly("zx-b1", "zx", "jyj");
    assertThat(tree.ancestors(id("jyj"))).isEmpty();
  }

  @Test
  void subtreeIsThePathOrderedRunUnderAnOrganisation() {
    assertThat(ids(tree.subtree(id("zx")))).containsExactly("zx", "zx-b1", "zx-b1-g1", "zx-b1-g2", "zx-b2");
    assertThat(ids(tree.subtree(id("lh")))).containsExactly("lh");
    assertThat(tree.subtree(id("jyj"))).hasSize(tree.size()).isEqualTo(tree.organisations());
  }

  @Test
  void pathsDepthsAndOrder() {
    assertThat(tree.path(id("zx-b1-g2"))).hasToString("jyj/zx/zx-b1/zx-b1-g2");
    assertThat(tree.depth(id("zx-b1-g2"))).isEqualTo(3);
    assertThat(tree.depth(id("jyj"))).isZero();
    assertThat(ids(tree.organisations()))
        .containsExactly("jyj", "jg", "lh", "xx1", "zx", "zx-b1", "zx-b1-g1", "zx-b1-g2", "zx-b2");
    assertThat(tree.organisations().stream().map(o -> tree.path(o.id())).toList()).isSorted();
  }

  @Test
  void lookupAndContainment() {
    assertThat(tree.find(id("xx1")).map(Organisation::name)).contains("城关第一小学支部");
    assertThat(tree.find(id("nowhere"))).isEmpty();
    assertThat(tree.contains(id("lh"))).isTrue();
    assertThatThrownBy(() -> tree.get(id("nowhere")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("unknown-organisation")
        .hasMessageContaining("'nowhere'");
    assertThat(tree.isWithin(id("zx-b1-g1"), id("zx"))).isTrue();
    assertThat(tree.isWithin(id("zx"), id("zx"))).isTrue();
    assertThat(tree.isWithin(id("zx"), id("zx-b1"))).isFalse();
    assertThat(tree.isWithin(id("xx1"), id("zx"))).isFalse();
  }

  @Test
  void branchOfAGroupIsItsParent() {
    assertThat(tree.branchOf(id("zx-b1-g1")).map(o -> o.id().value())).contains("zx-b1");
    assertThat(tree.branchOf(id("lh")).map(o -> o.id().value())).contains("lh");
    assertThat(tree.branchOf(id("zx"))).isEmpty();
    assertThat(ids(tree.ofKind(OrganisationKind.GROUP))).containsExactly("zx-b1-g1", "zx-b1-g2");
  }

  @Test
  void buildingATreeChecksItsStructure() {
    TestCounty county = new TestCounty();
    county.replaceOrganisation("jyj", o -> o.withParent(id("zx")));
    assertThatThrownBy(() -> OrgTree.of(county.organisations))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems())
            .extracting(p -> p.path() + " " + p.code())
            .contains("organisations[0].parent cycle", "organisations[2].parent cycle"));
  }

  @Test
  void kindPlacementRules() {
    assertThat(OrganisationKind.GROUP.mayBeUnder(OrganisationKind.BRANCH)).isTrue();
    assertThat(OrganisationKind.GROUP.mayBeUnder(OrganisationKind.JOINT_BRANCH)).isTrue();
    assertThat(OrganisationKind.GROUP.mayBeUnder(OrganisationKind.GENERAL_BRANCH)).isFalse();
    assertThat(OrganisationKind.BRANCH.mayBeUnder(OrganisationKind.GENERAL_BRANCH)).isTrue();
    assertThat(OrganisationKind.BRANCH.mayBeUnder(OrganisationKind.BRANCH)).isFalse();
    assertThat(OrganisationKind.BRANCH.mayBeUnder(OrganisationKind.GROUP)).isFalse();
    assertThat(OrganisationKind.GENERAL_BRANCH.mayBeUnder(OrganisationKind.GENERAL_BRANCH)).isFalse();
    assertThat(OrganisationKind.GRASSROOTS_COMMITTEE.mayBeUnder(OrganisationKind.WORKING_COMMITTEE)).isTrue();
  }

  @Test
  void committeeTermEndsByCalendarYears() {
    Committee committee = Committee.of(java.time.LocalDate.of(2020, 2, 29), 3, List.of());
    assertThat(committee.termEnd()).isEqualTo(java.time.LocalDate.of(2023, 2, 28));
    assertThatThrownBy(() -> Committee.of(java.time.LocalDate.of(2020, 1, 1), 0, List.of()))
        .hasMessageContaining("termYears: invalid-value");
  }
}
