package io.crm4j.scoring.credit;

import org.apiguardian.api.API;

/** The five Cs of credit. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum FiveCCriterion {
  /** Willingness to pay: payment record, reputation, management integrity. */
  CHARACTER,
  /** Ability to pay from operations: cash flow, debt service cover. */
  CAPACITY,
  /** Financial strength: net worth, leverage. */
  CAPITAL,
  /** Security pledged: guarantees, assets, insurance. */
  COLLATERAL,
  /** Outside circumstances: industry, economy, market position. */
  CONDITIONS
}
