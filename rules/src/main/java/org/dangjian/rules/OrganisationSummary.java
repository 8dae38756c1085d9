package org.dangjian.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.org.OrganisationId;

/**
 * An organisation's compliance with the activity requirements of the window: its own, and rolled up
 * over everything beneath it. A requirement counts as held up to the number required, so extra
 * meetings in one month do not make up for a missing one in another.
 *
 * @param organisation the organisation
 * @param required activities required of it in periods that are over
 * @param held of those, how many were held
 * @param findings findings about it
 * @param subtreeRequired activities required of it and everything beneath it
 * @param subtreeHeld of those, how many were held
 * @param subtreeFindings findings about it and everything beneath it
 */
public record OrganisationSummary(OrganisationId organisation, int required, int held, int findings,
    int subtreeRequired, int subtreeHeld, int subtreeFindings) {

  /** Checks for nulls. */
  public OrganisationSummary {
    Objects.requireNonNull(organisation, "organisation");
  }

  /** @return held ÷ required, four decimals, rounded half-up; empty when nothing was required */
  public Optional<BigDecimal> rate() {
    return rate(held, required);
  }

  /** @return the rolled-up rate over the organisation and everything beneath it */
  public Optional<BigDecimal> subtreeRate() {
    return rate(subtreeHeld, subtreeRequired);
  }

  private static Optional<BigDecimal> rate(int held, int required) {
    return required == 0 ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(held).divide(BigDecimal.valueOf(required), 4, RoundingMode.HALF_UP));
  }
}
