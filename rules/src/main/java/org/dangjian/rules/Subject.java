package org.dangjian.rules;

import java.util.Objects;
import org.dangjian.core.Labelled;
import org.dangjian.core.Labels;

/**
 * What a finding is about: an organisation, a member, an activity record or a unit, by id.
 *
 * @param kind what kind of record
 * @param id its id
 */
public record Subject(Kind kind, String id) implements Comparable<Subject> {

  /** Kinds of subject. */
  public enum Kind implements Labelled {
    /** 党组织. */
    ORGANISATION("党组织", "organisation"),
    /** 党员. */
    MEMBER("党员", "member"),
    /** 活动记录. */
    ACTIVITY("活动记录", "activity"),
    /** 单位. */
    UNIT("单位", "unit");

    private final Labels labels;

    Kind(String zh, String en) {
      this.labels = new Labels(zh, en);
    }

    @Override
    public Labels labels() {
      return labels;
    }
  }

  /** Checks for nulls. */
  public Subject {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }

  @Override
  public int compareTo(Subject other) {
    int byKind = kind.compareTo(other.kind);
    return byKind != 0 ? byKind : id.compareTo(other.id);
  }

  /** @return for example {@code member:m0012} */
  @Override
  public String toString() {
    return kind.code() + ":" + id;
  }
}
