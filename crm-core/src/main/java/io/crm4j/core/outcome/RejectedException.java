package io.crm4j.core.outcome;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Thrown by {@link Outcome#orElseThrow()} when the outcome was a rejection: the caller asserted
 * that the operation must succeed. Carries the rejection's code and message; the exception's
 * message is {@code "CODE: message"}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RejectedException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final ReasonCode code;
  private final String reason;

  public RejectedException(ReasonCode code, String reason) {
    super(Objects.requireNonNull(code, "code") + ": " + Objects.requireNonNull(reason, "reason"));
    this.code = code;
    this.reason = reason;
  }

  /** Why the operation was rejected. */
  public ReasonCode code() {
    return code;
  }

  /** The rejection's message, without the code. */
  public String reason() {
    return reason;
  }
}
