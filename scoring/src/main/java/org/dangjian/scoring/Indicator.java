package org.dangjian.scoring;

import java.util.List;
import org.dangjian.core.Labels;
import org.dangjian.rules.spi.Parameter;
import org.dangjian.rules.spi.RuleParameters;

/**
 * What a responsibility letter's item measures (指标): a value of an organisation's year, computed from the
 * data the library holds (the share of required activities held, the corrections closed in time, the
 * members admitted…) or read from values entered for it ({@code external}). A letter file names an
 * indicator as the single key of an item's {@code indicator}, with its parameters, which are declared like a
 * rule type's and checked when the letter registry is built.
 *
 * <p>The built-in indicators are in {@link Indicators#builtIn()}; an application adds its own through
 * {@link org.dangjian.scoring.spi.IndicatorProvider}. An implementation is immutable and thread-safe, and
 * measures as of {@link IndicatorContext#asOf()}: what happened after that day is not yet known.
 */
public interface Indicator {

  /** @return the key letter files use, for example {@code correctionRate} */
  String name();

  /** @return what it measures, in Chinese and English */
  Labels labels();

  /** @return the parameters it reads; a letter's item is checked against them */
  List<Parameter<?>> parameters();

  /**
   * @param context the organisation, its letter and year, the data and the day
   * @param parameters the item's parameters, checked against {@link #parameters()}
   * @return the value and what it rests on
   */
  Measurement measure(IndicatorContext context, RuleParameters parameters);
}
