package io.crm4j.core.event;

import io.crm4j.core.activity.ActivityEvent;
import io.crm4j.core.complaint.ComplaintEvent;
import io.crm4j.core.credit.CreditEvent;
import io.crm4j.core.customer.CustomerEvent;
import io.crm4j.core.pipeline.PipelineEvent;
import io.crm4j.core.lifecycle.LifecycleEvent;
import io.crm4j.core.loyalty.LoyaltyEvent;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * Something that happened in the domain: the closed hierarchy of every event crm4j publishes.
 *
 * <p>Each area has one sealed sub-interface of records, kept beside the aggregate that records it
 * (for example {@link CustomerEvent}). The {@code permits} clause below is the only reference from
 * this package back to the areas; everything else points the other way.
 */
@API(status = API.Status.STABLE, since = "0.1")
public sealed interface DomainEvent permits
    CustomerEvent,
    ActivityEvent,
    PipelineEvent,
    ComplaintEvent,
    CreditEvent,
    LifecycleEvent,
    LoyaltyEvent {

  /** When the change happened, from the injected clock. */
  Instant occurredAt();

  /** The id of the aggregate that changed, as text. */
  String aggregateId();

  /** A stable name of the event type, written as the {@code type} field in JSON. */
  default String type() {
    Class<?> c = getClass();
    Class<?> outer = c.getEnclosingClass();
    return outer == null ? c.getSimpleName() : outer.getSimpleName() + "." + c.getSimpleName();
  }
}
