package io.crm4j.core.activity;

import io.crm4j.core.customer.CustomerId;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * One fact in a customer's activity log: what every scoring reads. Activities are immutable
 * records appended to the log and never changed, except that a customer merge moves them to the
 * surviving customer.
 */
@API(status = API.Status.STABLE, since = "0.1")
public sealed interface Activity permits Purchase, Payment, Refund, Interaction, Referral {

  ActivityId id();

  /** The customer this activity belongs to. */
  CustomerId customerId();

  /** When it happened. */
  Instant at();

  /** Returns the same activity attributed to another customer (used when merging customers). */
  Activity withCustomerId(CustomerId customerId);
}
