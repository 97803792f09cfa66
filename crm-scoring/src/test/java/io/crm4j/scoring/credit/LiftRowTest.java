package io.crm4j.scoring.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LiftRowTest {

  @Test
  void new_keepsValues() {
    LiftRow r = new LiftRow(1, 10, 4, 0.4, 2, 0.5);
    assertThat(r.lift()).isEqualTo(2);
    assertThat(r.cumulativeGains()).isEqualTo(0.5);
  }

  @Test
  void new_invalidInput_throws() {
    assertThatThrownBy(() -> new LiftRow(0, 10, 4, 0.4, 2, 0.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("group must be >= 1 and events in [0, cases], but were group 0, cases 10, events 4");
    assertThatThrownBy(() -> new LiftRow(1, 3, 4, 0.4, 2, 0.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("events in [0, cases]");
    assertThatThrownBy(() -> new LiftRow(1, 10, 4, 0.4, Double.POSITIVE_INFINITY, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("eventRate and cumulativeGains must be in [0, 1] and lift finite and >= 0, but were 0.4, 0.5"
            + " and Infinity");
    assertThatThrownBy(() -> new LiftRow(1, 10, 4, Double.NaN, 2, 0.5)).isInstanceOf(IllegalArgumentException.class);
  }
}
