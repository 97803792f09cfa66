package io.crm4j.core.internal;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import org.apiguardian.api.API;

/** The back-off between attempts of a unit of work that lost to a concurrent writer. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Retries {

  private Retries() {}

  /**
   * Waits a random, growing while after the {@code attempt}-th (from 0) lost attempt, so that the
   * writers spread out instead of colliding again.
   */
  public static void backOff(int attempt) {
    LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(1, 1 + 250_000L * Math.min(attempt + 1, 16)));
  }
}
