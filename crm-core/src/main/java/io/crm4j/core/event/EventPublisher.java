package io.crm4j.core.event;

import org.apiguardian.api.API;

/** Hands events to listeners. */
@API(status = API.Status.STABLE, since = "0.1")
public interface EventPublisher {

  /** Publishes one event to every subscribed listener. */
  void publish(DomainEvent event);

  /** Adds a listener; returns a handle that removes it again. */
  Subscription subscribe(EventListener listener);

  /** Removes a listener when closed. */
  @FunctionalInterface
  interface Subscription extends AutoCloseable {
    @Override
    void close();
  }
}
