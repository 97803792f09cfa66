package io.crm4j.core.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DurationSummary and KpiRatio. */
class DurationSummaryTest {

  @Test
  void percentile_nearestRank() {
    // values 1..10 minutes: p50 rank ceil(5) = 5 -> 5 min; p90 rank 9 -> 9 min; p95 rank ceil(9.5) = 10.
    DurationSummary s = DurationSummary.of(List.of(10, 3, 1, 2, 4, 5, 6, 7, 8, 9).stream()
        .map(Duration::ofMinutes).toList());
    assertThat(s.count()).isEqualTo(10);
    assertThat(s.median()).contains(Duration.ofMinutes(5));
    assertThat(s.percentile(90)).contains(Duration.ofMinutes(9));
    assertThat(s.percentile(95)).contains(Duration.ofMinutes(10));
    assertThat(s.percentile(100)).contains(Duration.ofMinutes(10));
    assertThat(s.percentile(0.1)).contains(Duration.ofMinutes(1));
  }

  @Test
  void percentile_invalidInputIsRejected() {
    DurationSummary s = DurationSummary.of(List.of());
    assertThat(s.median()).isEmpty();
    assertThatThrownBy(() -> s.percentile(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("p must be in (0, 100], but was 0.0");
    assertThatThrownBy(() -> s.percentile(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DurationSummary(List.of(Duration.ofMinutes(2), Duration.ofMinutes(1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("sorted must be ascending, but PT1M follows PT2M");
  }

  @Test
  void kpiRatio_exactAndEmptyWhenNothingCounted() {
    assertThat(new KpiRatio(1, 4).ratio()).hasValue(0.25);
    assertThat(new KpiRatio(0, 0).ratio()).isEmpty();
    assertThatThrownBy(() -> new KpiRatio(2, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("numerator must be in [0, 1], but was 2");
    assertThatThrownBy(() -> new KpiRatio(0, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("denominator must be >= 0, but was -1");
  }
}
