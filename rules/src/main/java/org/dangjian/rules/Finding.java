package org.dangjian.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.time.ReportingPeriod;
import org.jspecify.annotations.Nullable;

/**
 * One thing a rule found wrong (or worth knowing): which rule, how serious, where (the responsible
 * organisation and the subject), in which period and since when, a message code with its arguments
 * (rendered in Chinese or English by {@link FindingMessages}), the regulation's citation, and the
 * records it rests on. Immutable; made by {@link #builder} (rules make theirs through
 * {@link org.dangjian.rules.spi.EvaluationContext#finding}).
 */
public final class Finding {
  private final String ruleId;
  private final Severity severity;
  private final OrganisationId organisation;
  private final Subject subject;
  private final @Nullable ReportingPeriod period;
  private final @Nullable LocalDate since;
  private final String messageCode;
  private final SortedMap<String, String> arguments;
  private final Citation citation;
  private final List<String> evidence;
  /** The hash code, computed on first use (0 until then), as {@link String} does: a session compares many. */
  private int hash;

  private Finding(Builder b) {
    this.ruleId = b.ruleId;
    this.severity = b.severity;
    this.organisation = b.organisation;
    this.subject = b.subject;
    this.period = b.period;
    this.since = b.since;
    this.messageCode = b.messageCode;
    this.arguments = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(b.arguments));
    this.citation = b.citation;
    this.evidence = List.copyOf(b.evidence);
  }

  /**
   * Starts a finding with what every finding has.
   *
   * @param ruleId the id of the rule entry in the rule set, for example {@code branch-committee-monthly}
   * @param severity how serious
   * @param organisation the organisation responsible: findings are sorted and rolled up by it
   * @param subject what the finding is about
   * @param messageCode the message template's key
   * @param citation where the rule comes from
   * @return a builder; {@link Builder#build()} makes the finding
   */
  public static Builder builder(String ruleId, Severity severity, OrganisationId organisation, Subject subject,
      String messageCode, Citation citation) {
    return new Builder(ruleId, severity, organisation, subject, messageCode, citation);
  }

  /** @return the id of the rule entry in the rule set, for example {@code branch-committee-monthly} */
  public String ruleId() {
    return ruleId;
  }

  /** @return how serious */
  public Severity severity() {
    return severity;
  }

  /** @return the organisation responsible: findings are sorted and rolled up by it */
  public OrganisationId organisation() {
    return organisation;
  }

  /** @return what the finding is about */
  public Subject subject() {
    return subject;
  }

  /** @return the reporting period concerned, if the rule counts by period */
  public Optional<ReportingPeriod> period() {
    return Optional.ofNullable(period);
  }

  /** @return the day the problem began, where known */
  public Optional<LocalDate> since() {
    return Optional.ofNullable(since);
  }

  /** @return the message template's key */
  public String messageCode() {
    return messageCode;
  }

  /** @return the values the message names, by placeholder name */
  public SortedMap<String, String> arguments() {
    return arguments;
  }

  /** @return where the rule comes from */
  public Citation citation() {
    return citation;
  }

  /** @return the records it rests on, as {@code kind:id} (for example {@code activity:a-104}) */
  public List<String> evidence() {
    return evidence;
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
    if (period != null) {
      id.append('/').append(period);
    }
    id.append('/').append(messageCode);
    if (since != null) {
      id.append('@').append(since);
    }
    return id.toString();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Finding f && (hash == 0 || f.hash == 0 || hash == f.hash) && ruleId.equals(f.ruleId) && severity == f.severity && organisation.equals(f.organisation)
        && subject.equals(f.subject) && Objects.equals(period, f.period) && Objects.equals(since, f.since)
        && messageCode.equals(f.messageCode) && arguments.equals(f.arguments) && citation.equals(f.citation)
        && evidence.equals(f.evidence);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = Objects.hash(ruleId, severity, organisation, subject, period, since, messageCode, arguments, citation, evidence);
      hash = h;
    }
    return h;
  }

  /** @return the finding's id, severity, arguments and evidence, for logs and test failures */
  @Override
  public String toString() {
    return "Finding[" + id() + ", " + severity + ", arguments=" + arguments + ", evidence=" + evidence + "]";
  }

  /** Builds one finding; {@link Finding#builder} starts it. Not thread-safe. */
  public static final class Builder {
    private final String ruleId;
    private Severity severity;
    private final OrganisationId organisation;
    private final Subject subject;
    private @Nullable ReportingPeriod period;
    private @Nullable LocalDate since;
    private String messageCode;
    private final SortedMap<String, String> arguments = new TreeMap<>();
    private final Citation citation;
    private final List<String> evidence = new ArrayList<>();

    private Builder(String ruleId, Severity severity, OrganisationId organisation, Subject subject, String messageCode,
        Citation citation) {
      this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
      this.severity = Objects.requireNonNull(severity, "severity");
      this.organisation = Objects.requireNonNull(organisation, "organisation");
      this.subject = Objects.requireNonNull(subject, "subject");
      this.messageCode = Objects.requireNonNull(messageCode, "messageCode");
      this.citation = Objects.requireNonNull(citation, "citation");
    }

    /**
     * @param value how serious, instead of the severity it was started with
     * @return this builder
     */
    public Builder severity(Severity value) {
      this.severity = Objects.requireNonNull(value, "severity");
      return this;
    }

    /**
     * @param value the message template's key, instead of the one it was started with
     * @return this builder
     */
    public Builder message(String value) {
      this.messageCode = Objects.requireNonNull(value, "messageCode");
      return this;
    }

    /**
     * @param value the reporting period concerned
     * @return this builder
     */
    public Builder period(ReportingPeriod value) {
      this.period = Objects.requireNonNull(value, "period");
      return this;
    }

    /**
     * @param value the day the problem began
     * @return this builder
     */
    public Builder since(LocalDate value) {
      this.since = Objects.requireNonNull(value, "since");
      return this;
    }

    /**
     * @param name a placeholder the message names as {@code {name}}
     * @param value its value, as text
     * @return this builder
     */
    public Builder argument(String name, String value) {
      arguments.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * @param records records the finding rests on, as {@code kind:id}, after those given before
     * @return this builder
     */
    public Builder evidence(List<String> records) {
      records.forEach(r -> evidence.add(Objects.requireNonNull(r, "evidence")));
      return this;
    }

    /**
     * @return the finding
     * @throws IllegalStateException if its message code is empty
     */
    public Finding build() {
      if (messageCode.isEmpty()) {
        throw new IllegalStateException("rule " + ruleId + " made a finding without a message code");
      }
      return new Finding(this);
    }
  }
}
