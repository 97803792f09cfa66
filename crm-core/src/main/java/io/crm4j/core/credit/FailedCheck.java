package io.crm4j.core.credit;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One check that failed and why. Immutable and thread-safe.
 *
 * @param check the check
 * @param reason a readable explanation with the figures, e.g. "static exposure 900.00 + document
 *     200.00 exceeds limit 1000.00"
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record FailedCheck(CreditCheckType check, String reason) {

  public FailedCheck {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(reason, "reason");
  }
}
