package io.crm4j.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.money.Percentage;
import java.util.List;
import org.junit.jupiter.api.Test;

class UtilisationLevelsTest {

  @Test
  void ofDefaults_is80And100Percent() {
    assertThat(UtilisationLevels.ofDefaults().levels()).containsExactly(Percentage.of("80"), Percentage.of("100"));
  }

  @Test
  void new_invalidLevels_throw() {
    assertThatThrownBy(() -> UtilisationLevels.of("100", "80")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("levels must be ascending and distinct, but were [100%, 80%]");
    assertThatThrownBy(() -> UtilisationLevels.of("0")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("levels must be in (0%, 1000%], but were [0%]");
    assertThatThrownBy(() -> new UtilisationLevels(List.of(Percentage.of("1001"))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
