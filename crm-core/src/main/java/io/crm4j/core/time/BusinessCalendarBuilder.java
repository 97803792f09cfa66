package io.crm4j.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Builds a {@link BusinessCalendar}; obtained from {@link BusinessCalendar#custom(ZoneId)} or
 * {@link BusinessCalendar#from(BusinessCalendar)}. Each method checks its input at once. Not
 * thread-safe; the calendar it builds is.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class BusinessCalendarBuilder {

  private ZoneId zone;
  private final Map<DayOfWeek, List<TimeWindow>> weekly = new EnumMap<>(DayOfWeek.class);
  private final Set<LocalDate> holidays = new HashSet<>();
  private final Map<LocalDate, List<TimeWindow>> special = new HashMap<>();

  BusinessCalendarBuilder(ZoneId zone) {
    this.zone = zone;
  }

  BusinessCalendarBuilder(CalendarDefinition base) {
    if (base.alwaysOpen()) {
      throw new IllegalArgumentException("base must not be a 24x7 calendar, but was 24x7 in " + base.zone());
    }
    this.zone = base.zone();
    base.weeklyHours().forEach((d, w) -> weekly.put(d, new ArrayList<>(w)));
    holidays.addAll(base.holidays());
    base.specialDays().forEach((d, w) -> special.put(d, new ArrayList<>(w)));
  }

  /** Sets the time zone in which windows are read. */
  public BusinessCalendarBuilder zone(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
    return this;
  }

  /** Replaces the windows of {@code day}; an empty array closes it. */
  public BusinessCalendarBuilder hours(DayOfWeek day, TimeWindow... windows) {
    Objects.requireNonNull(day, "day");
    weekly.put(day, checked(List.of(windows), "hours(" + day + ")"));
    return this;
  }

  /** Sets the same windows for Monday to Friday. */
  public BusinessCalendarBuilder weekdays(TimeWindow... windows) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY) {
        hours(d, windows);
      }
    }
    return this;
  }

  /** Marks {@code date} as a holiday (no working time unless it is also a special day). */
  public BusinessCalendarBuilder holiday(LocalDate date) {
    holidays.add(Objects.requireNonNull(date, "date"));
    return this;
  }

  /** Marks every date in {@code dates} as a holiday. */
  public BusinessCalendarBuilder holidays(Collection<LocalDate> dates) {
    Objects.requireNonNull(dates, "dates").forEach(this::holiday);
    return this;
  }

  /** Gives {@code date} its own windows, e.g. a make-up working Saturday (调休) or a short day. */
  public BusinessCalendarBuilder specialDay(LocalDate date, TimeWindow... windows) {
    Objects.requireNonNull(date, "date");
    special.put(date, checked(List.of(windows), "specialDay(" + date + ")"));
    return this;
  }

  /** Builds the calendar. */
  public BusinessCalendar build() {
    return BusinessCalendar.of(new CalendarDefinition(zone, false, weekly, holidays, special));
  }

  private static List<TimeWindow> checked(List<TimeWindow> windows, String name) {
    return new ArrayList<>(CalendarDefinition.normalise(windows, name));
  }
}
