package io.crm4j.scoring.tiering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TierTest {

  @Test
  void new_keepsFields() {
    assertThat(new Tier("Gold", 2)).isEqualTo(new Tier("Gold", 2));
  }

  @Test
  void new_rejectsBadValues() {
    assertThatThrownBy(() -> new Tier(" ", 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank, but was ' '");
    assertThatThrownBy(() -> new Tier("Gold", -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rank must be >= 0, but was -1");
  }
}
