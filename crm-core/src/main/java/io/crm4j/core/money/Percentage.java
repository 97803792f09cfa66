package io.crm4j.core.money;

import io.crm4j.core.internal.Decimals;
import java.math.BigDecimal;
import java.math.MathContext;
import org.apiguardian.api.API;

/**
 * A percentage held exactly, e.g. {@code Percentage.of("12.5")} is 12.5 % (the fraction 0.125).
 * May be negative or above 100 (a growth rate); callers that need a bounded share check it. The
 * value may have at most 1,000 significant digits and a scale within [-1000, 1000]; beyond that it is
 * refused with {@link IllegalArgumentException}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the percentage points, e.g. 12.5 for 12.5 %
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Percentage(BigDecimal value) implements Comparable<Percentage> {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Zero percent. */
  public static final Percentage ZERO = new Percentage(BigDecimal.ZERO);

  public Percentage {
    Decimals.bounded(value, "value");
  }

  /** Returns a percentage from percentage points, e.g. {@code of("12.5")}. */
  public static Percentage of(String points) {
    return new Percentage(Decimals.parse(points, "points"));
  }

  /** Returns a percentage from percentage points. */
  public static Percentage of(BigDecimal points) {
    return new Percentage(Decimals.bounded(points, "points"));
  }

  /** Returns a percentage from a fraction, e.g. {@code ofFraction(0.125)} is 12.5 %. */
  public static Percentage ofFraction(BigDecimal fraction) {
    Decimals.bounded(fraction, "fraction");
    return new Percentage(fraction.multiply(HUNDRED));
  }

  /** The fraction this percentage stands for, e.g. 0.125 for 12.5 %. */
  public BigDecimal fraction() {
    return value.divide(HUNDRED, MathContext.DECIMAL128);
  }

  /** Returns true when this lies in [0 %, 100 %]. */
  public boolean isShare() {
    return value.signum() >= 0 && value.compareTo(HUNDRED) <= 0;
  }

  @Override
  public int compareTo(Percentage other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Percentage p && value.compareTo(p.value) == 0;
  }

  @Override
  public int hashCode() {
    return value.stripTrailingZeros().hashCode();
  }

  @Override
  public String toString() {
    return value.toPlainString() + "%";
  }
}
