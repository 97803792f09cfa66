package io.crm4j.core.complaint;

import org.apiguardian.api.API;

/** The five-level satisfaction scale (5 级量表) of a follow-up survey. */
@API(status = API.Status.STABLE, since = "0.1")
public enum Satisfaction {
  /** 1: very dissatisfied. */
  VERY_DISSATISFIED,
  /** 2: dissatisfied. */
  DISSATISFIED,
  /** 3: neutral. */
  NEUTRAL,
  /** 4: satisfied. */
  SATISFIED,
  /** 5: very satisfied. */
  VERY_SATISFIED;

  /** The point on the 1-5 scale. */
  public int score() {
    return ordinal() + 1;
  }
}
