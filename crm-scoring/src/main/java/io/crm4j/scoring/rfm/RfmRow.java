package io.crm4j.scoring.rfm;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One customer's line of an RFM table. Immutable and thread-safe.
 *
 * @param customerId the customer
 * @param recencyDays whole days from the last purchase to the as-of instant, {@code >= 0}
 * @param frequency number of purchases, {@code >= 1}
 * @param monetary total or mean spend, as configured by {@link MonetaryMeasure}
 * @param score the R, F and M scores
 * @param segment the segment name from the configured {@link RfmSegmentMap}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RfmRow(CustomerId customerId, long recencyDays, int frequency, Money monetary, RfmScore score,
    String segment) {

  public RfmRow {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(monetary, "monetary");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(segment, "segment");
    if (recencyDays < 0) {
      throw new IllegalArgumentException("recencyDays must be >= 0, but was " + recencyDays);
    }
    if (frequency < 1) {
      throw new IllegalArgumentException("frequency must be >= 1, but was " + frequency);
    }
  }
}
