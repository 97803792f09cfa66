package io.crm4j.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * The data that defines a {@link BusinessCalendar}; this is what is written to and read from JSON.
 *
 * <p>A date's working windows are, in order of precedence: its entry in {@code specialDays} (for
 * example a make-up working Saturday, or a shortened day), none if it is in {@code holidays},
 * otherwise the entry for its weekday in {@code weeklyHours} (none if absent). With
 * {@code alwaysOpen} every instant is working time (24x7) and the other fields must be empty.
 *
 * <p>Immutable and thread-safe.
 *
 * @param zone the time zone in which the windows are wall-clock times
 * @param alwaysOpen whether the calendar is 24x7
 * @param weeklyHours working windows per weekday, sorted and non-overlapping within a day
 * @param holidays dates without working time (unless listed in {@code specialDays})
 * @param specialDays dates whose windows replace the weekday's (an empty list closes the day)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record CalendarDefinition(
    ZoneId zone,
    boolean alwaysOpen,
    Map<DayOfWeek, List<TimeWindow>> weeklyHours,
    Set<LocalDate> holidays,
    Map<LocalDate, List<TimeWindow>> specialDays) {

  public CalendarDefinition {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(weeklyHours, "weeklyHours");
    Objects.requireNonNull(holidays, "holidays");
    Objects.requireNonNull(specialDays, "specialDays");
    EnumMap<DayOfWeek, List<TimeWindow>> weekly = new EnumMap<>(DayOfWeek.class);
    weeklyHours.forEach((day, windows) -> weekly.put(
        Objects.requireNonNull(day, "weeklyHours day"), normalise(windows, "weeklyHours[" + day + "]")));
    TreeMap<LocalDate, List<TimeWindow>> special = new TreeMap<>();
    specialDays.forEach((date, windows) -> special.put(
        Objects.requireNonNull(date, "specialDays date"), normalise(windows, "specialDays[" + date + "]")));
    weeklyHours = java.util.Collections.unmodifiableMap(weekly);
    holidays = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
    specialDays = java.util.Collections.unmodifiableSortedMap(special);
    if (alwaysOpen && (!weekly.isEmpty() || !holidays.isEmpty() || !special.isEmpty())) {
      throw new IllegalArgumentException(
          "an alwaysOpen (24x7) calendar must not list hours, holidays or special days, but had "
              + weekly.size() + " weekdays, " + holidays.size() + " holidays, " + special.size() + " special days");
    }
    if (!alwaysOpen && weekly.values().stream().allMatch(List::isEmpty)
        && special.values().stream().allMatch(List::isEmpty)) {
      throw new IllegalArgumentException("weeklyHours must contain at least one working window, but had none");
    }
  }

  static List<TimeWindow> normalise(List<TimeWindow> windows, String name) {
    Objects.requireNonNull(windows, name);
    List<TimeWindow> sorted = new ArrayList<>(windows);
    sorted.forEach(w -> Objects.requireNonNull(w, name));
    sorted.sort(Comparator.comparing(TimeWindow::start));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i - 1).overlaps(sorted.get(i))) {
        throw new IllegalArgumentException(
            name + " windows must not overlap, but " + sorted.get(i - 1) + " overlaps " + sorted.get(i));
      }
    }
    return List.copyOf(sorted);
  }

  /** The working windows of {@code date} under this definition (empty for a closed day). */
  public List<TimeWindow> windowsOn(LocalDate date) {
    List<TimeWindow> special = specialDays.get(date);
    if (special != null) {
      return special;
    }
    if (holidays.contains(date)) {
      return List.of();
    }
    return weeklyHours.getOrDefault(date.getDayOfWeek(), List.of());
  }
}
