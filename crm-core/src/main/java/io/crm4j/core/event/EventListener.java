package io.crm4j.core.event;

import org.apiguardian.api.API;

/**
 * Receives published events after the change that caused them has committed. A listener that
 * throws is logged and skipped: it never undoes or breaks the write.
 */
@API(status = API.Status.STABLE, since = "0.1")
@FunctionalInterface
public interface EventListener {

  void on(DomainEvent event);
}
