package org.dangjian.core.member;

import java.util.Objects;
import java.util.OptionalInt;
import org.dangjian.core.DangjianException;

/**
 * An event that may not follow the member's status: it names the status, the event and why — and,
 * when a whole history was replayed, the index of the first illegal event.
 */
public final class IllegalTransitionException extends DangjianException {
  private static final long serialVersionUID = 1L;

  private final MemberStatus status;
  @SuppressWarnings("serial") // events are immutable records of serializable values
  private final MemberEvent event;
  private final String reason;
  private final int index;

  /**
   * @param status the status the event met
   * @param event the refused event
   * @param reason why it may not follow, in terms a branch secretary would use
   * @param index its index in the history, or -1 when applied on its own
   */
  public IllegalTransitionException(MemberStatus status, MemberEvent event, String reason, int index) {
    super(describe(status, event, reason, index));
    this.status = Objects.requireNonNull(status, "status");
    this.event = Objects.requireNonNull(event, "event");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.index = index;
  }

  private static String describe(MemberStatus status, MemberEvent event, String reason, int index) {
    return (index >= 0 ? "history[" + index + "]: " : "")
        + event.date() + " " + event.type().code() + " (" + event.type().labelZh() + ") cannot follow status "
        + status.code() + " (" + status.labelZh() + "): " + reason;
  }

  /** @return the status the event met */
  public MemberStatus status() {
    return status;
  }

  /** @return the refused event */
  public MemberEvent event() {
    return event;
  }

  /** @return why the event may not follow */
  public String reason() {
    return reason;
  }

  /** @return the index of the event in the replayed history; empty when it was applied on its own */
  public OptionalInt index() {
    return index >= 0 ? OptionalInt.of(index) : OptionalInt.empty();
  }
}
