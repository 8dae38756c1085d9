package org.dangjian.benchmarks.drools;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberFacts;
import org.dangjian.core.member.MemberStatus;
import org.dangjian.core.org.Committee;

/**
 * The facts the DRL reasons over: plain JavaBeans made from the dataset, as a team wiring Drools to
 * these records would write them. Behaviour the rules need from the domain (a member's status on a
 * day, a committee's size) is reached through methods, not precomputed per rule.
 */
public final class Facts {
  private Facts() {}

  /** A month of the year evaluated; {@code over} when it ended by the day of evaluation. */
  public static final class Month {
    private final int index;
    private final LocalDate start;
    private final LocalDate end;
    private final boolean over;

    Month(YearMonth month, LocalDate asOf) {
      this.index = month.getMonthValue();
      this.start = month.atDay(1);
      this.end = month.atEndOfMonth();
      this.over = !end.isAfter(asOf);
    }

    public int getIndex() {
      return index;
    }

    public LocalDate getStart() {
      return start;
    }

    public LocalDate getEnd() {
      return end;
    }

    public boolean isOver() {
      return over;
    }

    @Override
    public String toString() {
      return YearMonth.from(start).toString();
    }
  }

  /** A branch or joint branch with its committee, if any. */
  public static final class Branch {
    private final String id;
    private final org.dangjian.core.org.Organisation organisation;

    Branch(org.dangjian.core.org.Organisation organisation) {
      this.id = organisation.id().value();
      this.organisation = organisation;
    }

    public String getId() {
      return id;
    }

    /** @return whether the branch existed all month and had a committee of three or more elected before it began */
    public boolean owesCommitteeMeeting(Month month) {
      if (!organisation.existsOn(month.getStart()) || !organisation.existsOn(month.getEnd())) {
        return false;
      }
      Committee committee = organisation.committee().orElse(null);
      return committee != null && !committee.elected().isAfter(month.getStart()) && committee.holdersOn(month.getEnd()).size() >= 3;
    }
  }

  /** An activity record. */
  public static final class Meeting {
    private final String id;
    private final String organisation;
    private final String type;
    private final LocalDate date;
    private final int month;
    private final Set<String> attendees;

    Meeting(String id, String organisation, String type, LocalDate date, Set<String> attendees) {
      this.id = id;
      this.organisation = organisation;
      this.type = type;
      this.date = date;
      this.month = date.getMonthValue();
      this.attendees = attendees;
    }

    public String getId() {
      return id;
    }

    public String getOrganisation() {
      return organisation;
    }

    public String getType() {
      return type;
    }

    public LocalDate getDate() {
      return date;
    }

    public int getMonth() {
      return month;
    }

    public Set<String> getAttendees() {
      return attendees;
    }
  }

  /** A person on the roll, with the organisations they belong to (branch, group and every one above). */
  public static final class Person {
    private final String id;
    private final Member member;
    private final Set<String> organisations;

    Person(Member member, Set<String> organisations) {
      this.id = member.id().value();
      this.member = member;
      this.organisations = organisations;
    }

    public String getId() {
      return id;
    }

    public Set<String> getOrganisations() {
      return organisations;
    }

    /** @return whether a full member with the right to vote on the day */
    public boolean votesOn(LocalDate day) {
      MemberFacts facts = member.factsOn(day);
      return facts.status() == MemberStatus.FULL && facts.hasVotingRights();
    }
  }

  /** A member's month for dues: judged when a member all month, {@code unpaid} when no payment for it was made in time. */
  public static final class DuesMonth {
    private final String member;
    private final int index;
    private final boolean counts;
    private final boolean inWindow;

    DuesMonth(String member, int index, boolean counts, boolean inWindow) {
      this.member = member;
      this.index = index;
      this.counts = counts;
      this.inWindow = inWindow;
    }

    public String getMember() {
      return member;
    }

    public int getIndex() {
      return index;
    }

    /** @return a member all month and no payment for it by its end */
    public boolean isCounts() {
      return counts;
    }

    public boolean isInWindow() {
      return inWindow;
    }
  }
}
