package io.crm4j.core.loyalty;

import io.crm4j.core.internal.Checks;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Ordered tiers, each reached by a qualifying value (points, spend or a score, see
 * {@link TierMeasure}) in an assessment window of {@code periodMonths} months: on the calendar
 * (starting each January 1st), from the member's join date (anniversary), or rolling (the
 * {@code periodMonths} months ending at each evaluation instant). A member is upgraded as soon as
 * the current window qualifies; a downgrade is decided only at an assessment (with calendar and
 * anniversary windows: the first evaluation after a window ends; with rolling windows: any
 * evaluation) and takes effect {@code graceDays} after that assessment, unless the window reaches
 * the tier again by then.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TierProgramme {

  /** How assessment windows are laid out. */
  public enum Window {
    /** Windows start on January 1st (and every {@code periodMonths} after it) in the programme's zone. */
    CALENDAR,
    /** Windows start at the member's join date and every {@code periodMonths} after it. */
    ANNIVERSARY,
    /**
     * The window is the {@code periodMonths} months ending at the evaluation instant:
     * {@code (asOf - periodMonths, asOf]}, months counted in the programme's zone (12 months before
     * 2027-03-15T12:00Z is 2026-03-15T12:00Z, which is outside the window; the evaluation instant is
     * inside it). Every evaluation is an assessment.
     */
    ROLLING
  }

  /** One tier: reached with a qualifying value of at least {@code threshold}. */
  public record Tier(String name, BigDecimal threshold) {
    public Tier {
      Checks.notBlank(name, "name");
      Objects.requireNonNull(threshold, "threshold");
      if (threshold.signum() < 0) {
        throw new IllegalArgumentException("threshold must be >= 0, but was " + threshold);
      }
    }
  }

  /** An assessment window {@code [start, end)}. */
  public record Period(Instant start, Instant end) {}

  private final String name;
  private final List<Tier> tiers;
  private final Window window;
  private final int periodMonths;
  private final int graceDays;
  private final ZoneId zone;

  private TierProgramme(Builder b) {
    this.name = b.name;
    this.tiers = List.copyOf(b.tiers);
    this.window = b.window;
    this.periodMonths = b.periodMonths;
    this.graceDays = b.graceDays;
    this.zone = b.zone;
  }

  /** A programme named {@code name}: calendar windows of 12 months, 30 days' grace, UTC; add tiers lowest first. */
  public static Builder custom(String name) {
    return new Builder(Checks.notBlank(name, "name"));
  }

  public static Builder from(TierProgramme base) {
    Objects.requireNonNull(base, "base");
    Builder b = new Builder(base.name);
    b.tiers.addAll(base.tiers);
    b.window = base.window;
    b.periodMonths = base.periodMonths;
    b.graceDays = base.graceDays;
    b.zone = base.zone;
    return b;
  }

  public String name() {
    return name;
  }

  public List<Tier> tiers() {
    return tiers;
  }

  public Window window() {
    return window;
  }

  public int periodMonths() {
    return periodMonths;
  }

  public int graceDays() {
    return graceDays;
  }

  public ZoneId zone() {
    return zone;
  }

  /** The position of a tier, 0 for the lowest. */
  public int indexOf(String tier) {
    Objects.requireNonNull(tier, "tier");
    for (int i = 0; i < tiers.size(); i++) {
      if (tiers.get(i).name().equals(tier)) {
        return i;
      }
    }
    throw new IllegalArgumentException("tier must be one of programme '" + name + "', but was '" + tier + "'");
  }

  /** The highest tier whose threshold {@code value} reaches. */
  public int qualifiedIndex(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    int q = 0;
    for (int i = 0; i < tiers.size(); i++) {
      if (value.compareTo(tiers.get(i).threshold()) >= 0) {
        q = i;
      }
    }
    return q;
  }

  /**
   * The window containing {@code at}, for a member who joined at {@code joinedAt}. For
   * {@link Window#ROLLING} it is the window ending at {@code at}, {@code (at - periodMonths, at]},
   * written as the half-open {@code [start, end)} one nanosecond later at both ends.
   */
  public Period periodOf(Instant at, Instant joinedAt) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(joinedAt, "joinedAt");
    if (window == Window.ROLLING) {
      return new Period(at.atZone(zone).minusMonths(periodMonths).toInstant().plusNanos(1), at.plusNanos(1));
    }
    LocalDate anchor = window == Window.CALENDAR
        ? LocalDate.of(joinedAt.atZone(zone).getYear() - 1, 1, 1)
        : joinedAt.atZone(zone).toLocalDate();
    LocalDate day = at.atZone(zone).toLocalDate();
    long months = ChronoUnit.MONTHS.between(anchor, day);
    long k = Math.floorDiv(months, periodMonths);
    LocalDate start = anchor.plusMonths(k * periodMonths);
    if (start.isAfter(day)) {
      start = start.minusMonths(periodMonths);
    }
    LocalDate end = start.plusMonths(periodMonths);
    return new Period(start.atStartOfDay(zone).toInstant(), end.atStartOfDay(zone).toInstant());
  }

  /** The window before {@code period}: {@code periodMonths} months ending where it starts. */
  public Period previous(Period period) {
    Objects.requireNonNull(period, "period");
    if (window == Window.ROLLING) {
      return new Period(period.start().atZone(zone).minusMonths(periodMonths).toInstant(), period.start());
    }
    LocalDate start = period.start().atZone(zone).toLocalDate().minusMonths(periodMonths);
    return new Period(start.atStartOfDay(zone).toInstant(), period.start());
  }

  /** Builds a {@link TierProgramme}; every setter checks its value at once. */
  public static final class Builder {
    private final String name;
    private final List<Tier> tiers = new ArrayList<>();
    private Window window = Window.CALENDAR;
    private int periodMonths = 12;
    private int graceDays = 30;
    private ZoneId zone = ZoneOffset.UTC;

    private Builder(String name) {
      this.name = name;
    }

    /** Adds the next tier up; the first tier's threshold must be 0, each next one higher. */
    public Builder tier(String tierName, BigDecimal threshold) {
      Tier t = new Tier(tierName, threshold);
      if (tiers.isEmpty() && threshold.signum() != 0) {
        throw new IllegalArgumentException("threshold of the first tier must be 0, but was " + threshold);
      }
      if (!tiers.isEmpty() && threshold.compareTo(tiers.get(tiers.size() - 1).threshold()) <= 0) {
        throw new IllegalArgumentException("threshold must rise above " + tiers.get(tiers.size() - 1).threshold()
            + ", but was " + threshold);
      }
      Set<String> names = new HashSet<>();
      tiers.forEach(x -> names.add(x.name()));
      if (names.contains(tierName)) {
        throw new IllegalArgumentException("tier names must be distinct, but '" + tierName + "' repeats");
      }
      tiers.add(t);
      return this;
    }

    public Builder tier(String tierName, long threshold) {
      return tier(tierName, BigDecimal.valueOf(threshold));
    }

    public Builder window(Window window) {
      this.window = Objects.requireNonNull(window, "window");
      return this;
    }

    /** Months per assessment window; on the calendar it must divide 12. */
    public Builder periodMonths(int months) {
      if (months <= 0 || months > 120) {
        throw new IllegalArgumentException("periodMonths must be in [1, 120], but was " + months);
      }
      this.periodMonths = months;
      return this;
    }

    /** Days after an assessment (the evaluation that finds the member short) before a downgrade takes effect. */
    public Builder graceDays(int days) {
      if (days < 0) {
        throw new IllegalArgumentException("graceDays must be >= 0, but was " + days);
      }
      this.graceDays = days;
      return this;
    }

    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * @throws IllegalArgumentException if fewer than two tiers were added, or calendar windows do not divide a year
     */
    public TierProgramme build() {
      if (tiers.size() < 2) {
        throw new IllegalArgumentException("tiers must hold at least two tiers, but held " + tiers.size());
      }
      if (window == Window.CALENDAR && 12 % periodMonths != 0) {
        throw new IllegalArgumentException("periodMonths must divide 12 for calendar windows, but was "
            + periodMonths);
      }
      return new TierProgramme(this);
    }
  }
}
