package io.crm4j.core.loyalty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.apiguardian.api.API;
import io.crm4j.core.money.Money;

/** How an accrual earns points from its {@link AccrualBasis}. Implementations are immutable, thread-safe records. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface AccrualRule {

  /** Points earned by the basis under this rule, zero or more. */
  long pointsFor(AccrualBasis basis);

  /** {@code points} for every whole {@code unit} spent (e.g. 1 point per CNY 10); spend in other currencies earns nothing. */
  record PerCurrencyUnit(Money unit, long points) implements AccrualRule {
    public PerCurrencyUnit {
      Objects.requireNonNull(unit, "unit");
      if (!unit.isPositive()) {
        throw new IllegalArgumentException("unit must be > 0, but was " + unit);
      }
      if (points <= 0) {
        throw new IllegalArgumentException("points must be > 0, but was " + points);
      }
    }

    @Override
    public long pointsFor(AccrualBasis basis) {
      Money spend = basis.spend();
      if (spend == null || !spend.currency().equals(unit.currency()) || !spend.isPositive()) {
        return 0;
      }
      BigDecimal units = spend.amount().divide(unit.amount(), 0, RoundingMode.FLOOR);
      return Math.multiplyExact(units.longValueExact(), points);
    }
  }

  /** {@code points} for every month of tenure the basis covers. */
  record PerMonthOfTenure(long points) implements AccrualRule {
    public PerMonthOfTenure {
      if (points <= 0) {
        throw new IllegalArgumentException("points must be > 0, but was " + points);
      }
    }

    @Override
    public long pointsFor(AccrualBasis basis) {
      return Math.multiplyExact(basis.tenureMonths(), points);
    }
  }
}
