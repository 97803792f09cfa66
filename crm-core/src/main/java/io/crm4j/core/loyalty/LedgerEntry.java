package io.crm4j.core.loyalty;

import io.crm4j.core.internal.Checks;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One line of a points ledger. Lines are only ever appended. Immutable and thread-safe.
 *
 * @param seq the line's number in its ledger, from 1
 * @param at when it was booked
 * @param type what kind of line
 * @param points the signed change: positive for accruals, negative for everything else
 * @param reference the caller's reference (order, bill, campaign, reason)
 * @param availableAt for accruals: when the points stop being pending
 * @param expiresAt for accruals with a fixed expiry: when they expire
 * @param relatesTo the accrual this line reverses or expires, if any
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record LedgerEntry(long seq, Instant at, Type type, long points, String reference,
    @Nullable Instant availableAt, @Nullable Instant expiresAt, @Nullable Long relatesTo) {

  /** The kinds of ledger line. */
  public enum Type {
    /** Points earned. */
    ACCRUAL,
    /** Points spent by the member. */
    REDEMPTION,
    /** Points taken back because a purchase was returned. */
    REVERSAL,
    /** Points that reached their expiry. */
    EXPIRY,
    /** All points taken away under a programme rule, e.g. a bill not paid on time. */
    FORFEIT
  }

  public LedgerEntry {
    if (seq < 1) {
      throw new IllegalArgumentException("seq must be >= 1, but was " + seq);
    }
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(type, "type");
    Checks.notBlank(reference, "reference");
    if (type == Type.ACCRUAL ? points <= 0 : points >= 0) {
      throw new IllegalArgumentException("points must be " + (type == Type.ACCRUAL ? "> 0" : "< 0") + " for "
          + type + ", but was " + points);
    }
  }
}
