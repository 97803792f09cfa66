package io.crm4j.core.loyalty;

import io.crm4j.core.internal.Checks;
import io.crm4j.core.internal.Decimals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A bonus campaign: accruals in {@code [from, to)} earn their points times {@code multiplier}
 * (rounded down) plus {@code bonusPoints}. Immutable and thread-safe.
 *
 * @param name the campaign's name
 * @param from first instant, inclusive
 * @param to end, exclusive, after {@code from}
 * @param multiplier at least 1
 * @param bonusPoints added to each qualifying accrual, zero or more
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Campaign(String name, Instant from, Instant to, BigDecimal multiplier, long bonusPoints) {

  public Campaign {
    Checks.notBlank(name, "name");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("to must be after from " + from + ", but was " + to);
    }
    Decimals.bounded(multiplier, "multiplier");
    if (multiplier.compareTo(BigDecimal.ONE) < 0) {
      throw new IllegalArgumentException("multiplier must be >= 1, but was " + multiplier);
    }
    if (bonusPoints < 0) {
      throw new IllegalArgumentException("bonusPoints must be >= 0, but was " + bonusPoints);
    }
  }

  /** Whether an accrual at {@code at} qualifies. */
  public boolean covers(Instant at) {
    return !at.isBefore(from) && at.isBefore(to);
  }

  /** The points after the campaign, for {@code base} points earned at {@code at}. */
  public long apply(long base, Instant at) {
    if (!covers(at) || base <= 0) {
      return base;
    }
    long multiplied = new BigDecimal(base).multiply(multiplier).setScale(0, RoundingMode.FLOOR).longValueExact();
    return Math.addExact(multiplied, bonusPoints);
  }
}
