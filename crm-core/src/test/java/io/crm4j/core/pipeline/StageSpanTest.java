package io.crm4j.core.pipeline;

import static io.crm4j.core.testing.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class StageSpanTest {

  @Test
  void duration_closedSpan_ignoresAsOf() {
    StageSpan span = new StageSpan("New", T0, T0.plusSeconds(90));
    assertThat(span.ongoing()).isFalse();
    assertThat(span.duration(T0.plusSeconds(1000))).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void duration_currentSpan_runsToAsOf() {
    StageSpan span = new StageSpan("New", T0, null);
    assertThat(span.ongoing()).isTrue();
    assertThat(span.duration(T0.plusSeconds(30))).isEqualTo(Duration.ofSeconds(30));
    assertThatThrownBy(() -> span.duration(T0.minusSeconds(1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("asOf must not be before enteredAt");
  }

  @Test
  void constructor_invalidInput_throws() {
    assertThatThrownBy(() -> new StageSpan("New", T0, T0.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leftAt must not be before enteredAt");
    assertThatThrownBy(() -> new StageSpan(" ", T0, null)).hasMessageContaining("stage must not be blank");
    assertThatThrownBy(() -> new StageSpan("New", null, null)).hasMessage("enteredAt");
  }
}
