package org.dangjian.core.dataset;

import org.dangjian.core.record.RecordKind;
import java.util.Objects;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.assessment.LedgerEntry;
import org.dangjian.core.dues.DuesPayment;
import org.dangjian.core.member.MemberEvent;
import org.dangjian.core.member.MemberId;

/**
 * One new record for a {@link Dataset}, as a dashboard receives them: an activity held, an event in a
 * member's history, a dues payment, a point-ledger entry. {@link Dataset#with(DatasetChange)} applies it,
 * checking only the new record and sharing everything else; a compliance session re-evaluates only what
 * it touches. Immutable.
 */
public sealed interface DatasetChange {

  /**
   * @param kind a registered kind of the dataset the change is for
   * @param record a record of that kind
   * @return the change adding it — any kind, a project's own included
   */
  static <T> RecordAdded<T> record(RecordKind<T> kind, T record) {
    return new RecordAdded<>(kind, record);
  }

  /**
   * @param activity an activity record (会议记录) with an id not yet used
   * @return the change adding it
   */
  static ActivityAdded activity(Activity activity) {
    return new ActivityAdded(activity);
  }

  /**
   * @param member the member
   * @param event the event, not dated before the member's last one, and allowed by the lifecycle
   * @return the change appending it to the member's history
   */
  static MemberEventAdded memberEvent(MemberId member, MemberEvent event) {
    return new MemberEventAdded(member, event);
  }

  /**
   * @param payment a dues payment (党费缴纳)
   * @return the change adding it
   */
  static DuesPaymentAdded duesPayment(DuesPayment payment) {
    return new DuesPaymentAdded(payment);
  }

  /**
   * @param entry a point-ledger entry (积分记录)
   * @return the change adding it
   */
  static LedgerEntryAdded ledgerEntry(LedgerEntry entry) {
    return new LedgerEntryAdded(entry);
  }

  /**
   * A change that adds one record of a kind: the dataset checks it through its kind, and a session
   * re-evaluates what its references touch.
   *
   * @param <T> the record type
   */
  sealed interface RecordChange<T> extends DatasetChange permits ActivityAdded, DuesPaymentAdded, LedgerEntryAdded, RecordAdded {
    /** @return the kind of the new record */
    RecordKind<T> kind();

    /** @return the new record */
    T record();
  }

  /**
   * @param kind the kind
   * @param record the new record of that kind
   */
  record RecordAdded<T>(RecordKind<T> kind, T record) implements RecordChange<T> {
    /** Checks the arguments. */
    public RecordAdded {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(record, "record");
      kind.cast(record);
    }
  }

  /** @param activity the new activity */
  record ActivityAdded(Activity activity) implements RecordChange<Activity> {
    /** Checks the argument. */
    public ActivityAdded {
      Objects.requireNonNull(activity, "activity");
    }

    @Override
    public RecordKind<Activity> kind() {
      return Activity.KIND;
    }

    @Override
    public Activity record() {
      return activity;
    }
  }

  /**
   * @param member the member whose history grows
   * @param event the new event
   */
  record MemberEventAdded(MemberId member, MemberEvent event) implements DatasetChange {
    /** Checks the arguments. */
    public MemberEventAdded {
      Objects.requireNonNull(member, "member");
      Objects.requireNonNull(event, "event");
    }
  }

  /** @param payment the new dues payment */
  record DuesPaymentAdded(DuesPayment payment) implements RecordChange<DuesPayment> {
    /** Checks the argument. */
    public DuesPaymentAdded {
      Objects.requireNonNull(payment, "payment");
    }

    @Override
    public RecordKind<DuesPayment> kind() {
      return DuesPayment.KIND;
    }

    @Override
    public DuesPayment record() {
      return payment;
    }
  }

  /** @param entry the new point-ledger entry */
  record LedgerEntryAdded(LedgerEntry entry) implements RecordChange<LedgerEntry> {
    /** Checks the argument. */
    public LedgerEntryAdded {
      Objects.requireNonNull(entry, "entry");
    }

    @Override
    public RecordKind<LedgerEntry> kind() {
      return LedgerEntry.KIND;
    }

    @Override
    public LedgerEntry record() {
      return entry;
    }
  }
}
