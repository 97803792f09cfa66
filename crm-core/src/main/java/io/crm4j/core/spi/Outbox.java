package io.crm4j.core.spi;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The events a {@link Store} committed with its changes, for a relay ({@link OutboxRelay}) that
 * forwards them to another system (a message broker, say): read the pending ones in order, forward,
 * then mark them. Events are kept in commit order, so each aggregate's events are in the order its
 * changes committed. The JDBC store keeps them in a table written in the change's transaction; the
 * in-memory store, when created with one, in memory (published ones are dropped).
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
