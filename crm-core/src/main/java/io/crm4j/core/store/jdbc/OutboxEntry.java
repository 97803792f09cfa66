package io.crm4j.core.store.jdbc;

import io.crm4j.core.event.DomainEvent;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One row of the outbox.
 *
 * @param seq the position in commit order
 * @param event the event as written
 * @param json the event's JSON, as stored (with its {@code type} field)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record OutboxEntry(long seq, DomainEvent event, String json) {

  public OutboxEntry {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(json, "json");
  }
}
