package io.crm4j.core.spi;

import org.apiguardian.api.API;

/**
 * Thrown when the storage itself fails (a lost connection, a database error). The unit of work
 * was rolled back: nothing of it was written.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class StorageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
