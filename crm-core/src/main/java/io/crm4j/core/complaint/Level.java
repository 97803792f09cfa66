package io.crm4j.core.complaint;

import org.apiguardian.api.API;

/** A three-step scale used for impact and urgency in an {@link Assessment}. */
@API(status = API.Status.STABLE, since = "0.1")
public enum Level {
  /** High. */
  HIGH,
  /** Medium. */
  MEDIUM,
  /** Low. */
  LOW
}
