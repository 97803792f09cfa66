package io.crm4j.scoring.tiering;

import org.apiguardian.api.API;

/**
 * A level of the customer pyramid of Zeithaml, Rust &amp; Lemon (2001), "The Customer Pyramid:
 * Creating and Serving Profitable Customers", California Management Review 43(4). Declared from
 * most to least profitable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum PyramidTier {
  /** The most profitable customers (白金). */
  PLATINUM,
  /** Profitable, but less so than platinum (黄金). */
  GOLD,
  /** Customers who give volume at a low margin. */
  IRON,
  /** The least profitable customers, often costing more than they bring. */
  LEAD
}
