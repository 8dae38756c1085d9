package org.dangjian.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.Region;
import org.dangjian.core.json.DatasetFormat;
import org.dangjian.core.json.Syntax;
import org.dangjian.core.member.EventType;
import org.dangjian.core.member.Gender;
import org.dangjian.core.member.IllegalTransitionException;
import org.dangjian.core.member.Lifecycle;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberCategory;
import org.dangjian.core.member.MemberEvent;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.member.MemberStatus;
import org.dangjian.core.member.TransferLetter;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.org.OrganisationKind;
import org.junit.jupiter.api.Test;

/** Properties of the lifecycle over generated histories (QuickTheories, seeds into the framework-neutral generator). */
class LifecyclePropertiesTest {
  private static final LocalDate START = LocalDate.of(2000, 1, 1);
  private static final OrganisationId BRANCH = OrganisationId.of("b1");
  private static final List<MemberId> POOL = List.of(MemberId.of("p1"), MemberId.of("p2"), MemberId.of("p3"));
  private static final HistoryGenerator GENERATOR = new HistoryGenerator(POOL, BRANCH);

  @Test
  void everyGeneratedHistoryReplaysToItsExpectedStatus() {
    AtomicInteger checked = new AtomicInteger();
    qt().withExamples(2000).forAll(longs().all()).checkAssert(seed -> {
      HistoryGenerator.Generated generated = GENERATOR.next(new SplittableRandom(seed), START);
      assertThat(Lifecycle.replay(generated.history()).status()).as("seed %s: %s", seed, generated.history())
          .isEqualTo(generated.expected());
      checked.incrementAndGet();
    });
    assertThat(checked).hasValue(2000);
  }

  @Test
  void aMembersFactsOnAnyDayAreThoseOfReplayingItsHistoryToThatDay() {
    // Member.factsOn answers from a timeline of states; Lifecycle.factsOn replays. They must never differ:
    // on each event's day, the day before and after, a leap day, and days far before and after.
    qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
      List<MemberEvent> history = GENERATOR.next(new SplittableRandom(seed), START).history();
      Member member = member(MemberId.of("t1"), history);
      List<LocalDate> days = new ArrayList<>(List.of(LocalDate.of(1900, 1, 1), LocalDate.of(2024, 2, 29),
          LocalDate.of(2100, 12, 31)));
      for (MemberEvent event : history) {
        days.add(event.date().minusDays(1));
        days.add(event.date());
        days.add(event.date().plusDays(1));
        days.add(event.date().plusYears(1));
      }
      for (LocalDate day : days) {
        assertThat(member.factsOn(day)).as("seed %s, day %s", seed, day).isEqualTo(Lifecycle.factsOn(history, day));
      }
    });
  }

  @Test
  void theSameSeedGivesTheSameHistory() {
    qt().forAll(longs().all()).checkAssert(seed ->
        assertThat(GENERATOR.next(new SplittableRandom(seed), START)).isEqualTo(GENERATOR.next(new SplittableRandom(seed), START)));
  }

  @Test
  void removingAPrerequisiteMakesReplayFailAtTheEventThatNeededIt() {
    List<EventType> prerequisites = List.of(EventType.ACTIVIST_DESIGNATED, EventType.CANDIDATE_DESIGNATED,
        EventType.POLITICAL_REVIEWED, EventType.TRAINING_COMPLETED, EventType.INTRODUCERS_NAMED, EventType.ADMITTED,
        EventType.ADMISSION_APPROVED);
    qt().forAll(longs().all(), integers().between(0, prerequisites.size() - 1)).checkAssert((seed, which) -> {
      List<MemberEvent> history = developedToFull(seed);
      EventType removedType = prerequisites.get(which);
      // The last passed political review is the one the admission rests on.
      int removed = lastIndexOf(history, removedType);
      List<MemberEvent> broken = new ArrayList<>(history);
      broken.remove(removed);

      int expectedFailure = switch (removedType) {
        case POLITICAL_REVIEWED, TRAINING_COMPLETED, INTRODUCERS_NAMED -> lastIndexOf(broken, EventType.ADMITTED);
        case ADMISSION_APPROVED -> lastIndexOf(broken, EventType.CONFIRMED);
        default -> removed; // the next event needed the removed stage
      };
      IllegalTransitionException e = catchThrowableOfType(IllegalTransitionException.class, () -> Lifecycle.replay(broken));
      assertThat(e).as("seed %s without %s", seed, removedType).isNotNull();
      assertThat(e.index()).as("seed %s without %s: %s", seed, removedType, e.getMessage()).hasValue(expectedFailure);
    });
  }

  @Test
  void generatedMembersRoundTripThroughJsonAndYaml() {
    qt().withExamples(60).forAll(longs().all()).checkAssert(seed -> {
      Dataset dataset = datasetOf(seed, 12);
      for (Syntax syntax : Syntax.values()) {
        assertThat(DatasetFormat.read(DatasetFormat.write(dataset, syntax), "generated", syntax)).isEqualTo(dataset);
      }
    });
  }

  private static List<MemberEvent> developedToFull(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    while (true) {
      HistoryGenerator.Generated generated = GENERATOR.next(random, START, MemberStatus.FULL);
      if (generated.history().get(0).type() == EventType.APPLIED) {
        return generated.history();
      }
    }
  }

  private static int lastIndexOf(List<MemberEvent> history, EventType type) {
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i).type() == type) {
        return i;
      }
    }
    throw new AssertionError("no " + type + " in " + history);
  }

  static Dataset datasetOf(long seed, int members) {
    SplittableRandom random = new SplittableRandom(seed);
    Dataset.Builder builder = Dataset.builder().region(Region.of("generated", "生成的数据"))
        .addOrganisation(Organisation.builder().id(BRANCH).name("测试支部").kind(OrganisationKind.BRANCH)
            .established(LocalDate.of(1990, 1, 1)).build());
    for (MemberId id : POOL) {
      builder.addMember(member(id, List.of(new MemberEvent.TransferredIn(LocalDate.of(1995, 1, 1), "某师范大学党委",
          new TransferLetter("P-1", LocalDate.of(1994, 12, 1), LocalDate.of(1995, 3, 1)), MemberStatus.FULL,
          Optional.empty(), Optional.of(LocalDate.of(1990, 7, 1))))));
    }
    for (int i = 0; i < members; i++) {
      builder.addMember(member(MemberId.of("g" + i), GENERATOR.next(random, START).history()));
    }
    return builder.build();
  }

  private static Member member(MemberId id, List<MemberEvent> history) {
    return Member.builder().id(id).name("成员" + id).gender(Gender.FEMALE).birthDate(LocalDate.of(1975, 1, 1))
        .category(MemberCategory.TEACHER).branch(BRANCH).history(history).build();
  }
}
