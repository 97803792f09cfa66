package io.crm4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalsTest {

  @Test
  void bounded_insideTheBounds_returnsTheValue() {
    BigDecimal max = new BigDecimal("9".repeat(1_000)).movePointLeft(1_000);
    assertThat(Decimals.bounded(max, "x")).isSameAs(max);
    assertThat(Decimals.bounded(new BigDecimal("1e1000"), "x").scale()).isEqualTo(-1_000);
  }

  @Test
  void bounded_beyondPrecisionOrScale_isRefusedByDigitCountAndScale() {
    assertThatThrownBy(() -> Decimals.bounded(new BigDecimal("1".repeat(1_001)), "x"))
        .hasMessage("x must have at most 1000 significant digits and a scale within [-1000, 1000], "
            + "but had 1001 digits and scale 0");
    assertThatThrownBy(() -> Decimals.bounded(new BigDecimal("1e1001"), "x")).hasMessageEndingWith("scale -1001");
    assertThatThrownBy(() -> Decimals.bounded(new BigDecimal("1e-1001"), "x")).hasMessageEndingWith("scale 1001");
    assertThatThrownBy(() -> Decimals.bounded(null, "x")).isInstanceOf(NullPointerException.class).hasMessage("x");
  }

  @Test
  void parse_textOrLengthOrBounds_isChecked() {
    assertThat(Decimals.parse("-12.50", "x")).isEqualTo(new BigDecimal("-12.50"));
    assertThatThrownBy(() -> Decimals.parse("1,5", "x")).hasMessage("x must be a decimal number, but was '1,5'");
    assertThatThrownBy(() -> Decimals.parse("1".repeat(1_017), "x"))
        .hasMessage("x must be a decimal number of at most 1016 characters, but had 1017");
    assertThatThrownBy(() -> Decimals.parse("1e-2147483647", "x")).hasMessageEndingWith("scale 2147483647");
  }

  @Test
  void forMessage_plainWhenShortAbbreviatedWhenLong() {
    assertThat(Decimals.forMessage(new BigDecimal("-1.005"))).isEqualTo("-1.005");
    assertThat(Decimals.forMessage(new BigDecimal("1e900"))).isEqualTo("1... (1 digits, scale -900)");
    assertThat(Decimals.forMessage(new BigDecimal("-" + "7".repeat(50)))).isEqualTo("-777777777777... (50 digits, scale 0)");
  }
}
