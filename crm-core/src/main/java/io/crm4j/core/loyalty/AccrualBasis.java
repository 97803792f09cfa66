package io.crm4j.core.loyalty;

import io.crm4j.core.internal.Checks;
import io.crm4j.core.money.Money;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What an accrual is for: money spent, months of tenure covered, or both. Immutable and thread-safe.
 *
 * @param spend the amount spent, if any (zero or more)
 * @param tenureMonths the months of tenure this accrual covers, zero or more
 * @param at when
 * @param reference the order, bill or other reference
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AccrualBasis(@Nullable Money spend, int tenureMonths, Instant at, String reference) {

  public AccrualBasis {
    if (spend != null && spend.isNegative()) {
      throw new IllegalArgumentException("spend must be >= 0, but was " + spend);
    }
    if (tenureMonths < 0) {
      throw new IllegalArgumentException("tenureMonths must be >= 0, but was " + tenureMonths);
    }
    Objects.requireNonNull(at, "at");
    Checks.notBlank(reference, "reference");
  }

  /** A purchase of {@code spend}. */
  public static AccrualBasis purchase(Money spend, Instant at, String reference) {
    return new AccrualBasis(Objects.requireNonNull(spend, "spend"), 0, at, reference);
  }

  /** A monthly bill of {@code amount}, covering one month of tenure. */
  public static AccrualBasis monthlyBill(Money amount, Instant at, String reference) {
    return new AccrualBasis(Objects.requireNonNull(amount, "amount"), 1, at, reference);
  }
}
