package org.dangjian.rules.dues;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.ValidationException;
import org.dangjian.core.member.MemberCategory;
import org.dangjian.rules.RuleEntry;
import org.dangjian.rules.RuleSet;
import org.dangjian.rules.spi.RuleParameters;

/**
 * The dues (党费) schedule of a rule set: brackets for salaried members and for retirees, fixed monthly
 * amounts for others (students: 0.2 yuan), and the rounding mode (HALF_UP unless the set says
 * otherwise). National figures: 党费规定 第二、五、六条. Immutable.
 *
 * <p>The schedule is stated in the parameters of the set's {@code dues-amount} rule:
 *
 * <pre>{@code
 * parameters:
 *   roundingMode: half-up
 *   salaried: [{upTo: 3000, rate: 0.005}, {upTo: 5000, rate: 0.01}, {upTo: 10000, rate: 0.015}, {rate: 0.02}]
 *   retired: [{upTo: 5000, rate: 0.005}, {rate: 0.01}]
 *   studentMonthly: 0.20
 * }</pre>
 */
public final class DuesSchedule {
  private final List<DuesBracket> salaried;
  private final List<DuesBracket> retired;
  private final Optional<BigDecimal> studentMonthly;
  private final RoundingMode roundingMode;

  private DuesSchedule(List<DuesBracket> salaried, List<DuesBracket> retired, Optional<BigDecimal> studentMonthly,
      RoundingMode roundingMode) {
    this.salaried = List.copyOf(salaried);
    this.retired = List.copyOf(retired);
    this.studentMonthly = studentMonthly;
    this.roundingMode = roundingMode;
  }

  /**
   * @param set a resolved rule set with a {@code dues-amount} rule
   * @return its schedule
   * @throws ValidationException ({@code no-dues-schedule}) if the set has no such rule
   */
  public static DuesSchedule of(RuleSet set) {
    Objects.requireNonNull(set, "set");
    RuleEntry entry = set.entries().stream().filter(e -> e.type().equals("dues-amount")).findFirst()
        .orElseThrow(() -> ValidationException.of("", "no-dues-schedule", "rule set " + set.id() + " has no dues-amount rule"));
    return from(entry.parameters());
  }

  /**
   * @param parameters the parameters of a {@code dues-amount} rule
   * @return the schedule
   * @throws ValidationException naming the parameter that is wrong
   */
  public static DuesSchedule from(RuleParameters parameters) {
    String rounding = parameters.optionalText("roundingMode").orElse("half-up");
    // UNNECESSARY is not a way of rounding: it throws for the first amount that needs rounding.
    RoundingMode mode = java.util.Arrays.stream(RoundingMode.values()).filter(m -> m != RoundingMode.UNNECESSARY)
        .filter(m -> m.name().equals(rounding.toUpperCase(Locale.ROOT).replace('-', '_'))).findFirst()
        .orElseThrow(() -> ValidationException.of("roundingMode", "invalid-parameter", "unknown rounding mode '" + rounding
            + "'; expected one of: ceiling, down, floor, half-down, half-even, half-up, up"));
    Optional<BigDecimal> student = parameters.has("studentMonthly") ? Optional.of(parameters.decimal("studentMonthly")) : Optional.empty();
    return new DuesSchedule(brackets(parameters, "salaried"), brackets(parameters, "retired"), student, mode);
  }

  private static List<DuesBracket> brackets(RuleParameters parameters, String name) {
    List<RuleParameters> objects = parameters.objects(name);
    if (objects.isEmpty()) {
      throw ValidationException.of(name, "missing-parameter", "the schedule needs " + name + " brackets");
    }
    List<DuesBracket> brackets = new ArrayList<>();
    BigDecimal previous = BigDecimal.ZERO.negate();
    for (int i = 0; i < objects.size(); i++) {
      RuleParameters bracket = objects.get(i);
      BigDecimal rate = bracket.decimal("rate");
      if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
        throw ValidationException.of(name + "[" + i + "].rate", "invalid-parameter", "a rate is between 0 and 1, not " + rate);
      }
      boolean last = i == objects.size() - 1;
      if (last != !bracket.has("upTo")) {
        throw ValidationException.of(name + "[" + i + "].upTo", "invalid-parameter",
            last ? "the last bracket is open: it has no upTo" : "every bracket but the last has an upTo");
      }
      Optional<BigDecimal> upTo = last ? Optional.empty() : Optional.of(bracket.decimal("upTo"));
      if (upTo.isPresent() && upTo.get().compareTo(previous) <= 0) {
        throw ValidationException.of(name + "[" + i + "].upTo", "invalid-parameter", "brackets rise: " + upTo.get() + " after " + previous);
      }
      previous = upTo.orElse(previous);
      brackets.add(new DuesBracket(upTo, rate));
      bracket.unreadKeys().stream().findFirst().ifPresent(key -> {
        throw ValidationException.of(key, "unknown-parameter", "a bracket has only upTo and rate, not " + key);
      });
    }
    return brackets;
  }

  /** @return the brackets for salaried members */
  public List<DuesBracket> salaried() {
    return salaried;
  }

  /** @return the brackets for retirees */
  public List<DuesBracket> retired() {
    return retired;
  }

  /** @return the fixed monthly dues of students, if the schedule sets them */
  public Optional<BigDecimal> studentMonthly() {
    return studentMonthly;
  }

  /** @return how amounts are rounded to the fen */
  public RoundingMode roundingMode() {
    return roundingMode;
  }

  /**
   * @param category the member's category
   * @param monthlyBase the declared monthly base, for categories paid by rate
   * @return the monthly dues in yuan with two decimals
   * @throws ValidationException ({@code no-dues-rate}) for a student without a fixed amount in the schedule
   */
  public BigDecimal monthlyDues(MemberCategory category, BigDecimal monthlyBase) {
    Objects.requireNonNull(monthlyBase, "monthlyBase");
    if (category == MemberCategory.STUDENT) {
      return studentMonthly.orElseThrow(() -> ValidationException.of("", "no-dues-rate", "the schedule sets no dues for students"))
          .setScale(2, roundingMode);
    }
    List<DuesBracket> brackets = category == MemberCategory.RETIRED ? retired : salaried;
    BigDecimal rate = brackets.stream().filter(b -> b.upTo().map(up -> monthlyBase.compareTo(up) <= 0).orElse(true))
        .findFirst().orElseThrow().rate();
    return monthlyBase.multiply(rate).setScale(2, roundingMode);
  }
}
