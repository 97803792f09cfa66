package io.crm4j.scoring.tiering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AbcEntryTest {

  @Test
  void new_keepsFields() {
    AbcEntry<String> e = new AbcEntry<>("c", 10, 0.5, AbcClass.A);
    assertThat(e.key()).isEqualTo("c");
    assertThat(e.cumulativeShare()).isEqualTo(0.5);
  }

  @Test
  void new_rejectsBadValues() {
    assertThatThrownBy(() -> new AbcEntry<>("c", -1, 0.5, AbcClass.A))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("value must be finite and >= 0, but was -1.0");
    assertThatThrownBy(() -> new AbcEntry<>("c", 1, 1.5, AbcClass.A))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("cumulativeShare must be in [0, 1], but was 1.5");
    assertThatThrownBy(() -> new AbcEntry<>("c", 1, 0.5, null)).isInstanceOf(NullPointerException.class);
  }
}
