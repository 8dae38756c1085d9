package org.dangjian.core.dataset;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a restructuring (拆合整顿): the dataset after it, and every member it moved.
 *
 * @param dataset the dataset after the restructuring, validated like any other
 * @param reassignments every member whose branch or group changed, sorted by member id
 */
public record Restructured(Dataset dataset, List<MemberReassignment> reassignments) {

  /** Copies the list. */
  public Restructured {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(reassignments, "reassignments");
    Objects.requireNonNull(dataset, "dataset");
    reassignments = List.copyOf(reassignments);
  }
}
