package io.crm4j.core.time;

import java.time.LocalTime;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A span of working time within one day, in the calendar's local wall time: from {@code start}
 * (inclusive) to {@code end} (exclusive). An {@code end} of {@code 00:00} means the end of the
 * day (24:00), so {@code 00:00-00:00} is the whole day. Bounds are whole seconds.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start first working instant of the window
 * @param end first instant after the window; {@code 00:00} stands for 24:00
 */
@API(status = API.Status.STABLE, since = "0.1")
public record TimeWindow(LocalTime start, LocalTime end) {

  public TimeWindow {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (start.getNano() != 0 || end.getNano() != 0) {
      throw new IllegalArgumentException(
          "window bounds must be whole seconds, but were " + start + " and " + end);
    }
    if (!end.equals(LocalTime.MIDNIGHT) && !end.isAfter(start)) {
      throw new IllegalArgumentException(
          "end must be after start (or 00:00 for the end of the day), but was " + start + "-" + end);
    }
  }

  /** The window {@code start}-{@code end}. */
  public static TimeWindow of(LocalTime start, LocalTime end) {
    return new TimeWindow(start, end);
  }

  /** The window {@code startHour:00}-{@code endHour:00}; {@code endHour} 24 means end of day. */
  public static TimeWindow hours(int startHour, int endHour) {
    if (startHour < 0 || startHour > 23) {
      throw new IllegalArgumentException("startHour must be in [0, 23], but was " + startHour);
    }
    if (endHour <= startHour || endHour > 24) {
      throw new IllegalArgumentException(
          "endHour must be in (" + startHour + ", 24], but was " + endHour);
    }
    return new TimeWindow(LocalTime.of(startHour, 0), endHour == 24 ? LocalTime.MIDNIGHT : LocalTime.of(endHour, 0));
  }

  /** The whole day, 00:00-24:00. */
  public static TimeWindow wholeDay() {
    return new TimeWindow(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
  }

  /** Seconds from midnight of the end bound, 86 400 for the end of the day. */
  int endSecondOfDay() {
    return end.equals(LocalTime.MIDNIGHT) ? 86_400 : end.toSecondOfDay();
  }

  /** Whether this window and {@code other} share any time. */
  boolean overlaps(TimeWindow other) {
    return start.toSecondOfDay() < other.endSecondOfDay() && other.start.toSecondOfDay() < endSecondOfDay();
  }

  @Override
  public String toString() {
    return start + "-" + (end.equals(LocalTime.MIDNIGHT) ? "24:00" : end.toString());
  }
}
