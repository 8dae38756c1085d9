package org.dangjian.core.dataset;

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

  /** @param activity the new activity */
  record ActivityAdded(Activity activity) implements DatasetChange {
    /** Checks the argument. */
    public ActivityAdded {
      Objects.requireNonNull(activity, "activity");
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
  record DuesPaymentAdded(DuesPayment payment) implements DatasetChange {
    /** Checks the argument. */
    public DuesPaymentAdded {
      Objects.requireNonNull(payment, "payment");
    }
  }

  /** @param entry the new point-ledger entry */
  record LedgerEntryAdded(LedgerEntry entry) implements DatasetChange {
    /** Checks the argument. */
    public LedgerEntryAdded {
      Objects.requireNonNull(entry, "entry");
    }
  }
}
