package org.dangjian.testkit.baseline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.assessment.Commitment;
import org.dangjian.core.assessment.CommitmentItem;
import org.dangjian.core.assessment.CommitmentOutcome;
import org.dangjian.core.assessment.LedgerEntry;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dues.DuesPayment;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStatus;
import org.dangjian.core.org.OrgTree;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.Finding;
import org.dangjian.rules.Subject;

/**
 * The built-in {@code member-points} scheme (党员积分) written as one plain loop over each member's
 * records, with no scoring engine: the same subjects, caps (per month and per year), non-stacking
 * commendations, proration, vetoes, blocks, grades and ranks, with the scheme's figures written in as
 * constants and every amount kept as a whole number of hundredths. It gives each card's total, block
 * scores, grade and rank — not the line items and their explanations, which is what the engine adds —
 * and is what the benchmarks call the practical limit of scoring, held equal to the engine by a test.
 */
public final class MemberPointsByHand {
  /** The blocks, in the scheme's order, which is also the order of the ranking's tie-breaks. */
  public static final List<String> BLOCKS = List.of("politics", "rules", "morals", "contribution");
  private static final int POLITICS = 0;
  private static final int RULES = 1;
  private static final int MORALS = 2;
  private static final int CONTRIBUTION = 3;
  private static final long[] BASE = {2000, 1500, 2000, 2000};
  private static final long BLOCK_CAP = 2500;
  private static final long TOTAL_CAP = 10000;

  private MemberPointsByHand() {}

  /**
   * One member's card.
   *
   * @param subject the member's id
   * @param organisation the member's branch
   * @param total the total, in hundredths of a point
   * @param blocks the block scores in hundredths, in the order of {@link #BLOCKS}
   * @param grade the grade ({@code excellent}, {@code good}, {@code average}, {@code poor}); empty text when not graded
   * @param rank the rank, 1 for the best; 0 when not ranked
   * @param vetoed whether a veto item occurred (党费逾期 or 八项规定)
   * @param prorated whether yearly-capped earnings were extrapolated to a full year
   */
  public record Card(String subject, OrganisationId organisation, long total, long[] blocks, String grade, int rank, boolean vetoed, boolean prorated) {
    Card withRank(int value) {
      return new Card(subject, organisation, total, blocks, grade, value, vetoed, prorated);
    }

    /** @return the card on one line: subject, total, blocks, grade, rank and flags, the amounts as decimals */
    public String line() {
      StringBuilder line = new StringBuilder(subject).append(' ').append(BigDecimal.valueOf(total, 2));
      for (long block : blocks) {
        line.append(' ').append(BigDecimal.valueOf(block, 2));
      }
      return line.append(' ').append(grade.isEmpty() ? "-" : grade).append(' ').append(rank == 0 ? "-" : Integer.toString(rank))
          .append(vetoed ? " vetoed" : "").append(prorated ? " prorated" : "").toString();
    }
  }

