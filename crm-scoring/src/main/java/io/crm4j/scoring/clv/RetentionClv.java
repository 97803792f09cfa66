package io.crm4j.scoring.clv;

import io.crm4j.core.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Retention-based CLV with a constant margin m per period, retention rate r and discount rate d:
 * the margins of the later periods, Σ_{t≥1} m r^t/(1+d)^t = m·r/(1 + d − r), and, when the
 * current period's margin is counted too, m(1 + d)/(1 + d − r). Rounded half-even to the
 * currency's minor unit. Stateless and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RetentionClv {

  private RetentionClv() {}

  /** m·r/(1 + d − r): the value of the future margins. */
  public static Money value(Money margin, double retentionRate, double discountRate) {
    Objects.requireNonNull(margin, "margin");
    check(retentionRate, discountRate);
    BigDecimal r = BigDecimal.valueOf(retentionRate);
    BigDecimal denominator = BigDecimal.ONE.add(BigDecimal.valueOf(discountRate)).subtract(r);
    return round(margin.amount().multiply(r).divide(denominator, MathContext.DECIMAL128), margin);
  }

  /** m(1 + d)/(1 + d − r): the current margin plus the value of the future ones. */
  public static Money valueIncludingCurrentMargin(Money margin, double retentionRate, double discountRate) {
    Objects.requireNonNull(margin, "margin");
    check(retentionRate, discountRate);
    BigDecimal onePlusD = BigDecimal.ONE.add(BigDecimal.valueOf(discountRate));
    BigDecimal denominator = onePlusD.subtract(BigDecimal.valueOf(retentionRate));
    return round(margin.amount().multiply(onePlusD).divide(denominator, MathContext.DECIMAL128), margin);
  }

  private static Money round(BigDecimal v, Money like) {
    return Money.ofRounded(v.setScale(like.currency().getDefaultFractionDigits(), RoundingMode.HALF_EVEN),
        like.currency());
  }

  private static void check(double retentionRate, double discountRate) {
    Validation.probability(retentionRate, "retentionRate");
    ProfitStreamClv.checkRate(discountRate);
    if (retentionRate == 1 && discountRate == 0) {
      throw new IllegalArgumentException(
          "retentionRate must be < 1 when discountRate is 0 (the value is infinite), but was 1.0");
    }
  }
}
