package io.crm4j.core.internal;

import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The one bound on decimal numbers taken from callers or JSON: at most {@value #MAX_PRECISION}
 * significant digits and a scale within ±{@value #MAX_SCALE}. A tiny text such as {@code 1e999999999}
 * is a valid {@link BigDecimal} whose plain form, or rescaling to cents, needs gigabytes; checking
 * precision and scale first costs nothing and keeps every later conversion small. Messages about
 * refused numbers give their digit count and scale, never the number itself.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Decimals {

  /** Significant digits a number may have. */
  public static final int MAX_PRECISION = 1_000;
  /** The largest scale, in either direction, a number may have. */
  public static final int MAX_SCALE = 1_000;

  /** Longest text {@link #parse} reads: the digits, a sign, a point and an exponent. */
  private static final int MAX_TEXT = MAX_PRECISION + 16;

  private Decimals() {}

  /** Returns {@code value} if its precision and scale lie within the bounds; throws otherwise. */
  public static BigDecimal bounded(BigDecimal value, String name) {
    Objects.requireNonNull(value, name);
    int scale = value.scale();
    if (scale > MAX_SCALE || scale < -MAX_SCALE || value.precision() > MAX_PRECISION) {
      throw new IllegalArgumentException(name + " must have at most " + MAX_PRECISION
          + " significant digits and a scale within [-" + MAX_SCALE + ", " + MAX_SCALE + "], but had "
          + value.precision() + " digits and scale " + scale);
    }
    return value;
  }

  /** Parses a decimal number such as {@code "12.50"} or {@code "1.2e3"} and checks its bounds. */
  public static BigDecimal parse(String text, String name) {
    Objects.requireNonNull(text, name);
    if (text.length() > MAX_TEXT) {
      throw new IllegalArgumentException(name + " must be a decimal number of at most " + MAX_TEXT
          + " characters, but had " + text.length());
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a decimal number, but was '" + text + "'", e);
    }
    return bounded(value, name);
  }

  /**
   * A bounded number as a message shows it: plain when short, otherwise its leading digits with
   * its digit count and scale.
   */
  public static String forMessage(BigDecimal value) {
    if (value.precision() <= 40 && Math.abs(value.scale()) <= 40) {
      return value.toPlainString();
    }
    String digits = value.unscaledValue().abs().toString();
    return (value.signum() < 0 ? "-" : "") + digits.substring(0, Math.min(12, digits.length())) + "... ("
        + value.precision() + " digits, scale " + value.scale() + ")";
  }
}
