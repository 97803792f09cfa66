package io.crm4j.core.time;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apiguardian.api.API;

/**
 * A business calendar: working windows per weekday, holidays and special days in a time zone,
 * or 24x7. Answers the two questions an SLA clock asks: when is {@code start} plus an amount of
 * business time ({@link #addBusinessTime}), and how much business time lies between two instants
 * ({@link #businessTimeBetween}).
 *
 * <p>Windows are wall-clock times in the calendar's zone, so a daylight-saving change moves them
 * with the clocks; a window that contains a change is as long in real time as the clocks say (a
 * 01:00-04:00 window on a spring-forward night lasts two hours).
 *
 * <p>The per-day window instants are computed once and cached for dates in 2000-2099, which makes
 * a due-time computation a short walk over cached arrays. Immutable and thread-safe (the cache is
 * filled lazily with safe publication).
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class BusinessCalendar {

  /**
   * How many days in a row without working time {@link #addBusinessTime} walks before it gives
   * up: ten years and some, longer than any closure a real calendar has.
   */
  private static final int MAX_CLOSED_DAYS = 3_700;
  private static final long LAST_DAY = LocalDate.MAX.toEpochDay();
  private static final long CACHE_FIRST_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
  private static final int CACHE_DAYS = (int) (LocalDate.of(2100, 1, 1).toEpochDay() - CACHE_FIRST_DAY);
  private static final long[] CLOSED = new long[0];
  private static final long NANOS = 1_000_000_000L;

  private final CalendarDefinition definition;
  private final AtomicReferenceArray<long[]> cache;

  private BusinessCalendar(CalendarDefinition definition) {
    this.definition = definition;
    this.cache = definition.alwaysOpen() ? new AtomicReferenceArray<>(0) : new AtomicReferenceArray<>(CACHE_DAYS);
  }

  /** The calendar described by {@code definition}. */
  @JsonCreator
  public static BusinessCalendar of(CalendarDefinition definition) {
    return new BusinessCalendar(Objects.requireNonNull(definition, "definition"));
  }

  /** A 24x7 calendar: every instant is business time; {@code zone} only labels it. */
  public static BusinessCalendar twentyFourSeven(ZoneId zone) {
    return of(new CalendarDefinition(zone, true, java.util.Map.of(), java.util.Set.of(), java.util.Map.of()));
  }

  /** A calendar open Monday to Friday in one window, e.g. {@code TimeWindow.hours(9, 18)}. */
  public static BusinessCalendar weekdays(ZoneId zone, TimeWindow window) {
    return custom(zone).weekdays(window).build();
  }

  /** Starts a builder for a calendar in {@code zone} with no working time yet. */
  public static BusinessCalendarBuilder custom(ZoneId zone) {
    return new BusinessCalendarBuilder(Objects.requireNonNull(zone, "zone"));
  }

  /** Starts a builder holding everything in {@code base}. */
  public static BusinessCalendarBuilder from(BusinessCalendar base) {
    return new BusinessCalendarBuilder(Objects.requireNonNull(base, "base").definition);
  }

  /** The data this calendar was built from. */
  @JsonValue
  public CalendarDefinition definition() {
    return definition;
  }

  /** The calendar's time zone. */
  public ZoneId zone() {
    return definition.zone();
  }

  /** Whether every instant is business time. */
  public boolean isAlwaysOpen() {
    return definition.alwaysOpen();
  }

  /**
   * The instant at which {@code amount} of business time has passed after {@code start}. A zero
   * amount returns {@code start}; an amount that ends exactly at the end of a window returns that
   * end (18:00, not the next morning).
   *
   * <p>The walk goes day by day, so its time grows with the number of calendar days the amount
   * spans: a million days (some 2,700 years of a weekday calendar) take a few tenths of a second.
   *
   * @throws IllegalArgumentException if {@code amount} is negative, or so large that the due time
   *     would lie after {@link Instant#MAX} (business time never passes faster than real time)
   * @throws IllegalStateException if the calendar has a stretch of 3,700 days in a row without
   *     working time before the amount is used up
   */
  public Instant addBusinessTime(Instant start, Duration amount) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("amount must be >= 0, but was " + amount);
    }
    if (amount.compareTo(Duration.between(start, Instant.MAX)) > 0) {
      throw tooLarge(start, amount);
    }
    if (definition.alwaysOpen() || amount.isZero()) {
      return start.plus(amount);
    }
    long remSec = amount.getSeconds();
    long remNano = amount.getNano();
    long curSec = start.getEpochSecond();
    int curNano = start.getNano();
    // The local date is within one day of the UTC date for every zone (offsets are within 18h).
    long day = Math.floorDiv(curSec, 86_400L) - 1;
    long lastEnd = curSec;
    for (int closed = 0; closed <= MAX_CLOSED_DAYS; closed++, day++) {
      if (day > LAST_DAY) {
        throw tooLarge(start, amount);
      }
      long[] w = windows(day);
      for (int i = 0; i < w.length; i += 2) {
        long end = w[i + 1];
        if (end <= curSec) {
          continue;
        }
        long fromSec;
        long fromNano;
        if (w[i] > curSec) {
          fromSec = w[i];
          fromNano = 0;
        } else {
          fromSec = curSec;
          fromNano = curNano;
        }
        long availSec = end - fromSec;
        long availNano = -fromNano;
        if (availNano < 0) {
          availSec -= 1;
          availNano += NANOS;
        }
        if (remSec < availSec || (remSec == availSec && remNano <= availNano)) {
          return Instant.ofEpochSecond(fromSec + remSec, fromNano + remNano);
        }
        remSec -= availSec;
        remNano -= availNano;
        if (remNano < 0) {
          remSec -= 1;
          remNano += NANOS;
        }
        closed = -1;
        lastEnd = end;
      }
    }
    throw new IllegalStateException("calendar has no working time left: none in the " + MAX_CLOSED_DAYS
        + " days after " + Instant.ofEpochSecond(lastEnd) + ", with " + Duration.ofSeconds(remSec, remNano) + " of "
        + amount + " still to go from " + start);
  }

  private static IllegalArgumentException tooLarge(Instant start, Duration amount) {
    return new IllegalArgumentException("amount must leave a due time no later than " + Instant.MAX + ", but was "
        + amount + " after " + start);
  }

  /**
   * The business time in {@code [from, to)}; zero if {@code to} is not after {@code from}. Never
   * more than {@code Duration.between(from, to)}.
   */
  public Duration businessTimeBetween(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    if (definition.alwaysOpen()) {
      return Duration.between(from, to);
    }
    long fromSec = from.getEpochSecond();
    long toSec = to.getEpochSecond();
    long totalSec = 0;
    long totalNano = 0;
    long lastDay = Math.floorDiv(toSec, 86_400L) + 1;
    for (long day = Math.floorDiv(fromSec, 86_400L) - 1; day <= lastDay; day++) {
      long[] w = windows(day);
      for (int i = 0; i < w.length; i += 2) {
        // overlap of [w[i], w[i+1]) with [from, to), in (seconds, nanos)
        long startSec = w[i];
        long startNano = 0;
        if (fromSec > startSec || (fromSec == startSec && from.getNano() > 0)) {
          startSec = fromSec;
          startNano = from.getNano();
        }
        long endSec = w[i + 1];
        long endNano = 0;
        if (toSec < endSec) {
          endSec = toSec;
          endNano = to.getNano();
        }
        if (endSec > startSec || (endSec == startSec && endNano > startNano)) {
          totalSec += endSec - startSec;
          totalNano += endNano - startNano;
        }
      }
    }
    return Duration.ofSeconds(totalSec, totalNano);
  }

  /** Whether {@code at} falls inside a working window. */
  public boolean isWorkingTime(Instant at) {
    Objects.requireNonNull(at, "at");
    if (definition.alwaysOpen()) {
      return true;
    }
    long sec = at.getEpochSecond();
    long day = Math.floorDiv(sec, 86_400L);
    for (long d = day - 1; d <= day + 1; d++) {
      long[] w = windows(d);
      for (int i = 0; i < w.length; i += 2) {
        if (w[i] <= sec && sec < w[i + 1]) {
          return true;
        }
      }
    }
    return false;
  }

  /** Window bounds of one local date as epoch seconds: start0, end0, start1, end1... */
  private long[] windows(long epochDay) {
    long index = epochDay - CACHE_FIRST_DAY;
    if (index < 0 || index >= CACHE_DAYS) {
      return compute(epochDay);
    }
    long[] cached = cache.get((int) index);
    if (cached == null) {
      cached = compute(epochDay);
      cache.set((int) index, cached);
    }
    return cached;
  }

  private long[] compute(long epochDay) {
    LocalDate date = LocalDate.ofEpochDay(epochDay);
    List<TimeWindow> list = definition.windowsOn(date);
    if (list.isEmpty()) {
      return CLOSED;
    }
    ZoneId zone = definition.zone();
    long[] out = new long[list.size() * 2];
    int n = 0;
    for (TimeWindow tw : list) {
      long s = date.atTime(tw.start()).atZone(zone).toEpochSecond();
      long e = tw.endSecondOfDay() == 86_400
          ? date.plusDays(1).atStartOfDay(zone).toEpochSecond()
          : date.atTime(tw.end()).atZone(zone).toEpochSecond();
      if (e > s) {
        out[n++] = s;
        out[n++] = e;
      }
    }
    return n == out.length ? out : java.util.Arrays.copyOf(out, n);
  }

  /** Days of the week that have at least one working window in the weekly pattern. */
  public java.util.Set<DayOfWeek> workingWeekdays() {
    java.util.EnumSet<DayOfWeek> days = java.util.EnumSet.noneOf(DayOfWeek.class);
    definition.weeklyHours().forEach((d, w) -> {
      if (!w.isEmpty()) {
        days.add(d);
      }
    });
    return java.util.Collections.unmodifiableSet(days);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BusinessCalendar other && definition.equals(other.definition);
  }

  @Override
  public int hashCode() {
    return definition.hashCode();
  }

  @Override
  public String toString() {
    return definition.alwaysOpen()
        ? "BusinessCalendar[24x7, " + zone() + "]"
        : "BusinessCalendar[" + zone() + ", " + definition.weeklyHours() + ", holidays=" + definition.holidays().size() + "]";
  }
}
