package io.crm4j.core.store.jdbc;

import java.time.Instant;

/** Instants as epoch microseconds for indexed columns, saturating at the long range. */
final class Micros {

  private static final long MAX_SECONDS = Long.MAX_VALUE / 1_000_000 - 1;

  private Micros() {}

  /** The instant's epoch microseconds, rounded down; saturates for instants beyond ±292,000 years. */
  static long floor(Instant t) {
    long s = t.getEpochSecond();
    if (s > MAX_SECONDS) {
      return Long.MAX_VALUE;
    }
    if (s < -MAX_SECONDS) {
      return Long.MIN_VALUE;
    }
    return s * 1_000_000 + t.getNano() / 1_000;
  }
}
