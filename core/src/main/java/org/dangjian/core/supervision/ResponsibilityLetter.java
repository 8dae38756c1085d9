package org.dangjian.core.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.ValidationException;
import org.dangjian.core.internal.Builds;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.record.Field;
import org.dangjian.core.record.Formats;
import org.dangjian.core.record.Index;
import org.dangjian.core.record.RecordFormat;
import org.dangjian.core.record.RecordId;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.record.Ref;
import org.dangjian.core.record.UniqueKey;
import org.dangjian.core.record.ValueFormat;

/**
 * A target responsibility letter (党建工作目标责任书) one organisation signed with another for a year: the
 * bureau's committee with a school's Party organisation below it, or the county committee with the bureau.
 * What the letter asks — its items, each an indicator, a target, a weight and a due day — is a template
 * (a letter file, read by the scoring module), named here by its id; the letter itself records who signed
 * with whom, when, and where the target of an item differs for this organisation (the school's own
 * development quota, say).
 *
 * @param id the record's stable id
 * @param template the id of the letter template it was signed on
 * @param from the organisation that assigns the targets (the one above)
 * @param to the organisation answerable for them
 * @param year the year it covers
 * @param signed the day it was signed; in the year or the one before
 * @param targets the items whose target this letter sets for its organisation, each item once
 */
