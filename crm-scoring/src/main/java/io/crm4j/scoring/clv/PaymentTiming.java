package io.crm4j.scoring.clv;

import org.apiguardian.api.API;

/** When the net cash flow of a period arrives, which decides its discount exponent. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum PaymentTiming {
  /** Period t's flow is discounted by (1 + d)^t, t = 1..n (ordinary annuity). */
  END_OF_PERIOD,
  /** Period t's flow is discounted by (1 + d)^(t−1), t = 1..n (annuity due). */
  START_OF_PERIOD
}
