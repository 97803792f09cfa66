package io.crm4j.scoring.clv;

import org.apiguardian.api.API;

/**
 * The time unit in which recency, T and prediction horizons are expressed. Weeks are days / 7;
 * months are days / 30.4375 (the mean Gregorian month, 365.25 / 12).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ClvTimeUnit {
  /** One calendar day. */
  DAYS(1.0),
  /** Seven days. */
  WEEKS(7.0),
  /** 30.4375 days, the mean Gregorian month. */
  MONTHS(365.25 / 12.0);

  private final double days;

  ClvTimeUnit(double days) {
    this.days = days;
  }

  /** Returns how many days one unit holds. */
  public double days() {
    return days;
  }

  /** Converts a number of days into this unit. */
  public double fromDays(double dayCount) {
    return dayCount / days;
  }

  /**
   * Converts {@code time}, in this unit, into {@code target}: time × days() / target.days(), so
   * days to weeks gives the same double as {@link #fromDays(double)} on WEEKS.
   */
  public double convert(double time, ClvTimeUnit target) {
    java.util.Objects.requireNonNull(target, "target");
    return target == this ? time : time * days / target.days;
  }

  /** The unit's name as the command line and the files write it: {@code days}, {@code weeks} or {@code months}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Returns how many of this unit make up one mean month (30.4375 days). */
  public double perMonth() {
    return (365.25 / 12.0) / days;
  }

  /** Parses {@code days}, {@code weeks} or {@code months} (case-insensitive). */
  public static ClvTimeUnit parse(String text) {
    java.util.Objects.requireNonNull(text, "text");
    for (ClvTimeUnit u : values()) {
      if (u.name().equalsIgnoreCase(text.trim())) {
        return u;
      }
    }
    throw new IllegalArgumentException("unit must be one of days, weeks, months, but was '" + text + "'");
  }
}
