package io.crm4j.core.spi;

import org.apiguardian.api.API;

/**
 * Thrown when a write names a version that is no longer the stored one: another writer won. The
 * caller reloads and retries, or gives up; nothing was written.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class StaleVersionException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final String aggregate;
  private final String id;
  private final long expectedVersion;
  private final long storedVersion;

  /**
   * @param storedVersion the stored version, or -1 when nothing is stored under the id
   */
  public StaleVersionException(String aggregate, String id, long expectedVersion, long storedVersion) {
    super(aggregate + " " + id + ": version must be the stored one (" + (storedVersion < 0 ? "none" : storedVersion)
        + "), but was " + expectedVersion);
    this.aggregate = aggregate;
    this.id = id;
    this.expectedVersion = expectedVersion;
    this.storedVersion = storedVersion;
  }

  public String aggregate() {
    return aggregate;
  }

  public String id() {
    return id;
  }

  public long expectedVersion() {
    return expectedVersion;
  }

  /** The stored version, or -1 when nothing is stored under the id. */
  public long storedVersion() {
    return storedVersion;
  }
}
