package io.crm4j.core.spi;

import java.util.Objects;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * How {@link ActivityLog#importAll} loads a stream: how many entries go into one unit of work,
 * whether inserted entries publish their {@code ActivityEvent.Recorded}, and who hears of progress.
 *
 * <p>Defaults ({@link #ofDefaults()}): {@value #DEFAULT_CHUNK_SIZE} entries per unit of work,
 * events published (as {@link ActivityLog#appendAll} does, so programmes and relays see imported
 * purchases), no progress listener. A history load that programmes must not react to, and that a
 * relay need not forward, turns events off with {@link #withEvents(boolean) withEvents(false)}; it
 * then writes no outbox rows at all, which also makes it faster. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ImportOptions {

  /** Entries per unit of work unless set otherwise. */
  public static final int DEFAULT_CHUNK_SIZE = 50_000;

  /** The largest chunk accepted: a chunk is held in memory while it is written. */
  public static final int MAX_CHUNK_SIZE = 1_000_000;

  private static final ImportOptions DEFAULTS = new ImportOptions(DEFAULT_CHUNK_SIZE, true, s -> { });

  private final int chunkSize;
  private final boolean events;
  private final Consumer<? super ImportSummary> progress;

  private ImportOptions(int chunkSize, boolean events, Consumer<? super ImportSummary> progress) {
    this.chunkSize = chunkSize;
    this.events = events;
    this.progress = progress;
  }

  /** The defaults described above. */
  public static ImportOptions ofDefaults() {
    return DEFAULTS;
  }

  /**
   * These options with {@code chunkSize} entries per unit of work.
   *
   * @param chunkSize 1 to {@value #MAX_CHUNK_SIZE}
   */
  public ImportOptions withChunkSize(int chunkSize) {
    if (chunkSize < 1 || chunkSize > MAX_CHUNK_SIZE) {
      throw new IllegalArgumentException("chunkSize must be in [1, " + MAX_CHUNK_SIZE + "], but was " + chunkSize);
    }
    return new ImportOptions(chunkSize, events, progress);
  }

  /** These options publishing an event per inserted entry ({@code true}) or none ({@code false}). */
  public ImportOptions withEvents(boolean publish) {
    return new ImportOptions(chunkSize, publish, progress);
  }

  /** These options calling {@code listener} with the running totals after each committed chunk. */
  public ImportOptions withProgress(Consumer<? super ImportSummary> listener) {
    return new ImportOptions(chunkSize, events, Objects.requireNonNull(listener, "listener"));
  }

  public int chunkSize() {
    return chunkSize;
  }

  public boolean events() {
    return events;
  }

  public Consumer<? super ImportSummary> progress() {
    return progress;
  }
}
