package org.dangjian.examples;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.member.MemberCategory;
import org.dangjian.rules.RuleSetRegistry;
import org.dangjian.rules.dues.DuesSchedule;

/**
 * Computes monthly Party dues (党费) for a list of declared monthly bases under the national schedule:
 * working members 0.5% up to 3,000 yuan, 1% up to 5,000, 1.5% up to 10,000, 2% above (the bounds
 * inclusive, the whole base at one rate); retirees 0.5% up to 5,000 and 1% above; students a fixed
 * 0.20 yuan.
 */
public final class DuesForSalaries {
  private DuesForSalaries() {}

  /** Prints to standard output. */
  public static void main(String[] args) {
    run(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
  }

  /** @param out where the example writes what it shows */
  public static void run(PrintWriter out) {
    DuesSchedule schedule = DuesSchedule.of(RuleSetRegistry.standard().resolve("cn-national", LocalDate.of(2024, 1, 1)));
    for (String base : List.of("2800", "3000", "3000.01", "5000", "5000.01", "8640.50", "10000", "10000.01", "15000")) {
      out.println("teacher " + base + " → " + schedule.monthlyDues(MemberCategory.TEACHER, new BigDecimal(base)).toPlainString());
    }
    for (String pension : List.of("5000", "5000.01")) {
      out.println("retired " + pension + " → " + schedule.monthlyDues(MemberCategory.RETIRED, new BigDecimal(pension)).toPlainString());
    }
    out.println("student → " + schedule.monthlyDues(MemberCategory.STUDENT, BigDecimal.ZERO).toPlainString());
  }
}
