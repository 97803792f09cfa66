package io.crm4j.scoring.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.credit.CreditGrade;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LimitPolicyTest {

  @Test
  void ofDefaults_tenPercentEverywhere() {
    LimitPolicy p = LimitPolicy.ofDefaults();
    assertThat(p.netWorthShare()).isEqualByComparingTo("0.10");
    assertThat(p.workingCapitalShare()).isEqualByComparingTo("0.10");
    assertThat(p.monthlySalesShare()).isEqualByComparingTo("0.10");
    assertThat(p.gradeMultiplier(CreditGrade.BBB)).isEqualByComparingTo("0.75");
    assertThat(p.gradeMultiplier(CreditGrade.D)).isEqualByComparingTo("0");
  }

  @Test
  void from_base_keepsValues() {
    LimitPolicy base = LimitPolicy.custom().netWorthShare(new BigDecimal("0.2"))
        .gradeMultiplier(CreditGrade.CCC, new BigDecimal("0.1")).build();
    LimitPolicy copy = LimitPolicy.from(base).build();
    assertThat(copy.toString()).isEqualTo(base.toString());
    assertThat(copy.netWorthShare()).isEqualByComparingTo("0.2");
  }

  @Test
  void custom_invalidValues_throw() {
    assertThatThrownBy(() -> LimitPolicy.custom().netWorthShare(new BigDecimal("1.5")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("netWorthShare must be in [0, 1], but was 1.5");
    assertThatThrownBy(() -> LimitPolicy.custom().monthlySalesShare(new BigDecimal("-0.1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("monthlySalesShare");
    assertThatThrownBy(() -> LimitPolicy.custom().workingCapitalShare(new BigDecimal("2")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("workingCapitalShare");
    assertThatThrownBy(() -> LimitPolicy.custom().gradeMultiplier(CreditGrade.A, new BigDecimal("11")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("multiplier of A must be in [0, 10], but was 11");
  }
}
