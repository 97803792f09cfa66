package io.crm4j.core.spi;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * Forwards the events of an {@link Outbox} to a callback (a message broker's client, say) at least
 * once and in commit order, marking each published once the callback has returned. Commit order
 * is also the order of every aggregate's own events. Works on every store: the relay only reads and
 * marks through {@link Store#outbox()}.
 *
 * <p>The relay has no thread of its own: call {@link #pollOnce()} (or {@link #drain()}) from a
 * scheduler, one relay per outbox at a time. When the callback throws, or the process stops, or
 * the database fails between the callback and the mark, the event is handed over again by the
 * next poll: the callback must tolerate a repeat of the last event it saw (it can tell by
 * {@link OutboxEntry#seq()}, which only grows). Events before it stay marked and are not repeated.
 * Each delivered event costs one short transaction to mark it.
 *
 * <p>Immutable and thread-safe; the callback is called on the polling thread.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class OutboxRelay {

  private static final int DEFAULT_BATCH = 100;

  private final Outbox outbox;
  private final Consumer<? super OutboxEntry> callback;
  private final int batchSize;

  private OutboxRelay(Outbox outbox, Consumer<? super OutboxEntry> callback, int batchSize) {
    this.outbox = outbox;
    this.callback = callback;
    this.batchSize = batchSize;
  }

  /** A relay from {@code outbox} (a store's {@link Store#outbox()}) to {@code callback}, reading 100 events a poll. */
  public static OutboxRelay of(Outbox outbox, Consumer<? super OutboxEntry> callback) {
    return new OutboxRelay(Objects.requireNonNull(outbox, "outbox"), Objects.requireNonNull(callback, "callback"),
        DEFAULT_BATCH);
  }

  /** A copy reading at most {@code batchSize} events a poll, 1 to 10,000. */
  public OutboxRelay withBatchSize(int batchSize) {
    if (batchSize < 1 || batchSize > 10_000) {
      throw new IllegalArgumentException("batchSize must be in [1, 10000], but was " + batchSize);
    }
    return new OutboxRelay(outbox, callback, batchSize);
  }

  /** Events read a poll at most. */
  public int batchSize() {
    return batchSize;
  }

  /**
   * Reads up to {@link #batchSize()} pending events, oldest first, and hands each to the callback,
   * marking it published when the callback returns. Returns how many were handed over and marked.
   * An exception of the callback or the store ends the poll and propagates; the event it hit stays
   * pending.
   */
  public int pollOnce() {
    List<OutboxEntry> pending = outbox.pending(batchSize);
    int delivered = 0;
    for (OutboxEntry entry : pending) {
      callback.accept(entry);
      outbox.markPublishedUpTo(entry.seq());
      delivered++;
    }
    return delivered;
  }

  /** Polls until the outbox has no pending event; returns how many were handed over in all. */
  public long drain() {
    long total = 0;
    int n;
    do {
      n = pollOnce();
      total += n;
    } while (n == batchSize);
    return total;
  }
}
