package io.crm4j.core.loyalty;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * When accrued points expire: never, a fixed time after accrual (days, end of month, end of year),
 * or all at once after a span without member activity (accrual or redemption).
 *
 * <p>Every implementation is an immutable, thread-safe record.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface ExpiryPolicy {

  /** The fixed expiry of points accrued at {@code accruedAt}, or null when they have none. */
  @Nullable Instant expiryOf(Instant accruedAt, ZoneId zone);

  /** Points never expire. */
  record Never() implements ExpiryPolicy {
    @Override
    public @Nullable Instant expiryOf(Instant accruedAt, ZoneId zone) {
      return null;
    }
  }

  /** Points expire {@code days} days after accrual. */
  record AfterDays(int days) implements ExpiryPolicy {
    public AfterDays {
      positive(days, "days");
    }

    @Override
    public Instant expiryOf(Instant accruedAt, ZoneId zone) {
      return accruedAt.plus(Duration.ofDays(days));
    }
  }

  /** Points expire at the end of the month {@code monthsAfter} months after the accrual's month (0: the same month). */
  record EndOfMonth(int monthsAfter) implements ExpiryPolicy {
    public EndOfMonth {
      nonNegative(monthsAfter, "monthsAfter");
    }

    @Override
    public Instant expiryOf(Instant accruedAt, ZoneId zone) {
      YearMonth month = YearMonth.from(accruedAt.atZone(zone)).plusMonths(monthsAfter + 1L);
      return month.atDay(1).atStartOfDay(zone).toInstant();
    }
  }

  /** Points expire at the end of the year {@code yearsAfter} years after the accrual's year (0: the same year). */
  record EndOfYear(int yearsAfter) implements ExpiryPolicy {
    public EndOfYear {
      nonNegative(yearsAfter, "yearsAfter");
    }

    @Override
    public Instant expiryOf(Instant accruedAt, ZoneId zone) {
      int year = accruedAt.atZone(zone).getYear() + yearsAfter + 1;
      return java.time.LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
    }
  }

  /** All points expire once {@code days} days pass without an accrual or a redemption. */
  record AfterInactivity(int days) implements ExpiryPolicy {
    public AfterInactivity {
      positive(days, "days");
    }

    @Override
    public @Nullable Instant expiryOf(Instant accruedAt, ZoneId zone) {
      return null;
    }
  }

  private static void positive(int value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be > 0, but was " + value);
    }
  }

  private static void nonNegative(int value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, but was " + value);
    }
  }
}
