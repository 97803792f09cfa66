package io.crm4j.core.internal;

import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Argument checks that produce messages naming the parameter, the rule and the value. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Checks {

  private Checks() {}

  /**
   * Returns {@code value} if it is a usable identifier: non-blank, at most 128 characters, without
   * control characters (NUL, line breaks, escapes) and without whitespace at either end, so that an id
   * prints on one line and two ids that look alike are equal. Typed ids pass their own name
   * ({@code "customerId"}) so that a message says which id was wrong.
   */
  public static String identifier(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.length() > 128) {
      throw new IllegalArgumentException(name + " must be at most 128 characters, but was " + value.length());
    }
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        throw new IllegalArgumentException(name + " must not contain control characters, but had "
            + String.format("U+%04X", c) + " at index " + i);
      }
      i += Character.charCount(c);
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank, but was '" + value + "'");
    }
    if (Character.isWhitespace(value.codePointAt(0)) || Character.isWhitespace(value.codePointBefore(value.length()))) {
      throw new IllegalArgumentException(name + " must not start or end with whitespace, but was '" + value + "'");
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

  /**
   * Masks personal data for {@code toString}: keeps the first code point only, so that a character
   * outside the Basic Multilingual Plane (a CJK extension ideograph, an emoji) is kept whole, never
   * half a surrogate pair.
   */
  public static String mask(@Nullable String personal) {
    if (personal == null || personal.isEmpty()) {
      return "";
    }
    return personal.substring(0, personal.offsetByCodePoints(0, 1)) + "***";
  }
}
