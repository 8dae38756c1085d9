package org.dangjian.core.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dangjian.core.ValidationException;
import org.dangjian.core.internal.Builds;
import org.dangjian.core.internal.DomainStyle;
import org.dangjian.core.member.MemberId;
import org.immutables.value.Value;

/**
 * The elected leadership of an organisation: a 支部委员会 (branch with 7 or more full members), a
 * general-branch or grassroots committee, or the secretary (and deputy) of a small branch.
 *
 * <p>The term runs from the {@linkplain #elected() election} for {@linkplain #termYears() a number of
 * years} (generally 3 for branches and general branches, 5 for grassroots committees — 任期意见);
 * whether it is overdue is a rule, judged by the compliance engine. Positions keep their history:
 * an ended position stays, with its last day.
 */
@Value.Immutable
@DomainStyle
public abstract class Committee {

  /** The longest term the library accepts, in years. */
  public static final int MAX_TERM_YEARS = 10;

  Committee() {}

  /** @return the day of the election (or the appointment, for a group leader) */
  public abstract LocalDate elected();

  /** @return the length of the term in whole years */
  public abstract int termYears();

  /** @return the positions, current and past, in the order given */
  public abstract List<Position> positions();

  /**
   * @param values the new positions
   * @return a copy with those positions
   */
  public abstract Committee withPositions(Iterable<? extends Position> values);

  /** @return the approved postponement of the next election (延期换届), where recorded */
  public abstract Optional<Postponement> postponement();

  /**
   * @param value the approved postponement
   * @return a copy with it recorded
   */
  public abstract Committee withPostponement(Postponement value);

  /** @return the day the term ends: the election date plus the term, in calendar years */
  public LocalDate termEnd() {
    return elected().plusYears(termYears());
  }

  /**
   * @param date a day
   * @return the distinct members holding a position on that day, sorted
   */
  public Set<MemberId> holdersOn(LocalDate date) {
    Set<MemberId> holders = new TreeSet<>();
    for (Position position : positions()) {
      if (position.heldOn(date)) {
        holders.add(position.member());
      }
    }
    return holders;
  }

  /**
   * @param elected the election day
   * @param termYears the term in years
   * @param positions the positions
   * @return the committee
   */
  public static Committee of(LocalDate elected, int termYears, List<Position> positions) {
    return builder().elected(elected).termYears(termYears).positions(positions).build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (termYears() < 1 || termYears() > MAX_TERM_YEARS) {
      throw ValidationException.of("termYears", "invalid-value",
          "a term of " + termYears() + " years is outside 1–" + MAX_TERM_YEARS);
    }
    postponement().filter(p -> p.approvedOn().isBefore(elected())).ifPresent(p -> {
      throw ValidationException.of("postponement.approvedOn", "end-before-start",
          "the postponement approved on " + p.approvedOn() + " comes before the election of " + elected());
    });
  }

  /** Builds a {@link Committee}; {@link #build()} throws a {@code ValidationException} naming what is missing. */
  public static final class Builder extends ImmutableCommittee.Builder {
    Builder() {}

    @Override
    public Committee build() {
      return Builds.build(super::build);
    }
  }
}
