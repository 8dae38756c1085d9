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
import org.dangjian.rules.spi.Parameter;
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
  private static final Parameter<BigDecimal> UP_TO = Parameter.decimal("upTo", BigDecimal.ZERO, org.dangjian.core.json.StrictObject.MAX_DECIMAL)
      .asOptional().withMeaning("本档月收入上限（含）；最后一档不写", "the monthly income this bracket reaches (included); not on the last")
      .withExample("3000");
  private static final Parameter<BigDecimal> RATE = Parameter.decimal("rate", BigDecimal.ZERO, BigDecimal.ONE)
      .withMeaning("交纳比例（0至1）", "the share of income paid, 0 to 1").withExample("0.005");
  private static final Parameter<List<RuleParameters>> SALARIED = Parameter.objects("salaried", List.of(UP_TO, RATE)).asRequired()
      .withMeaning("在职党员按月收入分档的交纳比例", "the brackets for salaried members, by monthly income")
      .withExample("[{upTo: 3000, rate: 0.005}, {rate: 0.01}]");
  private static final Parameter<List<RuleParameters>> RETIRED = Parameter.objects("retired", List.of(UP_TO, RATE)).asRequired()
      .withMeaning("离退休党员按月收入分档的交纳比例", "the brackets for retirees, by monthly pension")
      .withExample("[{upTo: 5000, rate: 0.005}, {rate: 0.01}]");
  private static final Parameter<BigDecimal> STUDENT_MONTHLY = Parameter.decimal("studentMonthly", BigDecimal.ZERO,
      BigDecimal.valueOf(1000)).asOptional().withMeaning("学生党员每月固定交纳的金额（元）", "the fixed monthly amount students pay, in yuan")
      .withExample("0.2");
  private static final Parameter<String> ROUNDING_MODE = Parameter.choice("roundingMode", "ceiling", "down", "floor", "half-down",
      "half-even", "half-up", "up").withDefault("half-up").withMeaning("应交金额的舍入方式（到分）", "how an amount due is rounded to the fen")
      .withExample("half-up");

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
    String rounding = parameters.get(ROUNDING_MODE);
    RoundingMode mode = RoundingMode.valueOf(rounding.toUpperCase(Locale.ROOT).replace('-', '_'));
    Optional<BigDecimal> student = parameters.find(STUDENT_MONTHLY);
    return new DuesSchedule(brackets(parameters, SALARIED), brackets(parameters, RETIRED), student, mode);
  }

  /**
   * @return the parameters a {@code dues-amount} rule reads: the two bracket tables, the students' fixed monthly
   *     amount and the rounding mode
   */
  public static List<Parameter<?>> parameters() {
    return List.of(SALARIED, RETIRED, STUDENT_MONTHLY, ROUNDING_MODE);
  }

  private static List<DuesBracket> brackets(RuleParameters parameters, Parameter<List<RuleParameters>> table) {
    String name = table.name();
    List<RuleParameters> objects = parameters.get(table);
    if (objects.isEmpty()) {
      throw ValidationException.of(name, "missing-parameter", "the schedule needs " + name + " brackets");
    }
    List<DuesBracket> brackets = new ArrayList<>();
    BigDecimal previous = BigDecimal.ZERO.negate();
    for (int i = 0; i < objects.size(); i++) {
      RuleParameters bracket = objects.get(i);
      BigDecimal rate = bracket.get(RATE);
      boolean last = i == objects.size() - 1;
      Optional<BigDecimal> upTo = bracket.find(UP_TO);
      if (last == upTo.isPresent()) {
        throw ValidationException.of(name + "[" + i + "].upTo", "invalid-parameter",
            last ? "the last bracket is open: it has no upTo" : "every bracket but the last has an upTo");
      }
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
    DuesBracket bracket = null; // the first the base fits; the last, checked open-ended, fits any
    for (DuesBracket b : brackets) {
      if (b.upTo().isEmpty() || monthlyBase.compareTo(b.upTo().get()) <= 0) {
        bracket = b;
        break;
      }
    }
    if (bracket == null) {
      throw new java.util.NoSuchElementException("no dues bracket holds " + monthlyBase.toPlainString());
    }
    BigDecimal rate = bracket.rate();
    return monthlyBase.multiply(rate).setScale(2, roundingMode);
  }
}
