package io.crm4j.core.complaint;

import org.apiguardian.api.API;

/** Handling priority; {@code P1} is the most urgent. SLA targets are set per priority. */
@API(status = API.Status.STABLE, since = "0.1")
public enum Priority {
  /** Critical. */
  P1,
  /** High. */
  P2,
  /** Medium. */
  P3,
  /** Low. */
  P4;

  /** The more urgent of this and {@code other}. */
  public Priority atLeast(Priority other) {
    return other.ordinal() < ordinal() ? other : this;
  }
}
