package org.dangjian.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityId;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.activity.AgendaItem;
import org.dangjian.core.assessment.LedgerEntry;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.DatasetChange;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberCategory;
import org.dangjian.core.member.MemberEvent;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.Organisation;

/**
 * New records for a dashboard workload, one at a time and the same every run: the next 支委会 (of the
 * next branch in turn, five of its members attending, on a day from February to December 2024, so
 * never before a generated region's first activity), the next ledger point (for the next member in
 * turn) and the next member event (a retirement). Used by the incremental benchmark and {@code ./dangjian bench}. Not thread-safe.
 */
public final class NewRecords {
  private final Dataset dataset;
  private final List<Organisation> branches;
  private final List<Member> members;
  private final List<Member> serving;
  private long next;

  /**
   * @param dataset the region the records are for; its branches active at the end of 2024 take turns
   */
  public NewRecords(Dataset dataset) {
    this.dataset = dataset;
    LocalDate yearEnd = LocalDate.of(2024, 12, 31);
    this.branches = dataset.organisations().stream()
        .filter(o -> o.kind().isBranch() && o.existsOn(yearEnd) && !dataset.membersOf(o.id()).isEmpty()).toList();
    this.members = dataset.members();
    this.serving = members.stream().filter(m -> m.factsOn(yearEnd).status().isMember()
        && !m.history().get(m.history().size() - 1).date().isAfter(yearEnd)).toList();
  }

  /** @return a new activity: a 支委会 of the next branch, with an id not used before */
  public DatasetChange nextActivity() {
    long n = next++;
    Organisation branch = branches.get((int) (n % branches.size()));
    List<MemberId> attendees = dataset.membersOf(branch.id()).stream().limit(5).map(Member::id).toList();
    LocalDate day = LocalDate.of(2024, 2 + (int) (n % 11), 1 + (int) (n % 28));
    return DatasetChange.activity(Activity.builder().id(ActivityId.of("new-" + n)).organisation(branch.id())
        .type(ActivityType.BRANCH_COMMITTEE_MEETING).date(day).attendees(attendees).host(attendees.get(0))
        .recorder(attendees.get(attendees.size() - 1)).addAgenda(AgendaItem.firstTopic("学习习近平总书记重要讲话精神")).build());
  }

  /**
   * @return a new member event: the next member in turn (of those who are members at the end of 2024)
   *     is recorded as retired (退休) on the last day of 2024 — allowed after any earlier event
   */
  public DatasetChange nextMemberEvent() {
    long n = next++;
    Member member = serving.get((int) (n % serving.size()));
    return DatasetChange.memberEvent(member.id(), new MemberEvent.CategoryChanged(LocalDate.of(2024, 12, 31), MemberCategory.RETIRED));
  }

  /** @return a new ledger entry: one point of volunteer service for the next member, on a day of 2024 */
  public DatasetChange nextLedgerEntry() {
    long n = next++;
    Member member = members.get((int) (n % members.size()));
    return DatasetChange.ledgerEntry(new LedgerEntry(LocalDate.of(2024, 1 + (int) (n % 12), 1 + (int) (n % 28)), member.id(),
        "volunteer-service", BigDecimal.ONE, Optional.empty(), Optional.empty()));
  }
}
