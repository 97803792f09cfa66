package io.crm4j.core.complaint;

import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A target for one clock: the business time allowed and the business time after which the clock
 * is NEARING_BREACH. Immutable and thread-safe.
 *
 * @param target business time allowed, positive
 * @param warnAfter elapsed business time from which the clock warns, positive and at most target
 */
@API(status = API.Status.STABLE, since = "0.1")
public record SlaTarget(Duration target, Duration warnAfter) {

  public SlaTarget {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(warnAfter, "warnAfter");
    if (target.isNegative() || target.isZero()) {
      throw new IllegalArgumentException("target must be > 0, but was " + target);
    }
    if (warnAfter.isNegative() || warnAfter.isZero() || warnAfter.compareTo(target) > 0) {
      throw new IllegalArgumentException("warnAfter must be in (0, target " + target + "], but was " + warnAfter);
    }
  }

  /** A target of {@code target} warning after {@code warnAfter}. */
  public static SlaTarget of(Duration target, Duration warnAfter) {
    return new SlaTarget(target, warnAfter);
  }

  /** A target in whole hours, e.g. {@code hours(8, 6)}. */
  public static SlaTarget hours(long target, long warnAfter) {
    return new SlaTarget(Duration.ofHours(target), Duration.ofHours(warnAfter));
  }
}
