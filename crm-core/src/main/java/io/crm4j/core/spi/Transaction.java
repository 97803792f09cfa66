package io.crm4j.core.spi;

import io.crm4j.core.event.DomainEvent;
import org.apiguardian.api.API;

/**
 * A unit of work: every write made through it commits together or not at all. Events published
 * through it reach listeners only after the commit; a rolled-back unit publishes nothing.
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface Transaction {

  <I, A> Repository<I, A> repository(AggregateType<I, A> type);

  ActivityLog activities();

  /** Queues an event: stored with the change (JDBC: the outbox) and delivered after commit. */
  void publish(DomainEvent event);
}