  /**
   * @param dataset the records
   * @param report the year's compliance report (for the findings of {@code organisational-life-absence})
   * @param year the year scored
   * @return the cards: ranked ones by rank, then the others by organisation path and id, as the engine's board
   */
  public static List<Card> score(Dataset dataset, ComplianceReport report, int year) {
    LocalDate[] monthEnds = new LocalDate[12];
    for (int m = 0; m < 12; m++) {
      monthEnds[m] = YearMonth.of(year, m + 1).atEndOfMonth();
    }
    LocalDate yearEnd = monthEnds[11];
    // Dues count as paid on time up to the end of the second month after.
    LocalDate[] duesLimits = new LocalDate[12];
    for (int m = 0; m < 12; m++) {
      duesLimits[m] = YearMonth.of(year, m + 1).plusMonths(2).atEndOfMonth();
    }
    Map<String, Integer> lifeAbsences = new HashMap<>();
    for (Finding finding : report.findings()) {
      if (finding.ruleId().equals("organisational-life-absence") && finding.subject().kind() == Subject.Kind.MEMBER) {
        lifeAbsences.merge(finding.subject().id(), 1, Integer::sum);
      }
    }
    List<Card> cards = new ArrayList<>();
    for (Member member : dataset.members()) {
      MemberStatus status = member.factsOn(yearEnd).status();
      if (!scored(status)) {
        continue;
      }
      int months = 0;
      boolean[] owed = new boolean[12];
      for (int m = 0; m < 12; m++) {
        MemberStatus then = member.factsOn(monthEnds[m]).status();
        months += scored(then) ? 1 : 0;
        owed[m] = then.isMember();
      }
      boolean prorate = months > 0 && months < 12;
      long[] lines = new long[4];
      boolean prorated = false;

      // 参加三会一课: 1 a meeting, at most 2 a month and 12 a year; 参加主题党日: 0.5 each, at most 5.
      int[] meetingsByMonth = new int[12];
      int themeDays = 0;
      for (Activity activity : dataset.activitiesAttendedBy(member.id())) {
        LocalDate date = activity.date();
        if (date.getYear() != year) {
          continue;
        }
        ActivityType type = activity.type();
        if (type.equals(ActivityType.BRANCH_GENERAL_MEETING) || type.equals(ActivityType.BRANCH_COMMITTEE_MEETING)
            || type.equals(ActivityType.GROUP_MEETING) || type.equals(ActivityType.PARTY_LECTURE)) {
          meetingsByMonth[date.getMonthValue() - 1]++;
        } else if (type.equals(ActivityType.THEME_PARTY_DAY)) {
          themeDays++;
        }
      }
      long meetings = 0;
      for (int count : meetingsByMonth) {
        meetings += Math.min(200, 100L * count);
      }
      long[] capped = {Math.min(1200, meetings), Math.min(500, 50L * themeDays)};
      for (int i = 0; i < 2; i++) {
        long full = prorate ? extrapolated(capped[i], months, i == 0 ? 1200 : 500) : capped[i];
        prorated |= full > capped[i];
        lines[POLITICS] += full;
      }
      // 连续六个月不参加组织生活: -5 a finding.
      lines[POLITICS] -= 500L * lifeAbsences.getOrDefault(member.id().value(), 0);

      // The ledger: study missed -3, organisational life missed -2, the eight-point rules -10 (veto: at most
      // 一般), commendations (only the highest counts), service (its own points, at most 9 a year).
      boolean eightRules = false;
      long bestCommendation = Long.MIN_VALUE;
      List<LedgerEntry> service = new ArrayList<>();
      boolean serviceAllPositive = true;
      for (LedgerEntry entry : dataset.ledgerOf(member.id())) {
        if (entry.date().getYear() != year) {
          continue;
        }
        switch (entry.category()) {
          case "study-missed" -> lines[RULES] -= 300;
          case "organisational-life-missed" -> lines[RULES] -= 200;
          case "eight-rules-breach" -> {
            lines[MORALS] -= 1000;
            eightRules = true;
          }
          case "commendation-school", "commendation-county", "commendation-city" ->
              bestCommendation = Math.max(bestCommendation, hundredths(entry.points()));
          case "volunteer-service", "pioneer-post" -> {
            service.add(entry);
            serviceAllPositive &= entry.points().signum() >= 0;
          }
          default -> { }
        }
      }
      if (bestCommendation != Long.MIN_VALUE) {
        lines[MORALS] += bestCommendation;
      }

      // 按时交纳党费: 0.5 a month paid within two months, at most 5; zeroed when a month's dues are more than
      // six months late by the year's end (a veto).
      LocalDate[] paidOn = new LocalDate[12];
      for (DuesPayment payment : dataset.duesPaymentsOf(member.id())) {
        YearMonth month = payment.month();
        if (month.getYear() == year) {
          int m = month.getMonthValue() - 1;
          if (paidOn[m] == null || payment.paidOn().isBefore(paidOn[m])) {
            paidOn[m] = payment.paidOn();
          }
        }
      }
      long dues = 0;
      boolean arrears = false;
      for (int m = 0; m < 12; m++) {
        if (!owed[m]) {
          continue;
        }
        if (paidOn[m] != null && !paidOn[m].isAfter(duesLimits[m])) {
          dues += 50;
        }
        if (m + 6 < 11 && (paidOn[m] == null || paidOn[m].isAfter(monthEnds[m + 6]))) {
          arrears = true;
        }
      }
      dues = Math.min(500, dues);
      if (!arrears) {
        long full = prorate ? extrapolated(dues, months, 500) : dues;
        prorated |= full > dues;
        lines[RULES] += full;
      } else if (prorate && extrapolated(dues, months, 500) > dues) {
        prorated = true; // the extrapolation is made, then zeroed by the veto with the rest of the item
      }

      // 年初承诺: 2 a kept commitment, at most 6; -2 a broken one.
      Commitment commitment = dataset.commitmentOf(member.id(), year).orElse(null);
      if (commitment != null) {
        long kept = 0;
        for (CommitmentItem item : commitment.items()) {
          CommitmentOutcome outcome = item.outcome().orElse(null);
          if (outcome == CommitmentOutcome.KEPT) {
            kept += 200;
          } else if (outcome == CommitmentOutcome.BROKEN) {
            lines[CONTRIBUTION] -= 200;
          }
        }
        kept = Math.min(600, kept);
        long full = prorate ? extrapolated(kept, months, 600) : kept;
        prorated |= full > kept;
        lines[CONTRIBUTION] += full;
      }
      if (!service.isEmpty()) {
        long earned = capped(service, 900);
        long full = prorate && serviceAllPositive ? extrapolated(earned, months, 900) : earned;
        prorated |= full > earned;
        lines[CONTRIBUTION] += full;
      }

      long[] blocks = new long[4];
      long total = 0;
      for (int b = 0; b < 4; b++) {
        blocks[b] = Math.min(BLOCK_CAP, Math.max(0, BASE[b] + lines[b]));
        total += blocks[b];
      }
      total = Math.min(TOTAL_CAP, Math.max(0, total));
      String grade = "";
      if (status == MemberStatus.FULL) {
        grade = total >= 9500 ? "excellent" : total >= 8500 ? "good" : total >= 6000 ? "average" : "poor";
        if (eightRules && (grade.equals("excellent") || grade.equals("good"))) {
          grade = "average";
        }
      }
      cards.add(new Card(member.id().value(), member.branch(), total, blocks, grade, 0, arrears || eightRules, prorated));
    }
    return ranked(dataset.tree(), cards);
  }

