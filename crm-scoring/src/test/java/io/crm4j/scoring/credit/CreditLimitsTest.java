package io.crm4j.scoring.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.credit.CreditGrade;
import io.crm4j.core.money.CurrencyMismatchException;
import io.crm4j.core.money.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreditLimitsTest {

  static final LimitPolicy P = LimitPolicy.ofDefaults();

  static Money eur(String a) {
    return Money.of(a, "EUR");
  }

  @Test
  void fromNetWorth_tenPercent() {
    assertThat(CreditLimits.fromNetWorth(eur("500000"), P)).isEqualTo(eur("50000"));
    assertThat(CreditLimits.fromNetWorth(eur("-5"), P)).isEqualTo(eur("0"));
  }

  @Test
  void fromWorkingCapital_tenPercentOfAssetsMinusLiabilities() {
    // (300,000 - 180,000) * 10 % = 12,000.
    assertThat(CreditLimits.fromWorkingCapital(eur("300000"), eur("180000"), P)).isEqualTo(eur("12000"));
    assertThat(CreditLimits.fromWorkingCapital(eur("1"), eur("2"), P)).isEqualTo(eur("0"));
  }

  @Test
  void fromAverageMonthlySales_tenPercentOfMean() {
    // mean of 90,000, 100,000, 110,000 = 100,000; 10 % = 10,000.
    assertThat(CreditLimits.fromAverageMonthlySales(List.of(eur("90000"), eur("100000"), eur("110000")), P))
        .isEqualTo(eur("10000"));
  }

  @Test
  void medianOfTradeReferences_oddAndEvenCounts() {
    assertThat(CreditLimits.medianOfTradeReferences(List.of(eur("30000"), eur("10000"), eur("20000"))))
        .isEqualTo(eur("20000"));
    // even: (10,000 + 20,000) / 2 = 15,000.
    assertThat(CreditLimits.medianOfTradeReferences(List.of(eur("40000"), eur("10000"), eur("20000"), eur("5000"))))
        .isEqualTo(eur("15000"));
  }

  @Test
  void averageOf_methods_roundsHalfEven() {
    // (10,000 + 12,000 + 15,000.01) / 3 = 12,333.336666... -> 12,333.34.
    assertThat(CreditLimits.averageOf(List.of(eur("10000"), eur("12000"), eur("15000.01")))).isEqualTo(eur("12333.34"));
  }

  @Test
  void recommended_gradeMultiplier() {
    // Presets: A x 1.0, AAA x 1.5, CCC x 0.
    assertThat(CreditLimits.recommended(CreditGrade.A, eur("20000"), P)).isEqualTo(eur("20000"));
    assertThat(CreditLimits.recommended(CreditGrade.AAA, eur("20000"), P)).isEqualTo(eur("30000"));
    assertThat(CreditLimits.recommended(CreditGrade.CCC, eur("20000"), P)).isEqualTo(eur("0"));
  }

  @Test
  void methods_invalidInput_throw() {
    assertThatThrownBy(() -> CreditLimits.averageOf(List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limits must not be empty");
    assertThatThrownBy(() -> CreditLimits.medianOfTradeReferences(List.of(eur("-1"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("references must be >= 0, but references[0] was EUR -1.00");
    assertThatThrownBy(() -> CreditLimits.averageOf(List.of(eur("1"), Money.of("1", "USD"))))
        .isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> CreditLimits.recommended(CreditGrade.A, eur("-1"), P))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("baseLimit must be >= 0, but was EUR -1.00");
  }
}
