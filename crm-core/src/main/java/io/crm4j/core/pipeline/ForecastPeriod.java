package io.crm4j.core.pipeline;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A half-open range of dates {@code [start, end)}, usually a month or a calendar quarter, that
 * groups opportunities by their expected close date. Immutable and thread-safe.
 *
 * @param start the first date in the period
 * @param end the first date after the period, later than {@code start}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ForecastPeriod(LocalDate start, LocalDate end) implements Comparable<ForecastPeriod> {

  public ForecastPeriod {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end must be after start " + start + ", but was " + end);
    }
  }

  /**
   * Calendar quarter {@code quarter} (1 to 4) of {@code year}: Q1 is January to March.
   *
   * @throws IllegalArgumentException if {@code quarter} is not in [1, 4]
   */
  public static ForecastPeriod quarter(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter must be in [1, 4], but was " + quarter);
    }
    LocalDate start = LocalDate.of(year, 3 * (quarter - 1) + 1, 1);
    return new ForecastPeriod(start, start.plusMonths(3));
  }

  /** The calendar quarter that holds {@code date}. */
  public static ForecastPeriod quarterOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
  }

  /** The calendar month that holds {@code date}. */
  public static ForecastPeriod monthOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    LocalDate start = date.withDayOfMonth(1);
    return new ForecastPeriod(start, start.plusMonths(1));
  }

  /** True when {@code start <= date < end}. */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(start) && date.isBefore(end);
  }

  @Override
  public int compareTo(ForecastPeriod other) {
    int byStart = start.compareTo(other.start);
    return byStart != 0 ? byStart : end.compareTo(other.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
