package io.crm4j.scoring.tiering;

import org.apiguardian.api.API;

/**
 * The source material's management classes of customers, from the most to the least worth
 * serving: key (关键客户), ordinary (普通客户), small (小客户) and customers not worth retaining
 * (劣质客户).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ManagementClass {
  /** The few customers who bring most of the profit. */
  KEY,
  /** Profitable customers below the key ones. */
  ORDINARY,
  /** Customers who still pay their way, but bring little. */
  SMALL,
  /** Customers whose profit (value minus cost to serve) is below the policy's minimum. */
  NOT_WORTH_RETAINING
}
