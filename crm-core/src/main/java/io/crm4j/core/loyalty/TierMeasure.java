package io.crm4j.core.loyalty;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.lifecycle.CustomerFacts;
import io.crm4j.core.spi.Store;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What qualifies a member for a tier over one window {@code [from, to)}: qualifying points, spend,
 * or a score computed elsewhere (e.g. by crm-scoring), supplied through {@link #score}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface TierMeasure {

  /** The member's qualifying value in {@code [from, to)}; finite, zero or more. */
  BigDecimal measure(CustomerFacts facts, Instant from, Instant to);

  /** A score of a customer (higher is better), e.g. from an RFM or CLV model. */
  @FunctionalInterface
  interface Score {
    double of(CustomerId customerId, Instant asOf);
  }

  /** Spend in {@code currency} on purchases in the window, less what was refunded of them (see {@link CustomerFacts#spend(Instant, Instant, Currency)}). */
  static TierMeasure spend(Currency currency) {
    Objects.requireNonNull(currency, "currency");
    return (facts, from, to) -> facts.spend(from, to, currency).amount();
  }

  /** Qualifying points (accruals less reversals) booked in the window on the member's account in {@code store}. */
  static TierMeasure qualifyingPoints(Store store) {
    Objects.requireNonNull(store, "store");
    return (facts, from, to) -> store.repository(LoyaltyStorage.POINTS_ACCOUNTS).find(facts.customerId())
        .map(a -> BigDecimal.valueOf(Math.max(0, a.qualifyingPoints(from, to))))
        .orElse(BigDecimal.ZERO);
  }

  /** The score at the window's evaluation instant; the window itself is ignored. */
  static TierMeasure score(Score score) {
    Objects.requireNonNull(score, "score");
    return (facts, from, to) -> {
      double s = score.of(facts.customerId(), facts.asOf());
      if (!Double.isFinite(s)) {
        throw new IllegalArgumentException("score must be a finite number, but was " + s + " for "
            + facts.customerId());
      }
      return BigDecimal.valueOf(Math.max(0, s));
    };
  }
}
