package io.crm4j.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
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
  void json_roundTripsWithoutDerivedFields() {
    Percentage p = Percentage.of("80");
    String json = io.crm4j.core.json.Crm4jJson.write(p);
    assertThat(json).isEqualTo("{\"value\":80}");
    assertThat(io.crm4j.core.json.Crm4jJson.read(json, Percentage.class)).isEqualTo(p);
  }

  /** {@code of("1e999999999")} was accepted and ran out of memory when printed. */
  @Test
  void of_hugeExponent_isRefusedInEveryFactory() {
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      assertThatThrownBy(() -> Percentage.of("1e999999999")).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("points must have at most 1000 significant digits and a scale within [-1000, 1000], "
              + "but had 1 digits and scale -999999999");
      assertThatThrownBy(() -> Percentage.of(new BigDecimal("1e-999999999"))).hasMessageStartingWith("points must");
      assertThatThrownBy(() -> Percentage.ofFraction(new BigDecimal("1e999999999")))
          .hasMessageStartingWith("fraction must");
      assertThatThrownBy(() -> new Percentage(new BigDecimal("1e999999999"))).hasMessageStartingWith("value must");
    });
    assertThat(Percentage.of("1e1000").toString()).hasSize(1_002);
  }

  @Test
  void of_badText_isRefused() {
    assertThatThrownBy(() -> Percentage.of("ten")).hasMessage("points must be a decimal number, but was 'ten'");
    assertThatThrownBy(() -> Percentage.of((BigDecimal) null)).isInstanceOf(NullPointerException.class);
  }
}
