package io.crm4j.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.money.Percentage;
import org.junit.jupiter.api.Test;

class StageDefinitionTest {

  @Test
  void constructor_keepsItsValues() {
    StageDefinition s = new StageDefinition("Demo", Percentage.of("45"), ForecastCategory.BEST_CASE, StageKind.OPEN);
    assertThat(s.probability().fraction()).isEqualByComparingTo("0.45");
  }

  @Test
  void constructor_invalidInput_throws() {
    assertThatThrownBy(() -> new StageDefinition("X", Percentage.of("100.5"), ForecastCategory.PIPELINE,
        StageKind.OPEN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("probability must be in [0, 100] %, but was 100.5%");
    assertThatThrownBy(() -> new StageDefinition("X", Percentage.of("-1"), ForecastCategory.PIPELINE,
        StageKind.OPEN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StageDefinition("", Percentage.ZERO, ForecastCategory.PIPELINE, StageKind.OPEN))
        .hasMessageContaining("name must not be blank");
    assertThatThrownBy(() -> new StageDefinition("X", Percentage.ZERO, null, StageKind.OPEN)).hasMessage("category");
  }
}
