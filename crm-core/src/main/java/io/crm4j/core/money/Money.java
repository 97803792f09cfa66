package io.crm4j.core.money;

import io.crm4j.core.internal.Decimals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An amount of money in one currency.
 *
 * <p>The amount keeps the scale of the currency's minor unit (two decimals for EUR, none for JPY);
 * arithmetic never mixes currencies, it throws {@link CurrencyMismatchException} instead. Two
 * amounts are equal when currency and numeric value are equal ({@code 1.0 EUR} equals
 * {@code 1.00 EUR}).
 *
 * <p>Amounts given to the factories may have at most 1,000 significant digits and a scale within
 * [-1000, 1000], before and after scaling to the minor unit; anything beyond is refused with
 * {@link IllegalArgumentException} before any conversion, so a short text cannot make a number that
 * takes gigabytes to write out.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Money implements Comparable<Money> {

  private final BigDecimal amount;
  private final Currency currency;

  private Money(BigDecimal amount, Currency currency) {
    this.amount = amount;
    this.currency = currency;
  }

  /**
   * Returns an amount in the given currency, scaled to the currency's minor unit.
   *
   * @throws IllegalArgumentException if {@code amount} has more decimals than the currency allows, or
   *     lies beyond the bounds on digits and scale
   */
  public static Money of(BigDecimal amount, Currency currency) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    return new Money(scaled(amount, currency, RoundingMode.UNNECESSARY), currency);
  }

  /**
   * Returns an amount parsed from a decimal string, e.g. {@code Money.of("12.50", "EUR")}.
   *
   * @throws IllegalArgumentException if {@code amount} is not a decimal number, has more decimals
   *     than the currency allows, or lies beyond the bounds on digits and scale
   */
  public static Money of(String amount, String currencyCode) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currencyCode, "currencyCode");
    BigDecimal value = Decimals.parse(amount, "amount");
    return of(value, currency(currencyCode));
  }

  /**
   * Returns an amount rounded half-even to the currency's minor unit.
   *
   * @throws IllegalArgumentException if {@code amount} lies beyond the bounds on digits and scale
   */
  public static Money ofRounded(BigDecimal amount, Currency currency) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    return new Money(scaled(amount, currency, RoundingMode.HALF_EVEN), currency);
  }

  /** Returns an amount from minor units, e.g. cents. */
  public static Money ofMinor(long minorUnits, Currency currency) {
    Objects.requireNonNull(currency, "currency");
    return new Money(BigDecimal.valueOf(minorUnits, fractionDigits(currency)), currency);
  }

  /** Returns zero in the given currency. */
  public static Money zero(Currency currency) {
    return ofMinor(0, currency);
  }

  /** Returns zero in the currency with the given ISO 4217 code. */
  public static Money zero(String currencyCode) {
    return zero(currency(currencyCode));
  }

  private static Currency currency(String code) {
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("currencyCode must be an ISO 4217 code, but was '" + code + "'", e);
    }
  }

  private static int fractionDigits(Currency currency) {
    return Math.max(0, currency.getDefaultFractionDigits());
  }

  private static BigDecimal scaled(BigDecimal amount, Currency currency, RoundingMode mode) {
    Decimals.bounded(amount, "amount");
    int scale = fractionDigits(currency);
    BigDecimal scaled;
    try {
      scaled = amount.setScale(scale, mode);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("amount must have at most " + scale + " decimals for "
          + currency.getCurrencyCode() + ", but was " + Decimals.forMessage(amount), e);
    }
    return Decimals.bounded(scaled, "amount");
  }

  public BigDecimal amount() {
    return amount;
  }

  public Currency currency() {
    return currency;
  }

  /**
   * The amount in minor units (cents for EUR).
   *
   * @throws ArithmeticException when the minor units do not fit a {@code long} (beyond about 9.2e18)
   */
  public long minorUnits() {
    BigDecimal minor = amount.movePointRight(fractionDigits(currency));
    try {
      return minor.longValueExact();
    } catch (ArithmeticException e) {
      throw new ArithmeticException("minorUnits must fit a long (at most " + Long.MAX_VALUE + " in magnitude), but "
          + currency.getCurrencyCode() + " " + amount.toPlainString() + " has " + minor.toPlainString());
    }
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public boolean isPositive() {
    return amount.signum() > 0;
  }

  /** Returns {@code this + other}; both must have the same currency. */
  public Money plus(Money other) {
    checkSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  /** Returns {@code this - other}; both must have the same currency. */
  public Money minus(Money other) {
    checkSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  /** Returns this amount times a whole factor. */
  public Money multipliedBy(long factor) {
    return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
  }

  /**
   * Returns this amount times a decimal factor, rounded with {@code rounding} to the minor unit.
   *
   * @throws IllegalArgumentException if {@code factor} lies beyond the bounds on digits and scale
   */
  public Money multipliedBy(BigDecimal factor, RoundingMode rounding) {
    Decimals.bounded(factor, "factor");
    Objects.requireNonNull(rounding, "rounding");
    return new Money(amount.multiply(factor).setScale(fractionDigits(currency), rounding), currency);
  }

  public Money negated() {
    return new Money(amount.negate(), currency);
  }

  public Money abs() {
    return isNegative() ? negated() : this;
  }

  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  /** Orders amounts of the same currency; comparing different currencies throws. */
  @Override
  public int compareTo(Money other) {
    checkSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  private void checkSameCurrency(Money other) {
    Objects.requireNonNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && currency.equals(m.currency) && amount.compareTo(m.amount) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * currency.hashCode() + amount.stripTrailingZeros().hashCode();
  }

  /** Returns e.g. {@code "EUR 12.50"}; {@link #parse} reads it back. */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + amount.toPlainString();
  }

  /** Parses the form written by {@link #toString()}, e.g. {@code "EUR 12.50"}. */
  public static Money parse(String text) {
    Objects.requireNonNull(text, "text");
    String trimmed = text.trim();
    int space = trimmed.indexOf(' ');
    if (space != 3) {
      throw new IllegalArgumentException("text must look like 'EUR 12.50', but was '" + text + "'");
    }
    return of(trimmed.substring(space + 1).trim(), trimmed.substring(0, space));
  }
}
