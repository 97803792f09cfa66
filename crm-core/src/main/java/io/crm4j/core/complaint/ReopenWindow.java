package io.crm4j.core.complaint;

import io.crm4j.core.internal.Checks;
import io.crm4j.core.time.BusinessCalendar;
import io.crm4j.core.time.CalendarDefinition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How long after a complaint was resolved or closed it may still be {@link ComplaintStatus#REOPENED}:
 * through the last of {@code days} calendar or business days after the day it was closed, in the
 * calendar's zone. After the window, a new complaint linked to the old one is opened instead
 * ({@link Complaint#receiveLinked}); the graph's move is then rejected with
 * {@link io.crm4j.core.outcome.ReasonCode#REOPEN_WINDOW_CLOSED}.
 *
 * <p>A business day is a date with working time in {@code calendar} (holidays and closed
 * weekdays do not count). Immutable and thread-safe.
 *
 * @param days how many days after the closing day the window lasts, at least 1
 * @param businessDays whether only business days count
 * @param calendar the calendar whose days are counted (its zone decides where a day starts)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ReopenWindow(int days, boolean businessDays, CalendarDefinition calendar) {

  public ReopenWindow {
    Checks.positive(days, "days");
    Objects.requireNonNull(calendar, "calendar");
  }

  /** A window of {@code days} calendar days after the closing day, days starting at midnight in {@code zone}. */
  public static ReopenWindow calendarDays(int days, ZoneId zone) {
    return new ReopenWindow(days, false, BusinessCalendar.twentyFourSeven(Objects.requireNonNull(zone, "zone"))
        .definition());
  }

  /** A window of {@code days} business days of {@code calendar} after the closing day. */
  public static ReopenWindow businessDays(int days, BusinessCalendar calendar) {
    return new ReopenWindow(days, true, Objects.requireNonNull(calendar, "calendar").definition());
  }

  /** The first instant after the window of a complaint closed at {@code closedAt}. */
  public Instant endsAt(Instant closedAt) {
    Objects.requireNonNull(closedAt, "closedAt");
    ZoneId zone = calendar.zone();
    LocalDate day = LocalDate.ofInstant(closedAt, zone);
    if (!businessDays) {
      return day.plusDays(days + 1L).atStartOfDay(zone).toInstant();
    }
    int counted = 0;
    while (counted < days) {
      day = day.plusDays(1);
      if (calendar.alwaysOpen() || !calendar.windowsOn(day).isEmpty()) {
        counted++;
      }
    }
    return day.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /** Whether a complaint closed at {@code closedAt} may still be reopened at {@code at}. */
  public boolean allows(Instant closedAt, Instant at) {
    Objects.requireNonNull(at, "at");
    return at.isBefore(endsAt(closedAt));
  }
}
