package io.crm4j.core.activity;

import io.crm4j.core.internal.Checks;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apiguardian.api.API;

/**
 * Identifies one entry of the activity log (a purchase, payment, interaction or referral). Immutable and thread-safe.
 *
 * @param value non-blank, at most 128 characters, without control characters or whitespace at either end
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ActivityId(String value) {

  public ActivityId {
    Checks.identifier(value, "activityId");
  }

  /** Returns the id with the given value. */
  public static ActivityId of(String value) {
    return new ActivityId(value);
  }

  /** The largest 48-bit timestamp of {@link #generate(Instant)}, in epoch milliseconds. */
  private static final long MAX_MILLIS = (1L << 48) - 1;

  /**
   * Returns a new random id (a UUID). For log entries prefer {@link #generate(Instant)}: random ids
   * scatter a store's id index.
   */
  public static ActivityId generate() {
    return new ActivityId(UUID.randomUUID().toString());
  }

  /**
   * Returns a new id for an entry that happened at {@code at}: a UUID in the layout of RFC 9562's
   * version 7, whose 48-bit timestamp holds {@code at} in epoch milliseconds (clamped to the field:
   * instants before 1970 count as its first millisecond, instants after August 10889 as its last),
   * followed by 74 random bits. The ids' text sorts by that timestamp, so entries appended in about
   * time order land next to each other in a store's id index; random UUIDs land anywhere, which made
   * H2 inserts 2 to 2.5 times as costly (docs/performance.md). The id reveals when the entry
   * happened, which the entry holds anyway. Unique with overwhelming probability; a store refuses a
   * duplicate.
   */
  public static ActivityId generate(Instant at) {
    Objects.requireNonNull(at, "at");
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long msb = millis(at) << 16 | 0x7000L | random.nextLong() & 0xFFFL;
    long lsb = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
    return new ActivityId(new UUID(msb, lsb).toString());
  }

  private static long millis(Instant at) {
    long seconds = at.getEpochSecond();
    if (seconds < 0) {
      return 0;
    }
    if (seconds > MAX_MILLIS / 1_000) {
      return MAX_MILLIS;
    }
    return Math.min(MAX_MILLIS, seconds * 1_000 + at.getNano() / 1_000_000);
  }

  @Override
  public String toString() {
    return value;
  }
}
