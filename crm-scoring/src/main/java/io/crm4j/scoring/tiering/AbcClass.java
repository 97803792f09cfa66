package io.crm4j.scoring.tiering;

import org.apiguardian.api.API;

/**
 * An ABC (Pareto) class (客户 ABC 分类): {@code A} holds the few customers who bring most of the
 * value, {@code C} the many who bring little. Declared from best to worst, so the natural order
 * of the constants is the order of value.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum AbcClass {
  /** The customers that make up the first share of value (75 % by default). */
  A,
  /** The customers that make up the next share of value (up to 95 % by default). */
  B,
  /** The rest. */
  C
}
