package org.dangjian.core.supervision;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.ValidationException;
import org.dangjian.core.internal.Builds;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.record.Field;
import org.dangjian.core.record.Formats;
import org.dangjian.core.record.Index;
import org.dangjian.core.record.RecordFormat;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.record.Ref;
import org.dangjian.core.record.UniqueKey;
import org.dangjian.core.record.ValueFormat;

/**
 * A value entered for an organisation and a year for an indicator the library does not compute — the
 * teaching results that are planned and assessed together with Party work (党建与业务同谋划同考核), a
 * satisfaction survey — as a responsibility letter's external indicator reads it.
 *
 * @param organisation the organisation it is about
 * @param indicator the indicator's name, as a letter item names it (lower-case words, digits and hyphens)
 * @param year the year it is for
 * @param value the value
 * @param source where it comes from (a report's number, a department), where recorded
 */
public record IndicatorValue(OrganisationId organisation, String indicator, int year, BigDecimal value, Optional<String> source) {

  /** The kind's index by organisation. */
  public static final Index<IndicatorValue, OrganisationId> BY_ORGANISATION = Index.on("organisation", IndicatorValue::organisation);

  private static final Field<IndicatorValue, OrganisationId> ORGANISATION = Field.required("organisation", Formats.ORGANISATION_ID,
      IndicatorValue::organisation);
  private static final Field<IndicatorValue, String> INDICATOR = Field.required("indicator", ValueFormat.text(), IndicatorValue::indicator)
      .withSchema(Map.of("pattern", "^[a-z0-9]+(-[a-z0-9]+)*$"));
  private static final Field<IndicatorValue, Integer> YEAR = Formats.year(IndicatorValue::year);
  private static final Field<IndicatorValue, BigDecimal> VALUE = Field.required("value", ValueFormat.decimal(), IndicatorValue::value);
  private static final Field<IndicatorValue, String> SOURCE = Field.optional("source", ValueFormat.text(), IndicatorValue::source);

  /** How a record is written in the format. */
  public static final RecordFormat<IndicatorValue> FORMAT = RecordFormat.of(IndicatorValue.class,
      v -> new IndicatorValue(v.get(ORGANISATION), v.get(INDICATOR), v.get(YEAR), v.get(VALUE), v.optional(SOURCE)),
      ORGANISATION, INDICATOR, YEAR, VALUE, SOURCE);

  /**
   * Values entered for external indicators (外部指标), {@code indicatorValues} in the format: by organisation,
   * year and indicator; one for an organisation, indicator and year.
   */
  public static final RecordKind<IndicatorValue> KIND = RecordKind.of(IndicatorValue.class).format(FORMAT)
      .names("indicatorValues", "indicatorValue")
      .unique(UniqueKey.of((IndicatorValue r) -> List.of(r.organisation(), r.indicator(), r.year()),
          (IndicatorValue r, String first) -> "a value of '" + r.indicator() + "' for '" + r.organisation() + "' in " + r.year()
              + " is entered already, at " + first))
      .order(Comparator.comparing(IndicatorValue::organisation).thenComparingInt(IndicatorValue::year)
          .thenComparing(IndicatorValue::indicator))
      .refs(Ref.toOrganisation("organisation", IndicatorValue::organisation))
      .organisation(IndicatorValue::organisation)
      .indexes(BY_ORGANISATION).build();

  /**
   * @throws ValidationException ({@code invalid-code}) for an indicator name that is not lower-case words,
   *     digits and hyphens; ({@code invalid-value}) for a year outside 1900–2100
   */
  public IndicatorValue {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
    Builds.requireYear(year, "year");
    if (!indicator.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw ValidationException.of("indicator", "invalid-code", "'" + indicator
          + "' is not an indicator's name: lower-case words, digits and hyphens");
    }
  }

  /**
   * @param organisation the organisation
   * @param indicator the indicator's name
   * @param year the year
   * @param value the value
   * @return the value, with no source recorded
   */
  public static IndicatorValue of(OrganisationId organisation, String indicator, int year, BigDecimal value) {
    return new IndicatorValue(organisation, indicator, year, value, Optional.empty());
  }

  /** @return the value as evidence names it: {@code indicator-value:<organisation>/<indicator>@<year>} */
  public String evidence() {
    return "indicator-value:" + organisation.value() + "/" + indicator + "@" + year;
  }
}
