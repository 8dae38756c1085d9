package org.dangjian.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.time.SchoolCalendar;
import org.dangjian.rules.spi.RuleParameters;

/**
 * A rule set resolved for a day: the national baseline with every regional overlay on the way
 * flattened into one list of entries, as {@link RuleSetRegistry#resolve} returns it. Immutable.
 */
public final class RuleSet {
  private final String id;
  private final String version;
  private final String title;
  private final java.util.Optional<String> jurisdiction;
  private final LocalDate effectiveOn;
  private final List<String> chain;
  private final RuleParameters parameters;
  private final List<ActivityType> activityTypes;
  private final List<RuleEntry> entries;
  private final SchoolCalendar calendar;

  /**
   * @param id the set's id
   * @param version the version of the set's own file
   * @param title the set's title
   * @param jurisdiction where it applies, as the set's own file states
   * @param effectiveOn the day it was resolved for
   * @param chain each set in the overlay chain as {@code id@version}, baseline first
   * @param parameters set-wide parameters, overlays merged
   * @param activityTypes activity types the chain declares
   * @param entries the rules, by id
   */
  public RuleSet(String id, String version, String title, java.util.Optional<String> jurisdiction, LocalDate effectiveOn,
      List<String> chain,
      RuleParameters parameters, List<ActivityType> activityTypes, List<RuleEntry> entries) {
    this(id, version, title, jurisdiction, effectiveOn, chain, parameters, activityTypes, entries, SchoolCalendar.NONE);
  }

  /**
   * @param id the set's id
   * @param version the version of the top set
   * @param title the top set's title
   * @param jurisdiction where it applies, if stated
   * @param effectiveOn the day it was resolved for
   * @param chain each set in the overlay chain as {@code id@version}, baseline first
   * @param parameters set-wide parameters, overlays merged
   * @param activityTypes activity types the chain declares
   * @param entries the rules, by id
   * @param calendar the school calendar, the last one the chain states ({@link SchoolCalendar#NONE} if none does)
   */
  public RuleSet(String id, String version, String title, java.util.Optional<String> jurisdiction, LocalDate effectiveOn,
      List<String> chain,
      RuleParameters parameters, List<ActivityType> activityTypes, List<RuleEntry> entries, SchoolCalendar calendar) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.id = Objects.requireNonNull(id, "id");
    this.version = Objects.requireNonNull(version, "version");
    this.title = Objects.requireNonNull(title, "title");
    this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
    this.effectiveOn = Objects.requireNonNull(effectiveOn, "effectiveOn");
    this.chain = List.copyOf(chain);
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.activityTypes = List.copyOf(activityTypes);
    this.entries = entries.stream().sorted(java.util.Comparator.comparing(RuleEntry::id)).toList();
  }

  /** @return the school calendar frequency rules count within ({@link SchoolCalendar#NONE} if the chain states none) */
  public SchoolCalendar calendar() {
    return calendar;
  }

  /** @return the set's id, for example {@code cn-national} */
  public String id() {
    return id;
  }

  /** @return the version of the set's own file */
  public String version() {
    return version;
  }

  /** @return the set's title */
  public String title() {
    return title;
  }

  /** @return where it applies, as the set's own file states */
  public java.util.Optional<String> jurisdiction() {
    return jurisdiction;
  }

  /** @return the day it was resolved for */
  public LocalDate effectiveOn() {
    return effectiveOn;
  }

  /** @return each set in the overlay chain as {@code id@version}, baseline first */
  public List<String> chain() {
    return chain;
  }

  /** @return set-wide parameters, overlays merged */
  public RuleParameters parameters() {
    return parameters;
  }

  /** @return activity types the chain declares beyond the standard ones */
  public List<ActivityType> activityTypes() {
    return activityTypes;
  }

  /** @return the rules, by id */
  public List<RuleEntry> entries() {
    return entries;
  }

  /**
   * @param entryId an entry id
   * @return the entry, if the set has it
   */
  public Optional<RuleEntry> entry(String entryId) {
    Objects.requireNonNull(entryId, "entryId");
    return entries.stream().filter(e -> e.id().equals(entryId)).findFirst();
  }

  /** @return for example {@code qinghe-county@2024.1 (cn-national@2024.1 → qinghe-county@2024.1), 23 rules} */
  @Override
  public String toString() {
    return id + "@" + version + " (" + String.join(" → ", chain) + "), " + entries.size() + " rules";
  }
}
