package io.crm4j.core.credit;

import io.crm4j.core.money.Money;
import io.crm4j.core.outcome.RejectionDetail;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a credit check saw: the exposure, the limit (if any) and every check that failed. The
 * document passes when no check failed. {@link CreditCheck#check} returns it as the value of an
 * applied {@link io.crm4j.core.outcome.Outcome} when the document passes, and as the detail of a
 * rejection ({@link io.crm4j.core.outcome.ReasonCode#CREDIT_CHECK_FAILED}) when it does not.
 * Immutable and thread-safe.
 *
 * @param document the document checked
 * @param exposure the exposure before the document
 * @param limit the applicable limit, or null when there is none
 * @param failures every failed check, in the order of {@link CreditCheckType}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CreditCheckReport(CreditDocument document, Exposure exposure, @Nullable Money limit,
    List<FailedCheck> failures) implements RejectionDetail {

  public CreditCheckReport {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(exposure, "exposure");
    failures = List.copyOf(failures);
  }

  /** Returns true when every check passed. */
  public boolean passed() {
    return failures.isEmpty();
  }

  /** Returns true if the given check failed. */
  public boolean failed(CreditCheckType check) {
    Objects.requireNonNull(check, "check");
    return failures.stream().anyMatch(f -> f.check() == check);
  }

  /** The applicable limit, if any. */
  public Optional<Money> limitIfAny() {
    return Optional.ofNullable(limit);
  }
}
