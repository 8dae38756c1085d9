package org.dangjian.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityId;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.org.UnitId;
import org.dangjian.core.time.ReportingPeriod;
import org.junit.jupiter.api.Test;

/** A requirement whose evidence is activities is the requirement with their references, written out when read. */
class RequirementTest {
  private static final OrganisationId B1 = OrganisationId.of("b1");
  private static final ReportingPeriod MARCH = ReportingPeriod.month(2024, 3);

  private static Activity meeting(String id, int day) {
    return Activity.builder().id(ActivityId.of(id)).organisation(B1).type(ActivityType.BRANCH_COMMITTEE_MEETING)
        .date(LocalDate.of(2024, 3, day)).addAttendees(MemberId.of("m01")).build();
  }

  @Test
  void activitiesAsEvidenceEqualTheirReferences() {
    List<Activity> held = List.of(meeting("a1", 5), meeting("a2", 19));
    Requirement lazy = Requirement.ofActivities("r", B1, ActivityType.BRANCH_COMMITTEE_MEETING, MARCH, 1, held);
    Requirement written = Requirement.of("r", B1, ActivityType.BRANCH_COMMITTEE_MEETING, MARCH, 1, 2, List.of("activity:a1", "activity:a2"));
    assertThat(lazy.evidence()).containsExactly("activity:a1", "activity:a2");
    assertThat(lazy).isEqualTo(written).hasSameHashCodeAs(written).hasToString(written.toString());
    assertThat(written).isEqualTo(lazy);
    assertThat(lazy.held()).isEqualTo(2);
    assertThat(lazy.withUnit(UnitId.of("u1"))).isEqualTo(written.withUnit(UnitId.of("u1")));
    assertThat(lazy.withUnit(UnitId.of("u1")).evidence()).isEqualTo(written.evidence());
    // None held, and the evidence cannot be changed.
    Requirement none = Requirement.ofActivities("r", B1, ActivityType.BRANCH_COMMITTEE_MEETING, MARCH, 1, List.of());
    assertThat(none.evidence()).isEmpty();
    assertThat(none.isMet()).isFalse();
    assertThatThrownBy(() -> lazy.evidence().add("activity:a3")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Requirement.ofActivities("r", B1, ActivityType.BRANCH_COMMITTEE_MEETING, MARCH, 0, held))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
