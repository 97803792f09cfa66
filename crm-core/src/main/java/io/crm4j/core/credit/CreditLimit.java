package io.crm4j.core.credit;

import io.crm4j.core.money.CurrencyMismatchException;
import io.crm4j.core.money.Money;
import java.util.Currency;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The limit of one credit segment in one currency, with the exposure last recorded against it
 * (used to detect when a utilisation level is crossed). Immutable and thread-safe.
 *
 * @param segment the credit segment
 * @param amount the limit, at least 0; its currency is the limit's currency
 * @param lastExposure the exposure last recorded, at least 0, in the limit's currency
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CreditLimit(CreditSegment segment, Money amount, Money lastExposure) {

  public CreditLimit {
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(lastExposure, "lastExposure");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("amount must be >= 0, but was " + amount);
    }
    if (!lastExposure.currency().equals(amount.currency())) {
      throw new CurrencyMismatchException(amount.currency(), lastExposure.currency());
    }
    if (lastExposure.isNegative()) {
      throw new IllegalArgumentException("lastExposure must be >= 0, but was " + lastExposure);
    }
  }

  /** A limit with no exposure recorded yet. */
  public static CreditLimit of(CreditSegment segment, Money amount) {
    Objects.requireNonNull(amount, "amount");
    return new CreditLimit(segment, amount, Money.zero(amount.currency()));
  }

  /** The limit's currency. */
  public Currency currency() {
    return amount.currency();
  }

  /** Returns true if this limit is for the given segment and currency. */
  public boolean isFor(CreditSegment segment, Currency currency) {
    return this.segment.equals(segment) && amount.currency().equals(currency);
  }
}
