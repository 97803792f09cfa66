package io.crm4j.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.money.Money;
import java.util.Currency;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CreditCheckConfigTest {

  @Test
  void ofDefaults_hasPresets() {
    CreditCheckConfig c = CreditCheckConfig.ofDefaults();
    for (CreditCheckType t : CreditCheckType.values()) {
      assertThat(c.isEnabled(t)).isTrue();
    }
    assertThat(c.horizonDays()).isEqualTo(30);
    assertThat(c.maxDaysOverdue()).isEqualTo(30);
    assertThat(c.maxDunningLevel()).isEqualTo(2);
    assertThat(c.refusedGrades()).isEmpty();
    assertThat(c.maxDocumentValue(Currency.getInstance("EUR"))).isEmpty();
  }

  @Test
  void from_base_copiesEverything() {
    CreditCheckConfig base = CreditCheckConfig.custom().horizonDays(10).maxDaysOverdue(5).maxDunningLevel(0)
        .maxDocumentValue(Money.of("100", "EUR")).refusedGrades(Set.of(CreditGrade.D)).check(CreditCheckType.GRADE, false).build();
    CreditCheckConfig copy = CreditCheckConfig.from(base).build();
    assertThat(copy.toString()).isEqualTo(base.toString());
    assertThat(copy.maxDocumentValue(Currency.getInstance("EUR"))).contains(Money.of("100", "EUR"));
    assertThat(copy.isEnabled(CreditCheckType.GRADE)).isFalse();
  }

  @Test
  void custom_invalidValues_throwAtOnce() {
    assertThatThrownBy(() -> CreditCheckConfig.custom().horizonDays(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("horizonDays must be in [0, 3660], but was -1");
    assertThatThrownBy(() -> CreditCheckConfig.custom().maxDaysOverdue(4000)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDaysOverdue must be in [0, 3660], but was 4000");
    assertThatThrownBy(() -> CreditCheckConfig.custom().maxDunningLevel(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDunningLevel must be >= 0, but was -1");
    assertThatThrownBy(() -> CreditCheckConfig.custom().maxDocumentValue(Money.of("-1", "EUR")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxDocumentValue must be >= 0, but was EUR -1.00");
    assertThatThrownBy(() -> CreditCheckConfig.custom().refusedGrades(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("grades");
  }
}
