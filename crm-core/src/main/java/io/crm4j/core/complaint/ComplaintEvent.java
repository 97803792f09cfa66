package io.crm4j.core.complaint;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.event.DomainEvent;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Events about complaints: receipt, every status change, priority changes, escalations and follow-ups. */
@API(status = API.Status.STABLE, since = "0.1")
public sealed interface ComplaintEvent extends DomainEvent {

  /** The complaint the event is about. */
  ComplaintId complaintId();

  @Override
  default String aggregateId() {
    return complaintId().value();
  }

  /** A complaint was recorded. */
  record Received(ComplaintId complaintId, CustomerId customerId, ComplaintChannel channel, Priority priority,
      Instant occurredAt) implements ComplaintEvent {
    public Received {
      Objects.requireNonNull(complaintId, "complaintId");
      Objects.requireNonNull(customerId, "customerId");
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(priority, "priority");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }

  /** A complaint moved from one status to another. */
  record StatusChanged(ComplaintId complaintId, ComplaintStatus from, ComplaintStatus to, String actor,
      Instant occurredAt) implements ComplaintEvent {
    public StatusChanged {
      Objects.requireNonNull(complaintId, "complaintId");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }

  /** The priority changed; SLA due times are recomputed from the original start. */
  record PriorityChanged(ComplaintId complaintId, Priority from, Priority to, String actor, Instant occurredAt)
      implements ComplaintEvent {
    public PriorityChanged {
      Objects.requireNonNull(complaintId, "complaintId");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * An escalation rule fired.
   *
   * @param rule the rule's name
   * @param metric the SLA clock that triggered it
   * @param state the clock's state when it fired
   * @param fromLevel escalation level before
   * @param toLevel escalation level after
   * @param reassignedTo new assignee, or {@code null} if unchanged
   * @param recipients who is to be told
   */
  record Escalated(ComplaintId complaintId, String rule, SlaMetric metric, KpiState state, int fromLevel,
      int toLevel, @Nullable String reassignedTo, List<String> recipients, Instant occurredAt) implements ComplaintEvent {
    public Escalated {
      Objects.requireNonNull(complaintId, "complaintId");
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(state, "state");
      recipients = List.copyOf(recipients);
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }

  /** A follow-up survey was recorded; {@code recovered} says whether it counts as a service recovery. */
  record FollowedUp(ComplaintId complaintId, Satisfaction satisfaction, @Nullable Integer recommendation,
      boolean recovered, Instant occurredAt) implements ComplaintEvent {
    public FollowedUp {
      Objects.requireNonNull(complaintId, "complaintId");
      Objects.requireNonNull(satisfaction, "satisfaction");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }
}
