package org.dangjian.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.Labelled;
import org.dangjian.core.Labels;
import org.dangjian.core.supervision.ResponsibilityLetter;

/**
 * How far an organisation attained its responsibility letter (目标责任书完成情况) on a day: every item's target,
 * the value its indicator measured, whether it is attained, and the share of the weight it earned. The
 * letter's attainment is the weight earned over the weight of all its items, to four places.
 *
 * @param letter the letter
 * @param template the template it was assessed on, for example {@code county-school-letter@2024.1}
 * @param asOf the day of evaluation
 * @param items each item's attainment, in the template's order
 */
public record LetterAttainment(ResponsibilityLetter letter, String template, LocalDate asOf, List<ItemAttainment> items) {

  /** Where an item stands on the day. */
  public enum Status implements Labelled {
    /** The value reaches the target (exactly at it counts). */
    ATTAINED("已达标", "attained"),
    /** The value falls short, but the item is not due yet: it counts as measured, provisionally. */
    NOT_YET_DUE("未到期", "not yet due"),
    /** The item is due and the value falls short. */
    MISSED("未达标", "missed"),
    /** There is nothing to measure (an external value nobody entered): it earns nothing. */
    NO_VALUE("无数据", "no value");

    private final Labels labels;

    Status(String zh, String en) {
      this.labels = new Labels(zh, en);
    }

    @Override
    public Labels labels() {
      return labels;
    }
  }

  /**
   * An item's attainment.
   *
   * @param item the template's item
   * @param target the target that applied: the letter's own, or the template's
   * @param actual the value measured, if there was one
   * @param due the day it is due in the letter's year
   * @param status where it stands
   * @param credit the share of its weight it earned, 0 to 1, to four places
   * @param earned the weight earned: the weight times the credit, to four places
   * @param evidence what the value rests on, as the indicator says it
   */
  public record ItemAttainment(LetterTemplate.Item item, BigDecimal target, Optional<BigDecimal> actual, LocalDate due, Status status,
      BigDecimal credit, BigDecimal earned, String evidence) {
    /** Checks for nulls. */
    public ItemAttainment {
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(actual, "actual");
      Objects.requireNonNull(due, "due");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(credit, "credit");
      Objects.requireNonNull(earned, "earned");
      Objects.requireNonNull(evidence, "evidence");
    }

    /**
     * @param item the template's item
     * @param target the target that applies
     * @param measured what the indicator measured
     * @param due the day it is due
     * @param asOf the day of evaluation
     * @return the item's attainment: attained, missed, not yet due (short of the target before its due day) or no value
     */
    static ItemAttainment of(LetterTemplate.Item item, BigDecimal target, Measurement measured, LocalDate due, LocalDate asOf) {
      Optional<BigDecimal> actual = measured.value();
      Status status;
      BigDecimal credit;
      if (actual.isEmpty()) {
        status = Status.NO_VALUE;
        credit = BigDecimal.ZERO;
      } else {
        boolean attained = item.direction().attains(actual.get(), target);
        status = attained ? Status.ATTAINED : asOf.isBefore(due) ? Status.NOT_YET_DUE : Status.MISSED;
        credit = attained ? BigDecimal.ONE : item.credit() == LetterTemplate.Credit.ALL_OR_NOTHING ? BigDecimal.ZERO
            : partial(item.direction(), actual.get(), target);
      }
      credit = credit.setScale(4, RoundingMode.HALF_UP);
      return new ItemAttainment(item, target, actual, due, status, credit, item.weight().multiply(credit).setScale(4, RoundingMode.HALF_UP),
          measured.evidence());
    }

    /** The share of a target short of it reached, 0 to 1: a target of 0 or less reached by nothing short of it. */
    private static BigDecimal partial(LetterTemplate.Direction direction, BigDecimal actual, BigDecimal target) {
      boolean floor = direction == LetterTemplate.Direction.AT_LEAST;
      BigDecimal reached = floor ? actual : target;
      BigDecimal needed = floor ? target : actual;
      if (target.signum() <= 0 || reached.signum() <= 0) {
        return BigDecimal.ZERO;
      }
      return reached.divide(needed, 4, RoundingMode.HALF_UP).min(BigDecimal.ONE);
    }

    /**
     * @return for example {@code correctionRate ≥ 1: 0.75, missed — corrections:xx1@2024 (3 of 4)}, or without a value
     *     {@code external ≥ 80: no value — …}
     */
    public String explanation() {
      return item.indicator() + (item.direction() == LetterTemplate.Direction.AT_LEAST ? " ≥ " : " ≤ ") + target.toPlainString() + ": "
          + actual.map(a -> a.toPlainString() + ", " + status.labelEn()).orElse(status.labelEn()) + " — " + evidence;
    }
  }

  /** Copies the list. */
  public LetterAttainment {
    Objects.requireNonNull(letter, "letter");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(asOf, "asOf");
    items = List.copyOf(items);
  }

  /** @return the weight of all the items */
  public BigDecimal weight() {
    return items.stream().map(i -> i.item().weight()).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** @return the weight earned */
  public BigDecimal earned() {
    return items.stream().map(ItemAttainment::earned).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** @return the weight earned over the weight of all the items, 0 to 1, to four places; a letter of no items 0 */
  public BigDecimal attainment() {
    BigDecimal weight = weight();
    return weight.signum() == 0 ? BigDecimal.ZERO.setScale(4) : earned().divide(weight, 4, RoundingMode.HALF_UP);
  }

  /**
   * @param status a status
   * @return how many items stand so
   */
  public long count(Status status) {
    return items.stream().filter(i -> i.status() == status).count();
  }
}
