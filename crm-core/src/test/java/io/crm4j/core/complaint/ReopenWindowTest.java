package io.crm4j.core.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.time.BusinessCalendar;
import io.crm4j.core.time.TimeWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReopenWindowTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void calendarDays_endAtTheStartOfTheDayAfterTheLastDayInTheZone() {
    // closed Friday 2026-03-27 22:30 UTC = Friday 23:30 CET; 3 days: Sat, Sun (summer time begins), Mon
    ReopenWindow w = ReopenWindow.calendarDays(3, BERLIN);
    Instant closed = Instant.parse("2026-03-27T22:30:00Z");
    assertThat(w.endsAt(closed)).isEqualTo(Instant.parse("2026-03-30T22:00:00Z"));   // Tue 00:00 CEST
    assertThat(w.allows(closed, Instant.parse("2026-03-30T21:59:59Z"))).isTrue();
    assertThat(w.allows(closed, Instant.parse("2026-03-30T22:00:00Z"))).isFalse();
    assertThat(w.businessDays()).isFalse();
  }

  @Test
  void businessDays_skipWeekendsAndHolidays() {
    // closed Thursday 2026-04-02; Good Friday 3 April and Easter Monday 6 April are holidays:
    // business days after it are Tue 7, Wed 8, so a 2-business-day window ends at Thursday 9 April 00:00
    BusinessCalendar office = BusinessCalendar.custom(BERLIN)
        .weekdays(TimeWindow.hours(9, 17))
        .holiday(LocalDate.of(2026, 4, 3)).holiday(LocalDate.of(2026, 4, 6)).build();
    ReopenWindow w = ReopenWindow.businessDays(2, office);
    Instant closed = Instant.parse("2026-04-02T10:00:00Z");
    assertThat(w.endsAt(closed)).isEqualTo(Instant.parse("2026-04-08T22:00:00Z"));
    assertThat(w.allows(closed, Instant.parse("2026-04-08T21:00:00Z"))).isTrue();
    assertThat(w.allows(closed, Instant.parse("2026-04-09T08:00:00Z"))).isFalse();
  }

  @Test
  void businessDays_onAnAlwaysOpenCalendar_countEveryDay() {
    ReopenWindow w = ReopenWindow.businessDays(2, BusinessCalendar.twentyFourSeven(ZoneOffset.UTC));
    assertThat(w.endsAt(Instant.parse("2026-04-04T10:00:00Z"))).isEqualTo(Instant.parse("2026-04-07T00:00:00Z"));
  }

  @Test
  void factories_invalidInputIsRefused() {
    assertThatThrownBy(() -> ReopenWindow.calendarDays(0, ZoneOffset.UTC)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("days must be > 0, but was 0");
    assertThatThrownBy(() -> ReopenWindow.calendarDays(1, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("zone");
    assertThatThrownBy(() -> ReopenWindow.businessDays(1, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("calendar");
  }
}
