package io.crm4j.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ForecastPeriodTest {

  @Test
  void quarter_coversThreeMonthsHalfOpen() {
    ForecastPeriod q2 = ForecastPeriod.quarter(2026, 2);
    assertThat(q2).isEqualTo(new ForecastPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 1)));
    assertThat(q2.contains(LocalDate.of(2026, 3, 31))).isFalse();
    assertThat(q2.contains(LocalDate.of(2026, 4, 1))).isTrue();
    assertThat(q2.contains(LocalDate.of(2026, 6, 30))).isTrue();
    assertThat(q2.contains(LocalDate.of(2026, 7, 1))).isFalse();
    assertThat(q2.toString()).isEqualTo("[2026-04-01, 2026-07-01)");
  }

  @Test
  void quarterOf_andMonthOf_findTheHoldingPeriod() {
    assertThat(ForecastPeriod.quarterOf(LocalDate.of(2026, 12, 31))).isEqualTo(ForecastPeriod.quarter(2026, 4));
    assertThat(ForecastPeriod.quarterOf(LocalDate.of(2026, 1, 1))).isEqualTo(ForecastPeriod.quarter(2026, 1));
    assertThat(ForecastPeriod.monthOf(LocalDate.of(2024, 2, 29)))
        .isEqualTo(new ForecastPeriod(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1)));
  }

  @Test
  void compareTo_ordersByStartThenEnd() {
    assertThat(ForecastPeriod.quarter(2026, 1)).isLessThan(ForecastPeriod.quarter(2026, 2));
    assertThat(ForecastPeriod.monthOf(LocalDate.of(2026, 1, 5))).isLessThan(ForecastPeriod.quarter(2026, 1));
  }

  @Test
  void factories_invalidInput_throw() {
    assertThatThrownBy(() -> ForecastPeriod.quarter(2026, 5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quarter must be in [1, 4], but was 5");
    assertThatThrownBy(() -> new ForecastPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("end must be after start 2026-01-01, but was 2026-01-01");
    assertThatThrownBy(() -> ForecastPeriod.quarterOf(null)).hasMessage("date");
    assertThatThrownBy(() -> ForecastPeriod.monthOf(null)).hasMessage("date");
  }
}
