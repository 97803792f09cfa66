package io.crm4j.core.complaint;

import io.crm4j.core.internal.Checks;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A reference to evidence kept elsewhere (a document store key, a URL); the complaint never
 * holds the content. Immutable and thread-safe.
 *
 * @param reference where the attachment lives (non-blank)
 * @param description what it is, may be empty
 */
@API(status = API.Status.STABLE, since = "0.1")
public record AttachmentRef(String reference, String description) {

  public AttachmentRef {
    Checks.notBlank(reference, "reference");
    Objects.requireNonNull(description, "description");
  }
}
