package org.dangjian.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** GrowingList and GrowingIndex hold what sorting everything anew would, at and across the fold. */
class GrowingStructuresTest {
  /** Ordered by the tens digit only, so that many elements compare equal and their order of arrival shows. */
  private static final Comparator<Integer> BY_TENS = Comparator.comparingInt(i -> Math.floorDiv(i, 10));

  private static List<Integer> sortedAnew(List<Integer> values) {
    List<Integer> sorted = new ArrayList<>(values);
    sorted.sort(BY_TENS); // stable: equal elements keep their order of arrival
    return sorted;
  }

  @Test
  void aListGrownOneByOneIsTheStableSortOfEverythingAcrossTheFold() {
    qt().withExamples(200).forAll(lists().of(integers().between(-500, 500)).ofSizeBetween(0, 40),
        lists().of(integers().between(-500, 500)).ofSizeBetween(0, 600)).checkAssert((base, added) -> {
          GrowingList<Integer> list = GrowingList.of(base, BY_TENS);
          List<Integer> all = new ArrayList<>(base);
          for (Integer value : added) {
            list = list.plus(value);
            all.add(value);
          }
          assertThat(list.all()).isEqualTo(sortedAnew(all));
          assertThat(list.isEmpty()).isEqualTo(all.isEmpty());
        });
  }

  @Test
  void aListOverAViewIsSplitAroundEachAdditionAndHoldsTheStableSortOfEverything() {
    // A list that is not an ImmutableList stands for a ColumnList, whose elements are made when read: its
    // chunks are split around additions, not copied.
    qt().withExamples(200).forAll(lists().of(integers().between(-500, 500)).ofSizeBetween(0, 300),
        lists().of(integers().between(-500, 500)).ofSizeBetween(0, 200)).checkAssert((base, added) -> {
          List<Integer> sortedBase = sortedAnew(base);
          GrowingList<Integer> list = GrowingList.ofSorted(java.util.Collections.unmodifiableList(sortedBase), BY_TENS);
          List<Integer> all = new ArrayList<>(sortedBase);
          for (Integer value : added) {
            list = list.plus(value);
            all.add(value);
            assertThat(list.containsEqual(value)).isTrue();
          }
          assertThat(list.all()).isEqualTo(sortedAnew(all));
        });
  }

  @Test
  void aChunkSplitPastTwiceItsSizeKeepsEqualElementsInTheirOrderOfArrival() {
    int chunk = GrowingList.chunkSizeFor(2);
    assertThat(chunk).isEqualTo(64);
    GrowingList<Integer> list = GrowingList.of(List.of(5, 15), BY_TENS);
    List<Integer> all = new ArrayList<>(List.of(5, 15));
    // All equal to 5 under BY_TENS: they go between 5 and 15, in the order they came.
    for (int i = 0; i < 2 * chunk; i++) {
      list = list.plus(i % 10);
      all.add(i % 10);
    }
    assertThat(list.all()).isEqualTo(sortedAnew(all)); // one chunk of 2 × 64 + 2: split
    list = list.plus(9);
    all.add(9);
    assertThat(list.all()).isEqualTo(sortedAnew(all));
    list = list.plus(-3);
    all.add(-3);
    assertThat(list.all()).isEqualTo(sortedAnew(all)).startsWith(-3).endsWith(15);
    assertThat(list.first()).isEqualTo(-3);
  }

  @Test
  void anIndexGrownOneByOneFilesEachRecordUnderEachOfItsKeysOnce() {
    // Records are lists of keys (letters); a record naming a key twice is filed under it once.
    qt().withExamples(200).forAll(lists().of(lists().of(integers().between(0, 9)).ofSizeBetween(0, 4)).ofSizeBetween(0, 700))
        .checkAssert(records -> {
          List<List<Integer>> base = records.subList(0, records.size() / 3);
          GrowingIndex<Integer, List<Integer>> index = GrowingIndex.of(base, r -> r, Comparator.comparingInt(List::size));
          for (List<Integer> record : records.subList(records.size() / 3, records.size())) {
            index = index.plus(record);
          }
          Map<Integer, List<List<Integer>>> expected = new TreeMap<>();
          List<List<Integer>> bySize = new ArrayList<>(records);
          bySize.sort(Comparator.comparingInt(List::size));
          for (List<Integer> record : bySize) {
            record.stream().distinct().forEach(key -> expected.computeIfAbsent(key, k -> new ArrayList<>()).add(record));
          }
          for (int key = 0; key <= 9; key++) {
            assertThat(index.get(key)).as("key %s", key).isEqualTo(expected.getOrDefault(key, List.of()));
            assertThat(index.containsKey(key)).isEqualTo(expected.containsKey(key));
          }
        });
  }
}
