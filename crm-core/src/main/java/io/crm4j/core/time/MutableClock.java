package io.crm4j.core.time;

import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.apiguardian.api.API;

/**
 * A {@link Clock} whose instant the caller sets and advances, for tests and simulations that
 * exercise time-dependent rules (expiry, grace periods, SLA clocks, reopen windows) through the
 * services. It never moves by itself.
 *
 * <p>Thread-safe: the instant is held in one atomic reference shared by every view made with
 * {@link #withZone(ZoneId)}, so advancing one view advances them all.
 *
 * <pre>{@code
 * MutableClock clock = MutableClock.of(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC);
 * PointsService points = PointsService.of(store, clock, programme);
 * clock.advance(Duration.ofDays(366));     // the lots earned a year ago are now due to expire
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MutableClock extends Clock implements Serializable {

  @Serial
  private static final long serialVersionUID = 1L;

  private final AtomicReference<Instant> instant;
  private final ZoneId zone;

  private MutableClock(AtomicReference<Instant> instant, ZoneId zone) {
    this.instant = instant;
    this.zone = zone;
  }

  /** A clock at {@code instant} in {@code zone}. */
  public static MutableClock of(Instant instant, ZoneId zone) {
    return new MutableClock(new AtomicReference<>(Objects.requireNonNull(instant, "instant")),
        Objects.requireNonNull(zone, "zone"));
  }

  /** A clock at {@code instant} in UTC. */
  public static MutableClock of(Instant instant) {
    return of(instant, ZoneOffset.UTC);
  }

  /** Moves the clock to {@code newInstant}, forwards or backwards. */
  public void set(Instant newInstant) {
    instant.set(Objects.requireNonNull(newInstant, "newInstant"));
  }

  /**
   * Moves the clock by {@code amount} (negative moves it back) and returns the new instant.
   *
   * @throws ArithmeticException if the result is beyond {@link Instant#MAX} or before {@link Instant#MIN}
   */
  public Instant advance(Duration amount) {
    Objects.requireNonNull(amount, "amount");
    return instant.updateAndGet(i -> i.plus(amount));
  }

  @Override
  public Instant instant() {
    return instant.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** A view in another zone that shares this clock's instant: setting either moves both. */
  @Override
  public MutableClock withZone(ZoneId newZone) {
    Objects.requireNonNull(newZone, "newZone");
    return newZone.equals(zone) ? this : new MutableClock(instant, newZone);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof MutableClock other && other.instant == instant && other.zone.equals(zone);
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(instant) ^ zone.hashCode();
  }

  @Override
  public String toString() {
    return "MutableClock[" + instant.get() + ", " + zone + "]";
  }
}
