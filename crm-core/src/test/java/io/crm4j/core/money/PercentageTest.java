package io.crm4j.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PercentageTest {

  @Test
  void of_pointsAndFraction() {
    Percentage p = Percentage.of("12.5");
    assertThat(p.fraction()).isEqualByComparingTo("0.125");
    assertThat(Percentage.ofFraction(new BigDecimal("0.125"))).isEqualTo(p);
    assertThat(p.toString()).isEqualTo("12.5%");
    assertThat(p.hashCode()).isEqualTo(Percentage.of("12.50").hashCode());
  }

  @Test
  void isShare_onlyBetweenZeroAndHundred() {
    assertThat(Percentage.of("0").isShare()).isTrue();
    assertThat(Percentage.of("100").isShare()).isTrue();
    assertThat(Percentage.of("100.01").isShare()).isFalse();
    assertThat(Percentage.of("-1").isShare()).isFalse();
    assertThat(Percentage.ZERO.compareTo(Percentage.of("1"))).isNegative();
  }

  @Test
  void of_badText_isRefused() {
    assertThatThrownBy(() -> Percentage.of("ten")).hasMessage("points must be a decimal number, but was 'ten'");
    assertThatThrownBy(() -> Percentage.of((BigDecimal) null)).isInstanceOf(NullPointerException.class);
  }
}
