package org.dangjian.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.supervision.ResponsibilityLetter;
import org.dangjian.rules.ComplianceReport;

/**
 * What an indicator measures against: the letter (its organisation and year), the dataset, and the compliance
 * report of the year, whose day ({@link #asOf()}) is the day of evaluation. Made by the library for each
 * letter; immutable.
 */
public final class IndicatorContext {
  private final OrganisationMeasures measures;
  private final ResponsibilityLetter letter;

  IndicatorContext(OrganisationMeasures measures, ResponsibilityLetter letter) {
    this.measures = Objects.requireNonNull(measures, "measures");
    this.letter = Objects.requireNonNull(letter, "letter");
  }

  /** @return the letter being assessed */
  public ResponsibilityLetter letter() {
    return letter;
  }

  /** @return the organisation answerable, the letter's {@code to} */
  public OrganisationId organisation() {
    return letter.to();
  }

  /** @return the letter's year */
  public int year() {
    return letter.year();
  }

  /** @return the day of evaluation: what happened after it is not yet known */
  public LocalDate asOf() {
    return measures.report().asOf();
  }

  /** @return the records */
  public Dataset dataset() {
    return measures.dataset();
  }

  /** @return the compliance report of the letter's year */
  public ComplianceReport report() {
    return measures.report();
  }

  /**
   * @param subtree whether the organisations beneath count too
   * @return the organisation, and with {@code subtree} everything beneath it, in tree order
   */
  public List<OrganisationId> organisations(boolean subtree) {
    return measures.withBeneath(organisation(), subtree);
  }

  OrganisationMeasures measures() {
    return measures;
  }
}
