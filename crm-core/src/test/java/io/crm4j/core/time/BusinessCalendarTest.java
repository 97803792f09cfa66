package io.crm4j.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final BusinessCalendar OFFICE = BusinessCalendar.weekdays(SHANGHAI, TimeWindow.hours(9, 18));

  static Instant at(ZoneId zone, int y, int m, int d, int h, int min) {
    return LocalDateTime.of(y, m, d, h, min).atZone(zone).toInstant();
  }

  @Test
  void addBusinessTime_fridayEveningPlusEightHoursIsMondayAfternoon() {
    // 2026-11-20 is a Friday. 17:30-18:00 Friday gives 0.5h; Monday 09:00 + 7.5h = 16:30.
    Instant due = OFFICE.addBusinessTime(at(SHANGHAI, 2026, 11, 20, 17, 30), Duration.ofHours(8));
    assertThat(due).isEqualTo(at(SHANGHAI, 2026, 11, 23, 16, 30));
  }

  @Test
  void addBusinessTime_holidaySkipsADay() {
    // Same as above with Monday 2026-11-23 a holiday: the 7.5h move to Tuesday, 16:30.
    BusinessCalendar cal = BusinessCalendar.from(OFFICE).holiday(LocalDate.of(2026, 11, 23)).build();
    Instant due = cal.addBusinessTime(at(SHANGHAI, 2026, 11, 20, 17, 30), Duration.ofHours(8));
    assertThat(due).isEqualTo(at(SHANGHAI, 2026, 11, 24, 16, 30));
  }

  @Test
  void addBusinessTime_springForwardWeekendKeepsWallClockHours() {
    // Berlin moves from CET (+01) to CEST (+02) on Sunday 2026-03-29. Friday 17:30 CET = 16:30Z;
    // due Monday 16:30 CEST = 14:30Z. Adding 8h to the UTC instant naively would cross 62h of
    // wall time but land on 15:30Z; the calendar must follow the local clock.
    BusinessCalendar cal = BusinessCalendar.weekdays(BERLIN, TimeWindow.hours(9, 18));
    Instant start = at(BERLIN, 2026, 3, 27, 17, 30);
    assertThat(start).isEqualTo(Instant.parse("2026-03-27T16:30:00Z"));
    Instant due = cal.addBusinessTime(start, Duration.ofHours(8));
    assertThat(due).isEqualTo(Instant.parse("2026-03-30T14:30:00Z"));
    assertThat(cal.businessTimeBetween(start, due)).isEqualTo(Duration.ofHours(8));
  }

  @Test
  void addBusinessTime_fallBackWeekendKeepsWallClockHours() {
    // Berlin leaves CEST on Sunday 2026-10-25. Friday 17:30 CEST = 15:30Z; Monday 16:30 CET = 15:30Z.
    BusinessCalendar cal = BusinessCalendar.weekdays(BERLIN, TimeWindow.hours(9, 18));
    Instant due = cal.addBusinessTime(at(BERLIN, 2026, 10, 23, 17, 30), Duration.ofHours(8));
    assertThat(due).isEqualTo(Instant.parse("2026-10-26T15:30:00Z"));
  }

  @Test
  void businessTimeBetween_dstDaysHaveTwentyThreeAndTwentyFiveHours() {
    BusinessCalendar allDay = BusinessCalendar.custom(BERLIN).hours(DayOfWeek.SUNDAY, TimeWindow.wholeDay()).build();
    assertThat(allDay.businessTimeBetween(at(BERLIN, 2026, 3, 29, 0, 0), at(BERLIN, 2026, 3, 30, 0, 0)))
        .isEqualTo(Duration.ofHours(23));
    assertThat(allDay.businessTimeBetween(at(BERLIN, 2026, 10, 25, 0, 0), at(BERLIN, 2026, 10, 26, 0, 0)))
        .isEqualTo(Duration.ofHours(25));
    // Only Sundays are open. 24 business hours from Sunday 2026-03-29 00:00: that day gives 23h,
    // the last hour comes from the next Sunday, 2026-04-05 00:00-01:00.
    Instant due = allDay.addBusinessTime(at(BERLIN, 2026, 3, 29, 0, 0), Duration.ofHours(24));
    assertThat(due).isEqualTo(at(BERLIN, 2026, 4, 5, 1, 0));
  }

  @Test
  void businessTimeBetween_windowContainingTheGapIsShorter() {
    // 01:00-04:00 on the spring-forward night: 02:00-03:00 does not exist, so two real hours.
    BusinessCalendar night = BusinessCalendar.custom(BERLIN).hours(DayOfWeek.SUNDAY, TimeWindow.hours(1, 4)).build();
    assertThat(night.businessTimeBetween(at(BERLIN, 2026, 3, 28, 0, 0), at(BERLIN, 2026, 3, 30, 0, 0)))
        .isEqualTo(Duration.ofHours(2));
  }

  @Test
  void addBusinessTime_endingAtCloseReturnsCloseNotNextMorning() {
    Instant due = OFFICE.addBusinessTime(at(SHANGHAI, 2026, 11, 20, 9, 0), Duration.ofHours(9));
    assertThat(due).isEqualTo(at(SHANGHAI, 2026, 11, 20, 18, 0));
  }

  @Test
  void addBusinessTime_beforeOpeningStartsAtOpening() {
    assertThat(OFFICE.addBusinessTime(at(SHANGHAI, 2026, 11, 23, 7, 0), Duration.ofHours(1)))
        .isEqualTo(at(SHANGHAI, 2026, 11, 23, 10, 0));
  }

  @Test
  void addBusinessTime_zeroReturnsStartEvenOutsideHours() {
    Instant saturday = at(SHANGHAI, 2026, 11, 21, 3, 0);
    assertThat(OFFICE.addBusinessTime(saturday, Duration.ZERO)).isEqualTo(saturday);
  }

  @Test
  void addBusinessTime_keepsNanoseconds() {
    Instant start = at(SHANGHAI, 2026, 11, 23, 17, 59).plusSeconds(59).plusNanos(999_999_999);
    // Start 1 ns before Monday's 18:00 close: 1 ns is used on Monday, the other 999 999 999 ns
    // on Tuesday from 09:00, so the due time is Tuesday 09:00:00.999999999.
    assertThat(OFFICE.addBusinessTime(start, Duration.ofSeconds(1)))
        .isEqualTo(at(SHANGHAI, 2026, 11, 24, 9, 0).plusNanos(999_999_999));
    assertThat(OFFICE.businessTimeBetween(start, at(SHANGHAI, 2026, 11, 24, 9, 0).plusNanos(999_999_999)))
        .isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void addBusinessTime_lunchBreakIsSkipped() {
    BusinessCalendar cal = BusinessCalendar.custom(SHANGHAI)
        .weekdays(TimeWindow.hours(9, 12), TimeWindow.of(LocalTime.of(13, 30), LocalTime.of(18, 0))).build();
    // 11:00-12:00 is 1h, the second hour starts 13:30: 14:30.
    assertThat(cal.addBusinessTime(at(SHANGHAI, 2026, 11, 23, 11, 0), Duration.ofHours(2)))
        .isEqualTo(at(SHANGHAI, 2026, 11, 23, 14, 30));
  }

  @Test
  void addBusinessTime_specialWorkingSaturday() {
    BusinessCalendar cal = BusinessCalendar.from(OFFICE)
        .specialDay(LocalDate.of(2026, 11, 21), TimeWindow.hours(9, 18)).build();
    assertThat(cal.addBusinessTime(at(SHANGHAI, 2026, 11, 20, 17, 30), Duration.ofHours(8)))
        .isEqualTo(at(SHANGHAI, 2026, 11, 21, 16, 30));
  }

  @Test
  void addBusinessTime_specialDayOverridesHolidayAndCanClose() {
    BusinessCalendar cal = BusinessCalendar.from(OFFICE)
        .holiday(LocalDate.of(2026, 11, 23)).specialDay(LocalDate.of(2026, 11, 23), TimeWindow.hours(9, 12))
        .specialDay(LocalDate.of(2026, 11, 24)).build();
    // Monday 3h (09-12), Tuesday closed, Wednesday 09:00 + 2h = 11:00
    assertThat(cal.addBusinessTime(at(SHANGHAI, 2026, 11, 23, 8, 0), Duration.ofHours(5)))
        .isEqualTo(at(SHANGHAI, 2026, 11, 25, 11, 0));
  }

  @Test
  void addBusinessTime_outsideTheCachedYears() {
    // 1990-01-05 and 2150-01-02 are Fridays
    assertThat(OFFICE.addBusinessTime(at(SHANGHAI, 1990, 1, 5, 17, 30), Duration.ofHours(8)))
        .isEqualTo(at(SHANGHAI, 1990, 1, 8, 16, 30));
    assertThat(OFFICE.addBusinessTime(at(SHANGHAI, 2150, 1, 2, 17, 30), Duration.ofHours(8)))
        .isEqualTo(at(SHANGHAI, 2150, 1, 5, 16, 30));
  }

  @Test
  void addBusinessTime_negativeAmountIsRejected() {
    assertThatThrownBy(() -> OFFICE.addBusinessTime(Instant.EPOCH, Duration.ofHours(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount must be >= 0, but was PT-1H");
  }

  @Test
  void addBusinessTime_noWorkingTimeLeftIsAnError() {
    BusinessCalendar once = BusinessCalendar.custom(SHANGHAI)
        .specialDay(LocalDate.of(2026, 1, 5), TimeWindow.hours(9, 18)).build();
    assertThat(once.addBusinessTime(at(SHANGHAI, 2026, 1, 1, 0, 0), Duration.ofHours(9)))
        .isEqualTo(at(SHANGHAI, 2026, 1, 5, 18, 0));
    assertThatThrownBy(() -> once.addBusinessTime(at(SHANGHAI, 2026, 1, 1, 0, 0), Duration.ofHours(10)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("calendar has no working time left: none in the 3700 days after 2026-01-05T10:00:00Z,"
            + " with PT1H of PT10H still to go from 2025-12-31T16:00:00Z");
  }

  @Test
  void addBusinessTime_amountSpanningMoreThanTenYears() {
    // 100,000 h at 9 h a weekday from Monday 2026-01-05 09:00: 11,111 weekdays and 1 h; counted day by
    // day in Python (datetime, no holidays), the 11,112th weekday is 2068-08-07
    assertThat(OFFICE.addBusinessTime(at(SHANGHAI, 2026, 1, 5, 9, 0), Duration.ofHours(100_000)))
        .isEqualTo(at(SHANGHAI, 2068, 8, 7, 10, 0));
  }

  @Test
  void addBusinessTime_dueAfterInstantMaxIsRejected() {
    Instant start = Instant.parse("2026-11-20T17:30:00Z");
    Duration huge = Duration.ofSeconds(Long.MAX_VALUE);
    String message = "amount must leave a due time no later than +1000000000-12-31T23:59:59.999999999Z, but was "
        + huge + " after 2026-11-20T17:30:00Z";
    assertThatThrownBy(() -> BusinessCalendar.twentyFourSeven(SHANGHAI).addBusinessTime(start, huge))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    assertThatThrownBy(() -> OFFICE.addBusinessTime(start, huge))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void businessTimeBetween_fridayToMonday() {
    assertThat(OFFICE.businessTimeBetween(at(SHANGHAI, 2026, 11, 20, 17, 30), at(SHANGHAI, 2026, 11, 23, 16, 30)))
        .isEqualTo(Duration.ofHours(8));
    assertThat(OFFICE.businessTimeBetween(at(SHANGHAI, 2026, 11, 23, 16, 30), at(SHANGHAI, 2026, 11, 20, 17, 30)))
        .isZero();
    // a whole week: 5 x 9h
    assertThat(OFFICE.businessTimeBetween(at(SHANGHAI, 2026, 11, 23, 0, 0), at(SHANGHAI, 2026, 11, 30, 0, 0)))
        .isEqualTo(Duration.ofHours(45));
  }

  @Test
  void twentyFourSeven_isWallTime() {
    BusinessCalendar always = BusinessCalendar.twentyFourSeven(ZoneOffset.UTC);
    Instant start = Instant.parse("2026-11-20T17:30:00Z");
    assertThat(always.addBusinessTime(start, Duration.ofHours(8))).isEqualTo(Instant.parse("2026-11-21T01:30:00Z"));
    assertThat(always.businessTimeBetween(start, start.plusSeconds(100))).isEqualTo(Duration.ofSeconds(100));
    assertThat(always.isWorkingTime(start)).isTrue();
    assertThat(always.isAlwaysOpen()).isTrue();
    assertThat(always.toString()).contains("24x7");
  }

  @Test
  void isWorkingTime_insideAndOutsideHours() {
    assertThat(OFFICE.isWorkingTime(at(SHANGHAI, 2026, 11, 23, 9, 0))).isTrue();
    assertThat(OFFICE.isWorkingTime(at(SHANGHAI, 2026, 11, 23, 18, 0))).isFalse();
    assertThat(OFFICE.isWorkingTime(at(SHANGHAI, 2026, 11, 22, 12, 0))).isFalse();
  }

  @Test
  void of_definitionRoundTripsAndDefinesEquality() {
    BusinessCalendar copy = BusinessCalendar.of(OFFICE.definition());
    assertThat(copy).isEqualTo(OFFICE).hasSameHashCodeAs(OFFICE);
    assertThat(copy.zone()).isEqualTo(SHANGHAI);
    assertThat(copy.workingWeekdays()).hasSize(5).doesNotContain(DayOfWeek.SATURDAY);
    assertThat(copy.toString()).contains("Asia/Shanghai");
    assertThat(BusinessCalendar.from(OFFICE).zone(BERLIN).build().zone()).isEqualTo(BERLIN);
  }

  @Test
  void of_invalidInputIsRejected() {
    assertThatThrownBy(() -> BusinessCalendar.of(null)).isInstanceOf(NullPointerException.class).hasMessage("definition");
    assertThatThrownBy(() -> BusinessCalendar.custom(SHANGHAI).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weeklyHours must contain at least one working window, but had none");
    assertThatThrownBy(() -> BusinessCalendar.custom(SHANGHAI)
        .hours(DayOfWeek.MONDAY, TimeWindow.hours(9, 12), TimeWindow.hours(11, 14)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hours(MONDAY) windows must not overlap, but 09:00-12:00 overlaps 11:00-14:00");
    assertThatThrownBy(() -> BusinessCalendar.from(BusinessCalendar.twentyFourSeven(SHANGHAI)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("24x7");
    assertThatThrownBy(() -> new CalendarDefinition(SHANGHAI, true,
        Map.of(DayOfWeek.MONDAY, List.of(TimeWindow.hours(9, 18))), Set.of(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("alwaysOpen");
  }
}
