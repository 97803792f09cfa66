package io.crm4j.scoring.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.scoring.tiering.AbcClass;
import io.crm4j.scoring.tiering.AbcConfig;
import org.junit.jupiter.api.Test;

class WinBackConfigTest {

  @Test
  void ofDefaults_isThePreset() {
    WinBackConfig c = WinBackConfig.ofDefaults();
    assertThat(c.lapsedBelow()).isEqualTo(0.3);
    assertThat(c.classing()).isEqualTo(WinBackConfig.Classing.ABC);
    assertThat(c.abc()).isSameAs(AbcConfig.ofDefaults());
    assertThat(c.strategy("B")).isEqualTo("personalised win-back offer");
    assertThat(c.strategy("GOLD")).isEqualTo("personal call from the account manager");
    assertThat(c.toString()).startsWith("WinBackConfig[lapsedBelow=0.3, classing=ABC");
  }

  @Test
  void from_base_keepsEverySetting() {
    AbcConfig abc = AbcConfig.custom().limits(0.8, 0.95).build();
    WinBackConfig base = WinBackConfig.custom().abc(abc).lapsedBelow(0.5).strategy(AbcClass.C, "none").build();
    WinBackConfig copy = WinBackConfig.from(base).build();
    assertThat(copy.abc()).isSameAs(abc);
    assertThat(copy.lapsedBelow()).isEqualTo(0.5);
    assertThat(copy.strategy("C")).isEqualTo("none");
    assertThat(copy.pyramid()).isSameAs(base.pyramid());
  }

  @Test
  void custom_badInput_throwsNamingTheParameter() {
    assertThatThrownBy(() -> WinBackConfig.custom().lapsedBelow(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("lapsedBelow must be in (0, 1], but was 0.0");
    assertThatThrownBy(() -> WinBackConfig.custom().strategy(AbcClass.A, " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("strategy must not be blank, but was \" \"");
    assertThatThrownBy(() -> WinBackConfig.ofDefaults().strategy("D"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("valueClass must be an ABC class or a pyramid tier, but was D");
    assertThatThrownBy(() -> WinBackConfig.from(null)).isInstanceOf(NullPointerException.class).hasMessage("base");
  }
}
