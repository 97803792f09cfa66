package io.crm4j.core.activity;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.event.DomainEvent;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/** Events about the activity log. Every store publishes one per appended entry. */
@API(status = API.Status.STABLE, since = "0.1")
public sealed interface ActivityEvent extends DomainEvent {

  /**
   * An entry was appended to the log.
   *
   * @param activityId the entry
   * @param customerId whose entry it is
   * @param kind the entry's type name, e.g. "Purchase"
   * @param occurredAt when the activity happened
   */
  record Recorded(ActivityId activityId, CustomerId customerId, String kind, Instant occurredAt)
      implements ActivityEvent {
    public Recorded {
      Objects.requireNonNull(activityId, "activityId");
      Objects.requireNonNull(customerId, "customerId");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /** The event for an appended entry. */
    public static Recorded of(Activity activity) {
      return new Recorded(activity.id(), activity.customerId(), activity.getClass().getSimpleName(), activity.at());
    }

    @Override
    public String aggregateId() {
      return customerId.value();
    }
  }
}
