package io.crm4j.core.complaint;

import org.apiguardian.api.API;

/** The state of one SLA clock at an instant. */
@API(status = API.Status.STABLE, since = "0.1")
public enum KpiState {
  /** Running, before the warning threshold. */
  IN_PROGRESS,
  /** Running at or past the warning threshold, not yet past the target. */
  NEARING_BREACH,
  /** Past the target, whether still running, paused or stopped late. */
  BREACHED,
  /** Paused by the complaint's status (e.g. waiting on the customer), within target. */
  PAUSED,
  /** Stopped within the target. */
  SUCCEEDED,
  /** Ended without being met (complaint rejected or withdrawn) and not breached. */
  CANCELLED
}
