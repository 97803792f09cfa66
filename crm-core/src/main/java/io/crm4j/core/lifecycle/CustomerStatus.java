package io.crm4j.core.lifecycle;

import org.apiguardian.api.API;

/**
 * Where a customer stands with the company (source terms: 非客户, 潜在客户, 目标客户, 现实客户,
 * 流失客户, 客户再生). Which moves between them are allowed is data: see {@link LifecycleGraph}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum CustomerStatus {
  /** Known to the company but with no sign of interest. */
  NON_CUSTOMER,
  /** Has shown interest. */
  PROSPECT,
  /** Chosen by the company to be won. */
  TARGET,
  /** Buys. */
  ACTIVE,
  /** Has stopped buying (churned); the churn reason is recorded. */
  LAPSED,
  /** Bought again after lapsing. */
  WON_BACK
}
