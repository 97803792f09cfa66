package io.crm4j.core.pipeline;

import org.apiguardian.api.API;

/** What underwriting decided about an application. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum UnderwritingDecision {
  /** Accept the risk. */
  PASS,
  /** Investigate further before deciding. */
  REFER,
  /** Refuse the risk. */
  DECLINE
}