  private static boolean scored(MemberStatus status) {
    return status == MemberStatus.FULL || status == MemberStatus.PROBATIONARY || status == MemberStatus.ACTIVIST
        || status == MemberStatus.CANDIDATE;
  }

  /** @return what was earned in {@code months}, extrapolated to twelve (rounded half up to the hundredth), up to the cap */
  private static long extrapolated(long earned, int months, long cap) {
    if (earned <= 0) {
      return earned;
    }
    return Math.max(earned, Math.min(cap, (earned * 24 + months) / (2L * months)));
  }

  private static long hundredths(BigDecimal points) {
    return points.movePointRight(2).longValueExact();
  }

  /** Service entries taken in date order, each up to what is left of the yearly cap; their points keep their sign. */
  private static long capped(List<LedgerEntry> entries, long cap) {
    List<LedgerEntry> ordered = new ArrayList<>(entries);
    ordered.sort(Comparator.comparing(LedgerEntry::date).thenComparing(LedgerEntry::category));
    long taken = 0;
    long sum = 0;
    for (LedgerEntry entry : ordered) {
      long worth = hundredths(entry.points());
      long take = Math.min(Math.abs(worth), Math.max(0, cap - taken));
      taken += take;
      sum += worth < 0 ? -take : take;
    }
    return sum;
  }

  /** Ranks the graded (full members) by total, then the blocks in order, then id; the others follow by place and id. */
  private static List<Card> ranked(OrgTree tree, List<Card> cards) {
    Comparator<Card> order = Comparator.comparingLong((Card c) -> -c.total());
    for (int b = 0; b < 4; b++) {
      int block = b;
      order = order.thenComparingLong(c -> -c.blocks()[block]);
    }
    List<Card> board = new ArrayList<>(cards.size());
    List<Card> others = new ArrayList<>();
    for (Card card : cards) {
      (card.grade().isEmpty() ? others : board).add(card);
    }
    board.sort(order.thenComparing(Card::subject));
    for (int i = 0; i < board.size(); i++) {
      board.set(i, board.get(i).withRank(i + 1));
    }
    others.sort(Comparator.comparing(Card::organisation, tree.pathOrder()).thenComparing(Card::subject));
    board.addAll(others);
    return board;
  }
}
