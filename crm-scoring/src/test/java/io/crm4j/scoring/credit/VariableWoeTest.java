package io.crm4j.scoring.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class VariableWoeTest {

  @Test
  void new_copiesBins() {
    VariableWoe v = new VariableWoe("x", List.of(new WoeBin("a", 1, 1, 0, 0)), 0);
    assertThat(v.bins()).hasSize(1);
  }

  @Test
  void new_invalidInput_throws() {
    assertThatThrownBy(() -> new VariableWoe("x", List.of(), 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bins must not be empty for variable 'x'");
    assertThatThrownBy(() -> new VariableWoe("x", List.of(new WoeBin("a", 1, 1, 0, 0)), -0.1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("iv must be finite and >= 0, but was -0.1");
  }
}
