package io.crm4j.core.internal;

import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/** Argument checks that produce messages naming the parameter, the rule and the value. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Checks {

  private Checks() {}

  /** Returns {@code value} if it is a usable identifier: non-blank, at most 128 characters. */
  public static String identifier(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank, but was '" + value + "'");
    }
    if (value.length() > 128) {
      throw new IllegalArgumentException(name + " must be at most 128 characters, but was " + value.length());
    }
    return value;
  }

  /** Returns {@code value} if it is non-blank. */
  public static String notBlank(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank, but was '" + value + "'");
    }
    return value;
  }

  public static long nonNegative(long value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, but was " + value);
    }
    return value;
  }

  public static int positive(int value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be > 0, but was " + value);
    }
    return value;
  }

  /** Checks a half-open time range {@code [from, to)}: both given, {@code to} not before {@code from}. */
  public static void timeRange(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to must not be before from (" + from + "), but was " + to);
    }
  }

  /** Throws {@link IllegalStateException} when a resource such as a store has been closed. */
  public static void open(boolean closed, String name) {
    if (closed) {
      throw new IllegalStateException(name + " must be open, but was closed");
    }
  }

  /** Masks personal data for {@code toString}: keeps the first character only. */
  public static String mask(String personal) {
    if (personal == null || personal.isEmpty()) {
      return "";
    }
    return personal.charAt(0) + "***";
  }
}
