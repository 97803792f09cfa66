package io.crm4j.core.spi;

import org.apiguardian.api.API;

/** Thrown when an insert uses an id that is already stored; nothing was written. */
@API(status = API.Status.STABLE, since = "0.1")
public final class DuplicateIdException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String id;

  public DuplicateIdException(String kind, String id) {
    super(kind + " id must be unique, but " + id + " is already stored");
    this.kind = kind;
    this.id = id;
  }

  public String kind() {
    return kind;
  }

  public String id() {
    return id;
  }
}
