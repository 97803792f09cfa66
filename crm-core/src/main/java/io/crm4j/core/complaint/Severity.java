package io.crm4j.core.complaint;

import org.apiguardian.api.API;

/** How serious the complained-about problem is. */
@API(status = API.Status.STABLE, since = "0.1")
public enum Severity {
  /** Safety, legal or regulatory exposure, or loss to the customer. */
  CRITICAL,
  /** Service clearly failed the customer. */
  MAJOR,
  /** Inconvenience. */
  MINOR
}
