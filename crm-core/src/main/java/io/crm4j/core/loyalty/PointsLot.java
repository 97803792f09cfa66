package io.crm4j.core.loyalty;

import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The part of one accrual not yet spent, reversed or expired. Immutable and thread-safe.
 *
 * @param accrualSeq the accrual's ledger line
 * @param remaining points left, more than zero
 * @param availableAt when the points may be redeemed
 * @param expiresAt when they expire, if fixed
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PointsLot(long accrualSeq, long remaining, Instant availableAt, @Nullable Instant expiresAt) {

  public PointsLot {
    if (remaining <= 0) {
      throw new IllegalArgumentException("remaining must be > 0, but was " + remaining);
    }
    Objects.requireNonNull(availableAt, "availableAt");
  }

  PointsLot withRemaining(long left) {
    return new PointsLot(accrualSeq, left, availableAt, expiresAt);
  }

  /** Whether the points may be redeemed at {@code at}. */
  public boolean availableOn(Instant at) {
    return !availableAt.isAfter(at);
  }
}
