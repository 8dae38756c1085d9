package org.dangjian.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.time.ReportingPeriod;

/**
 * One thing a rule found wrong (or worth knowing): which rule, how serious, where (the responsible
 * organisation and the subject), in which period and since when, a message code with its arguments
 * (rendered in Chinese or English by {@link FindingMessages}), the regulation's citation, and the
 * records it rests on.
 *
 * @param ruleId the id of the rule entry in the rule set, for example {@code branch-committee-monthly}
 * @param severity how serious
 * @param organisation the organisation responsible: findings are sorted and rolled up by it
 * @param subject what the finding is about
 * @param period the reporting period concerned, if the rule counts by period
 * @param since the day the problem began, where known
 * @param messageCode the message template's key
 * @param arguments the values the message names, by placeholder name
 * @param citation where the rule comes from
 * @param evidence the records it rests on, as {@code kind:id} (for example {@code activity:a-104})
 */
public record Finding(
    String ruleId,
    Severity severity,
    OrganisationId organisation,
    Subject subject,
    Optional<ReportingPeriod> period,
    Optional<LocalDate> since,
    String messageCode,
    SortedMap<String, String> arguments,
    Citation citation,
    List<String> evidence) {

  /** Checks for nulls and copies the collections. */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(messageCode, "messageCode");
    Objects.requireNonNull(citation, "citation");
    arguments = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(arguments));
    evidence = List.copyOf(evidence);
  }

  /**
   * The finding's stable id, made from what identifies it — rule, responsible organisation, subject, period,
   * message and the day it began — so that the same finding has the same id in every evaluation of the same
   * records, and a vendor's UI can keep what a user did about it (seen, assigned, corrected) across runs:
   * {@code dues-arrears/b07/member:m0513/2024/dues-arrears.months@2024-03-01}. Unique within a report (a school
   * covered by two organisations has a finding from each).
   *
   * @return the id
   */
  public String id() {
    StringBuilder id = new StringBuilder(ruleId).append('/').append(organisation.value()).append('/').append(subject);
    period.ifPresent(p -> id.append('/').append(p));
    id.append('/').append(messageCode);
    since.ifPresent(day -> id.append('@').append(day));
    return id.toString();
  }
}