public record ResponsibilityLetter(RecordId id, String template, OrganisationId from, OrganisationId to, int year, LocalDate signed,
    List<Target> targets) {

  /**
   * An item's target as this letter sets it, in the place of the template's.
   *
   * @param item the template item's id
   * @param value the target
   */
  public record Target(String item, BigDecimal value) {
    /** Checks for null and a blank item. */
    public Target {
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(value, "value");
      if (item.isBlank()) {
        throw ValidationException.of("item", "invalid-value", "an item's id is not blank");
      }
    }
  }

  /** The kind's index by the organisation answerable. */
  public static final Index<ResponsibilityLetter, OrganisationId> BY_ORGANISATION = Index.on("to", ResponsibilityLetter::to);
  /** The kind's index by stable id. */
  public static final Index<ResponsibilityLetter, RecordId> BY_ID = Index.on("id", ResponsibilityLetter::id);

  private static final Field<Target, String> TARGET_ITEM = Field.required("item", ValueFormat.text(), Target::item);
  private static final Field<Target, BigDecimal> TARGET_VALUE = Field.required("value", ValueFormat.decimal(), Target::value);
  private static final RecordFormat<Target> TARGET = RecordFormat.of(Target.class,
      v -> new Target(v.get(TARGET_ITEM), v.get(TARGET_VALUE)), TARGET_ITEM, TARGET_VALUE);

  private static final Field<ResponsibilityLetter, RecordId> ID = Field.required("id", Formats.RECORD_ID, ResponsibilityLetter::id);
  private static final Field<ResponsibilityLetter, String> TEMPLATE = Field.required("template", ValueFormat.text(),
      ResponsibilityLetter::template);
  private static final Field<ResponsibilityLetter, OrganisationId> FROM = Field.required("from", Formats.ORGANISATION_ID,
      ResponsibilityLetter::from);
  private static final Field<ResponsibilityLetter, OrganisationId> TO = Field.required("to", Formats.ORGANISATION_ID, ResponsibilityLetter::to);
  private static final Field<ResponsibilityLetter, Integer> YEAR = Formats.year(ResponsibilityLetter::year);
  private static final Field<ResponsibilityLetter, LocalDate> SIGNED = Field.required("signed", ValueFormat.date(),
      ResponsibilityLetter::signed);
  private static final Field<ResponsibilityLetter, Target> TARGETS = Field.list("targets", ValueFormat.object(TARGET),
      ResponsibilityLetter::targets);

  /** How a record is written in the format. */
  public static final RecordFormat<ResponsibilityLetter> FORMAT = RecordFormat.of(ResponsibilityLetter.class,
      v -> new ResponsibilityLetter(v.get(ID), v.get(TEMPLATE), v.get(FROM), v.get(TO), v.get(YEAR), v.get(SIGNED), v.list(TARGETS)),
      ID, TEMPLATE, FROM, TO, YEAR, SIGNED, TARGETS);

  /**
   * Responsibility letters (目标责任书), {@code letters} in the format: by organisation answerable, year and id;
   * each id once, and one letter for an organisation, template and year.
   */
  public static final RecordKind<ResponsibilityLetter> KIND = RecordKind.of(ResponsibilityLetter.class).format(FORMAT)
      .names("letters", "letter")
      .unique(UniqueKey.recordId((ResponsibilityLetter r) -> Optional.of(r.id()), BY_ID))
      .unique(UniqueKey.of((ResponsibilityLetter r) -> List.of(r.to(), r.template(), r.year()),
          (ResponsibilityLetter r, String first) -> "'" + r.to() + "' has signed a letter on template '" + r.template() + "' for "
              + r.year() + " already, at " + first))
      .order(Comparator.comparing(ResponsibilityLetter::to).thenComparingInt(ResponsibilityLetter::year)
          .thenComparing(ResponsibilityLetter::id))
      .refs(Ref.toOrganisation("from", ResponsibilityLetter::from), Ref.toOrganisation("to", ResponsibilityLetter::to))
      .organisation(ResponsibilityLetter::to)
      .indexes(BY_ORGANISATION, BY_ID).build();

  /**
   * @throws ValidationException ({@code invalid-value}) for a letter an organisation signs with itself, a blank
   *     template id, an item's target set twice, or a year outside 1900–2100; ({@code invalid-date}) for a letter signed outside its year
   *     and the one before
   */
  public ResponsibilityLetter {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(signed, "signed");
    targets = List.copyOf(targets);
    Builds.requireYear(year, "year");
    if (template.isBlank()) {
      throw ValidationException.of("template", "invalid-value", "a letter names the template it was signed on");
    }
    if (from.equals(to)) {
      throw ValidationException.of("to", "invalid-value", "'" + to + "' cannot sign a responsibility letter with itself");
    }
    if (signed.getYear() != year && signed.getYear() != year - 1) {
      throw ValidationException.of("signed", "invalid-date", "a letter for " + year + " is signed in " + year + " or in "
          + (year - 1) + ", not on " + signed);
    }
    Set<String> items = new HashSet<>();
    for (int i = 0; i < targets.size(); i++) {
      if (!items.add(targets.get(i).item())) {
        throw ValidationException.of("targets[" + i + "].item", "invalid-value", "the target of item '" + targets.get(i).item()
            + "' is set twice");
      }
    }
  }

  /**
   * @param id the stable id
   * @param template the template's id
   * @param from the organisation that assigns the targets
   * @param to the organisation answerable
   * @param year the year it covers
   * @param signed the day it was signed
   * @return a letter that takes every target from its template
   */
  public static ResponsibilityLetter of(RecordId id, String template, OrganisationId from, OrganisationId to, int year, LocalDate signed) {
    return new ResponsibilityLetter(id, template, from, to, year, signed, List.of());
  }

  /**
   * @param item a template item's id
   * @param value its target for this letter's organisation
   * @return this letter with that target in the place of the template's (and of any this letter set before)
   */
  public ResponsibilityLetter withTarget(String item, BigDecimal value) {
    List<Target> more = new ArrayList<>(targets.stream().filter(t -> !t.item().equals(item)).toList());
    more.add(new Target(item, value));
    return new ResponsibilityLetter(id, template, from, to, year, signed, more);
  }

  /**
   * @param item a template item's id
   * @return the target this letter sets for it, if it sets one
   */
  public Optional<BigDecimal> targetOf(String item) {
    return targets.stream().filter(t -> t.item().equals(item)).map(Target::value).findFirst();
  }

  /** @return the letter as evidence names it: {@code letter:<id>} */
  public String evidence() {
    return "letter:" + id.value();
  }
}
