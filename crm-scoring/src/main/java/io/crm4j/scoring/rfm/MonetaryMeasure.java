package io.crm4j.scoring.rfm;

import org.apiguardian.api.API;

/** What the M of RFM measures for a customer. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum MonetaryMeasure {
  /** Total spend over all purchases (the default). */
  TOTAL,
  /** Mean spend per purchase. */
  AVERAGE
}
