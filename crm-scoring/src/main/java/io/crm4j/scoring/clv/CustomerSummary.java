package io.crm4j.scoring.clv;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One customer's calibration-period summary, the input every purchase model reads. Immutable and
 * thread-safe.
 *
 * @param customerId the customer's id as text
 * @param frequency number of repeat purchase days (x), zero or more
 * @param recency time from the first to the last purchase (t_x), in [0, age]
 * @param age time from the first purchase to the end of calibration (T)
 * @param monetaryValue mean amount of the repeat purchase days, zero when frequency is zero
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CustomerSummary(String customerId, int frequency, double recency, double age, double monetaryValue) {

  public CustomerSummary {
    Objects.requireNonNull(customerId, "customerId");
    Validation.checkCustomer(frequency, recency, age, monetaryValue, customerId);
  }

  /** A summary without monetary value (0). */
  public static CustomerSummary of(String customerId, int frequency, double recency, double age) {
    return new CustomerSummary(customerId, frequency, recency, age, 0.0);
  }
}
