package io.crm4j.scoring.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SeasonalConfigTest {

  @Test
  void ofDefaults_needsTwoYears() {
    assertThat(SeasonalConfig.ofDefaults().minimumYears()).isEqualTo(2);
    assertThat(SeasonalConfig.ofDefaults().toString()).isEqualTo("SeasonalConfig[minimumYears=2]");
  }

  @Test
  void from_copies() {
    assertThat(SeasonalConfig.from(SeasonalConfig.custom().minimumYears(3).build()).build().minimumYears()).isEqualTo(3);
  }

  @Test
  void custom_rejectsFewerThanTwoYears() {
    assertThatThrownBy(() -> SeasonalConfig.custom().minimumYears(1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimumYears must be >= 2, but was 1");
    assertThatThrownBy(() -> SeasonalConfig.from(null)).isInstanceOf(NullPointerException.class);
  }
}
