package org.dangjian.core.supervision;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.Labels;
import org.dangjian.core.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * What kind of {@link Inspection} was made: one of the standard kinds, or a kind a region names for itself
 * by its code (for example {@code year-end-review}), which is then its own label.
 *
 * <p>Files carry the {@linkplain #code() code}: lower-case words and digits joined by hyphens.
 */
public final class InspectionKind implements Comparable<InspectionKind> {
  /** 抽查考核: the bureau's spot check of a school's Party work, half-yearly and at year end. */
  public static final InspectionKind SPOT_CHECK = new InspectionKind("spot-check", new Labels("抽查考核", "spot check"));
  /** 巡查: an inspection tour of the bureau's committee. */
  public static final InspectionKind TOUR = new InspectionKind("tour", new Labels("巡查", "inspection tour"));
  /** 季度体检: a quarterly check-up. */
  public static final InspectionKind QUARTERLY_CHECKUP = new InspectionKind("quarterly-checkup", new Labels("季度体检", "quarterly check-up"));
  /** 审计: an audit, on a cycle of years. */
  public static final InspectionKind AUDIT = new InspectionKind("audit", new Labels("审计", "audit"));
  /** 社会督导: supervision by parents and the public, whose feedback is to be corrected. */
  public static final InspectionKind SOCIAL_SUPERVISION = new InspectionKind("social-supervision", new Labels("社会督导", "social supervision"));

  private static final List<InspectionKind> STANDARD = List.of(SPOT_CHECK, TOUR, QUARTERLY_CHECKUP, AUDIT, SOCIAL_SUPERVISION);

  private final String code;
  private final Labels labels;

  private InspectionKind(String code, Labels labels) {
    this.code = code;
    this.labels = labels;
  }

  /** @return the standard kinds, in the order above */
  public static List<InspectionKind> standard() {
    return STANDARD;
  }

  /**
   * @param code a kind's code
   * @return the standard kind of that code, or a kind of the region's own labelled with its code
   * @throws ValidationException ({@code invalid-code}) for a code that is not lower-case words and digits
   *     joined by hyphens
   */
  public static InspectionKind of(String code) {
    Objects.requireNonNull(code, "code");
    Optional<InspectionKind> standard = STANDARD.stream().filter(k -> k.code.equals(code)).findFirst();
    if (standard.isPresent()) {
      return standard.get();
    }
    if (!code.matches("[a-z0-9]+(-[a-z0-9]+)*") || code.length() > 64) {
      throw ValidationException.of("", "invalid-code", "'" + code + "' is not an inspection kind: one of " + STANDARD.stream().map(k -> k.code)
          .toList() + ", or a code of lower-case words and digits joined by hyphens");
    }
    return new InspectionKind(code, new Labels(code, code));
  }

  /** @return the code files carry */
  public String code() {
    return code;
  }

  /** @return the kind's name, in Chinese and English; a region's own kind is named by its code */
  public Labels labels() {
    return labels;
  }

  /** @return whether it is one of the {@linkplain #standard() standard} kinds */
  public boolean isStandard() {
    return STANDARD.contains(this);
  }

  @Override
  public int compareTo(InspectionKind other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof InspectionKind k && code.equals(k.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** @return the code */
  @Override
  public String toString() {
    return code;
  }
}
