package org.dangjian.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import org.dangjian.core.ValidationException;
import org.dangjian.scoring.spi.IndicatorProvider;

/**
 * The indicators a letter registry knows, by name: the built-in ones and an application's own. Immutable and
 * thread-safe.
 *
 * <p>Built in: {@code complianceRate} (规定活动完成率), {@code correctionRate} (整改按期完成率), {@code
 * inspectionScore} (督查检查平均得分), {@code attendanceRate} (活动出席率), {@code governanceShare} (实行党组织领导的校长负责制的
 * 学校比例), {@code admissions} (发展党员数, against
 * the development quota a letter sets as the target), {@code trainings} (党员或书记参加培训达标率), {@code
 * commitmentsKept} (承诺事项践诺率) and {@code external} (a value entered, {@code indicatorValues} in a dataset).
 * {@code dangjian rules list} names each with its parameters, {@code dangjian rules show NAME} describes them.
 */
public final class Indicators {
  private final Map<String, Indicator> byName;

  private Indicators(Map<String, Indicator> byName) {
    this.byName = byName;
  }

  /** @return the built-in indicators alone */
  public static Indicators builtIn() {
    return Standard.BUILT_IN;
  }

  /** @return the built-in indicators and those of every provider on the class path */
  public static Indicators standard() {
    return Standard.DISCOVERED;
  }

  private static final class Standard {
    static final Indicators BUILT_IN = builder().build();
    static final Indicators DISCOVERED = builder().discover().build();
  }

  /** @return a builder holding the built-in indicators */
  public static Builder builder() {
    return new Builder();
  }

  /** @return every indicator, the built-in ones first, in the order they were added */
  public List<Indicator> all() {
    return List.copyOf(byName.values());
  }

  /**
   * @param name an indicator's name, for example {@code correctionRate}
   * @return the indicator, if there is one of that name
   */
  public Optional<Indicator> named(String name) {
    Objects.requireNonNull(name, "name");
    return Optional.ofNullable(byName.get(name));
  }

  /** @return the names, for example {@code [complianceRate, correctionRate, …]} */
  @Override
  public String toString() {
    return byName.keySet().toString();
  }

  /** Assembles the indicators; a name is taken once. */
  public static final class Builder {
    private final List<Indicator> indicators = new ArrayList<>(BuiltInIndicators.ALL);

    private Builder() {}

    /**
     * @param indicator an indicator of one's own
     * @return this builder
     */
    public Builder add(Indicator indicator) {
      indicators.add(Objects.requireNonNull(indicator, "indicator"));
      return this;
    }

    /** @return this builder, with the indicators of every provider on the class path */
    public Builder discover() {
      ServiceLoader.load(IndicatorProvider.class, Indicators.class.getClassLoader()).forEach(p -> p.indicators().forEach(this::add));
      return this;
    }

    /**
     * @return the indicators
     * @throws ValidationException ({@code duplicate-id}) for a name taken twice
     */
    public Indicators build() {
      Map<String, Indicator> byName = new LinkedHashMap<>();
      for (Indicator indicator : indicators) {
        Indicator first = byName.putIfAbsent(indicator.name(), indicator);
        if (first != null) {
          throw ValidationException.of("indicators", "duplicate-id", "indicator '" + indicator.name() + "' is declared twice: by "
              + first.getClass().getName() + " and by " + indicator.getClass().getName());
        }
      }
      return new Indicators(Collections.unmodifiableMap(byName));
    }
  }
}
