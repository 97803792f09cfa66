package io.crm4j.core.spi;

import io.crm4j.core.event.DomainEvent;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One event of the outbox.
 *
 * @param seq the event's position: increasing in commit order, then in publish order within a unit
 *     of work; not dense (the JDBC outbox stores a unit of work's events together, and the position
 *     carries the row and the event's place in it)
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
