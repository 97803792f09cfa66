package io.crm4j.core.internal;

import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.event.EventListener;
import io.crm4j.core.event.EventPublisher;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Delivers events synchronously to every listener; a throwing listener is logged and skipped. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class SimpleEventPublisher implements EventPublisher {

  private static final Logger LOG = LoggerFactory.getLogger(SimpleEventPublisher.class);

  private final List<EventListener> listeners = new CopyOnWriteArrayList<>();

  @Override
  public void publish(DomainEvent event) {
    Objects.requireNonNull(event, "event");
    for (EventListener listener : listeners) {
      try {
        listener.on(event);
      } catch (RuntimeException e) {
        LOG.warn("event listener {} failed on {}; the change stays committed", listener, event.type(), e);
      }
    }
  }

  /** Publishes events in order. */
  public void publishAll(List<DomainEvent> events) {
    for (DomainEvent event : events) {
      publish(event);
    }
  }

  public boolean hasListeners() {
    return !listeners.isEmpty();
  }

  @Override
  public Subscription subscribe(EventListener listener) {
    Objects.requireNonNull(listener, "listener");
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }
}
