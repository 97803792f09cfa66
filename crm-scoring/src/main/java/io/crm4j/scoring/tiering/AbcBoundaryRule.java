package io.crm4j.scoring.tiering;

import org.apiguardian.api.API;

/**
 * Which customers belong to a class whose upper limit is a cumulative share {@code t} (0.75 for
 * class A by default). Customers are sorted by value, largest first; a customer's cumulative
 * share counts their own value and the value of everyone ranked above them.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum AbcBoundaryRule {
  /**
   * The textbook rule and the default: a customer is in the class when their cumulative share is
   * at most {@code t}. A customer landing exactly on 75 % is therefore A; the customer whose value
   * carries the total past 75 % is not. When a single customer holds more than 75 % of all value,
   * class A is empty.
   */
  SHARE_AT_MOST,
  /**
   * A customer is in the class when the cumulative share <em>before</em> them is below {@code t},
   * so the customer who crosses the line is included and class A is never empty. A customer
   * landing exactly on 75 % is A under this rule too.
   */
  CROSSING_INCLUDED
}
