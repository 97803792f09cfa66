package io.crm4j.core.store.jdbc;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The events a {@link JdbcStore} wrote with its changes, for a relay that forwards them to another
 * system (a message broker, say): read the pending ones in order, forward, then mark them.
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface Outbox {

  /** Up to {@code limit} events not yet marked published, oldest first. */
  List<OutboxEntry> pending(int limit);

  /**
   * Marks every entry up to and including position {@code seq} ({@link OutboxEntry#seq()}) as
   * published; returns how many changed.
   */
  int markPublishedUpTo(long seq);
}
