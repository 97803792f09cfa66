package io.crm4j.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class TimeWindowTest {

  @Test
  void hours_twentyFourMeansEndOfDay() {
    TimeWindow w = TimeWindow.hours(9, 24);
    assertThat(w.end()).isEqualTo(LocalTime.MIDNIGHT);
    assertThat(w.endSecondOfDay()).isEqualTo(86_400);
    assertThat(w).hasToString("09:00-24:00");
    assertThat(TimeWindow.wholeDay().endSecondOfDay()).isEqualTo(86_400);
  }

  @Test
  void overlaps_touchingWindowsDoNotOverlap() {
    assertThat(TimeWindow.hours(9, 12).overlaps(TimeWindow.hours(12, 18))).isFalse();
    assertThat(TimeWindow.hours(9, 13).overlaps(TimeWindow.hours(12, 18))).isTrue();
  }

  @Test
  void of_invalidInputIsRejected() {
    assertThatThrownBy(() -> TimeWindow.of(LocalTime.of(18, 0), LocalTime.of(9, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("end must be after start (or 00:00 for the end of the day), but was 18:00-09:00");
    assertThatThrownBy(() -> TimeWindow.of(LocalTime.of(9, 0, 0, 5), LocalTime.of(10, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("whole seconds");
    assertThatThrownBy(() -> TimeWindow.of(null, LocalTime.NOON)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> TimeWindow.hours(24, 24))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("startHour must be in [0, 23], but was 24");
    assertThatThrownBy(() -> TimeWindow.hours(9, 9))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("endHour must be in (9, 24], but was 9");
  }
}
