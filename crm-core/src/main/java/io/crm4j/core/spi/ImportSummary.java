package io.crm4j.core.spi;

import org.apiguardian.api.API;

/**
 * What a bulk import did so far or in all: entries read from the stream, entries inserted, and
 * entries skipped because their id was already stored (or came earlier in the same stream).
 * {@code read == inserted + skipped}. Immutable and thread-safe.
 *
 * @param read entries taken from the stream
 * @param inserted entries written to the log
 * @param skipped entries whose id the log already held
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ImportSummary(long read, long inserted, long skipped) {

  /** Nothing read yet. */
  public static final ImportSummary EMPTY = new ImportSummary(0, 0, 0);

  public ImportSummary {
    if (inserted < 0 || skipped < 0 || read != inserted + skipped) {
      throw new IllegalArgumentException("read must be inserted + skipped, each >= 0, but were read " + read
          + ", inserted " + inserted + ", skipped " + skipped);
    }
  }

  /** This summary plus a chunk of {@code chunkRead} entries of which {@code chunkInserted} were inserted. */
  public ImportSummary plus(int chunkRead, int chunkInserted) {
    return new ImportSummary(read + chunkRead, inserted + chunkInserted, skipped + chunkRead - chunkInserted);
  }
}
