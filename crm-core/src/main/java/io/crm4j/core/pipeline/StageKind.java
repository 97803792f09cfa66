package io.crm4j.core.pipeline;

import org.apiguardian.api.API;

/** Whether an opportunity in a stage is still open, won or lost. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum StageKind {
  OPEN,
  WON,
  LOST
}
