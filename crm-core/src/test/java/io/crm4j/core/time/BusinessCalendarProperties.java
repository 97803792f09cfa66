package io.crm4j.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class BusinessCalendarProperties {

  static final long FROM = Instant.parse("2019-01-01T00:00:00Z").getEpochSecond();
  static final long TO = Instant.parse("2031-01-01T00:00:00Z").getEpochSecond();

  @Provide
  Arbitrary<BusinessCalendar> calendars() {
    Arbitrary<ZoneId> zones = Arbitraries.of("UTC", "Europe/Berlin", "America/New_York", "Asia/Shanghai",
        "Australia/Lord_Howe").map(ZoneId::of);
    Arbitrary<Integer> open = Arbitraries.integers().between(0, 12);
    Arbitrary<Integer> length = Arbitraries.integers().between(1, 12);
    Arbitrary<Integer> holidayCount = Arbitraries.integers().between(0, 30);
    return Combinators.combine(zones, open, length, holidayCount, Arbitraries.of(true, false))
        .as((zone, o, len, holidays, weekends) -> {
          BusinessCalendarBuilder b = BusinessCalendar.custom(zone).weekdays(TimeWindow.hours(o, o + len));
          if (weekends) {
            b.hours(DayOfWeek.SATURDAY, TimeWindow.hours(1, 4));
          }
          for (int i = 0; i < holidays; i++) {
            b.holiday(LocalDate.of(2020, 1, 1).plusDays(i * 97L));
          }
          return b.build();
        })
        .injectDuplicates(0.0);
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(FROM, TO).flatMap(s -> Arbitraries.integers().between(0, 999_999_999)
        .map(n -> Instant.ofEpochSecond(s, n)));
  }

  @Property(tries = 300)
  void businessTimeBetween_neverExceedsWallTime(@ForAll("calendars") BusinessCalendar cal,
      @ForAll("instants") Instant a, @ForAll @LongRange(min = 0, max = 40L * 86_400) long spanSeconds) {
    Instant b = a.plusSeconds(spanSeconds);
    Duration business = cal.businessTimeBetween(a, b);
    assertThat(business).isBetween(Duration.ZERO, Duration.between(a, b));
  }

  @Property(tries = 300)
  void addBusinessTime_isMonotoneInTheTarget(@ForAll("calendars") BusinessCalendar cal,
      @ForAll("instants") Instant start, @ForAll @LongRange(min = 0, max = 200 * 3600) long t1,
      @ForAll @LongRange(min = 0, max = 200 * 3600) long t2) {
    long lo = Math.min(t1, t2);
    long hi = Math.max(t1, t2);
    Instant dueLo = cal.addBusinessTime(start, Duration.ofSeconds(lo));
    Instant dueHi = cal.addBusinessTime(start, Duration.ofSeconds(hi));
    assertThat(dueLo).isBeforeOrEqualTo(dueHi);
    assertThat(dueLo).isAfterOrEqualTo(start);
  }

  @Property(tries = 300)
  void addBusinessTime_isInverseOfBusinessTimeBetween(@ForAll("calendars") BusinessCalendar cal,
      @ForAll("instants") Instant start, @ForAll @LongRange(min = 0, max = 200 * 3600) long seconds) {
    Duration amount = Duration.ofSeconds(seconds);
    Instant due = cal.addBusinessTime(start, amount);
    assertThat(cal.businessTimeBetween(start, due)).isEqualTo(amount);
  }
}
