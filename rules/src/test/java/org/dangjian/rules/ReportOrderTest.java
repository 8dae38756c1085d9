package org.dangjian.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Merging sorted runs gives what a stable sort of the runs one after another gives, ties and all. */
class ReportOrderTest {
  /** A key that sorts, and the run and place it came from, which must not decide its order. */
  record Element(int key, int run, int place) {}

  private static final Comparator<Element> BY_KEY = Comparator.comparingInt(Element::key);

  @Test
  void mergedRunsEqualAStableSortOfTheirConcatenation() {
    qt().withExamples(500).forAll(lists().of(lists().of(integers().between(0, 6)).ofSizeBetween(0, 12)).ofSizeBetween(0, 9))
        .checkAssert(keys -> {
          List<List<Element>> runs = new ArrayList<>();
          List<Element> concatenated = new ArrayList<>();
          for (int r = 0; r < keys.size(); r++) {
            List<Element> run = new ArrayList<>();
            for (int p = 0; p < keys.get(r).size(); p++) {
              run.add(new Element(keys.get(r).get(p), r, p));
            }
            run.sort(BY_KEY);
            runs.add(run);
            concatenated.addAll(run);
          }
          concatenated.sort(BY_KEY);
          assertThat(ReportOrder.merge(runs, e -> e.key() / 3, BY_KEY)).as("merge of %s", runs).isEqualTo(concatenated);
        });
  }

  @Test
  void aMergeCutIntoPiecesIsTheWholeMergeWhateverThePiecesAndTheOrderTheyAreMergedIn() {
    qt().withExamples(500)
        .forAll(lists().of(lists().of(integers().between(0, 9)).ofSizeBetween(0, 12)).ofSizeBetween(0, 9), integers().between(1, 7),
            integers().between(1, 5))
        .checkAssert((keys, wanted, minPiece) -> {
          List<List<Element>> runs = new ArrayList<>();
          List<int[]> firstKeys = new ArrayList<>();
          List<Element> concatenated = new ArrayList<>();
          for (int r = 0; r < keys.size(); r++) {
            List<Element> run = new ArrayList<>();
            for (int p = 0; p < keys.get(r).size(); p++) {
              run.add(new Element(keys.get(r).get(p), r, p));
            }
            run.sort(BY_KEY);
            runs.add(run);
            firstKeys.add(ReportOrder.firstKeys(run, e -> e.key() / 2));
            concatenated.addAll(run);
          }
          concatenated.sort(BY_KEY);
          ReportOrder.Pieces<Element> pieces = new ReportOrder.Pieces<>(runs, firstKeys, BY_KEY, wanted, minPiece);
          assertThat(pieces.count()).isBetween(1, wanted);
          for (int p = pieces.count() - 1; p >= 0; p--) {
            pieces.merge(p); // last first: a piece's place does not depend on when it is merged
          }
          assertThat(pieces.merged()).as("merge of %s in up to %d pieces", runs, wanted).isEqualTo(concatenated);
        });
  }

  @Test
  void piecesSplitTheElementsAboutEvenlyAndKeepTiesOnTheFirstKeyTogether() {
    // Keys 0..99, ten elements each, in two runs: four pieces of about 250, each cut between two keys.
    List<Element> even = new ArrayList<>();
    List<Element> odd = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      (i % 2 == 0 ? even : odd).add(new Element(i / 10, i % 2, i));
    }
    List<List<Element>> runs = List.of(even, odd);
    List<int[]> firstKeys = List.of(ReportOrder.firstKeys(even, Element::key), ReportOrder.firstKeys(odd, Element::key));
    ReportOrder.Pieces<Element> pieces = new ReportOrder.Pieces<>(runs, firstKeys, BY_KEY, 4, 100);
    assertThat(pieces.count()).isEqualTo(4);
    List<Integer> sizes = new ArrayList<>();
    for (int p = 0; p < 4; p++) {
      pieces.merge(p);
      sizes.add(pieces.merged().size() - sizes.stream().mapToInt(Integer::intValue).sum());
    }
    assertThat(sizes).containsExactly(250, 250, 250, 250);
    // Fewer elements than the fewest a piece: one piece, whatever is wanted.
    assertThat(new ReportOrder.Pieces<>(runs, firstKeys, BY_KEY, 4, 1001).count()).isEqualTo(1);
  }

  @Test
  void edgesNoRunsEmptyRunsAndOneRun() {
    assertThat(ReportOrder.merge(List.<List<Element>>of(), Element::key, BY_KEY)).isEmpty();
    assertThat(ReportOrder.merge(List.of(List.<Element>of(), List.<Element>of()), Element::key, BY_KEY)).isEmpty();
    List<Element> one = List.of(new Element(1, 0, 0), new Element(1, 0, 1), new Element(2, 0, 2));
    assertThat(ReportOrder.merge(List.of(List.of(), one, List.of()), Element::key, BY_KEY)).isEqualTo(one);
    // Equal keys: the earlier run's first, whatever the later run holds.
    Element early = new Element(5, 0, 0);
    Element late = new Element(5, 1, 0);
    assertThat(ReportOrder.merge(List.of(List.of(early), List.of(late)), Element::key, BY_KEY)).containsExactly(early, late);
    assertThat(ReportOrder.merge(List.of(List.of(late), List.of(early)), Element::key, BY_KEY)).containsExactly(late, early);
  }
}
