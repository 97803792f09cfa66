package io.crm4j.scoring.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.credit.CreditGrade;
import org.junit.jupiter.api.Test;

class GradeBandsTest {

  @Test
  void gradeOf_presetBands_areStrictlyAbove() {
    // Issue 7 presets: > 90 AAA, > 80 AA, > 70 A, > 60 BBB, > 50 BB, > 40 B, then CCC/CC/C/D.
    GradeBands b = GradeBands.ofDefaults();
    assertThat(b.gradeOf(100)).isEqualTo(CreditGrade.AAA);
    assertThat(b.gradeOf(90.0001)).isEqualTo(CreditGrade.AAA);
    assertThat(b.gradeOf(90)).isEqualTo(CreditGrade.AA);
    assertThat(b.gradeOf(70.5)).isEqualTo(CreditGrade.A);
    assertThat(b.gradeOf(61)).isEqualTo(CreditGrade.BBB);
    assertThat(b.gradeOf(55)).isEqualTo(CreditGrade.BB);
    assertThat(b.gradeOf(41)).isEqualTo(CreditGrade.B);
    assertThat(b.gradeOf(40)).isEqualTo(CreditGrade.CCC);
    assertThat(b.gradeOf(25)).isEqualTo(CreditGrade.CC);
    assertThat(b.gradeOf(15)).isEqualTo(CreditGrade.C);
    assertThat(b.gradeOf(10)).isEqualTo(CreditGrade.D);
    assertThat(b.gradeOf(0)).isEqualTo(CreditGrade.D);
    assertThat(b.offersTradeCredit(CreditGrade.B)).isTrue();
    assertThat(b.offersTradeCredit(CreditGrade.CCC)).isFalse();
    assertThat(b.threshold(CreditGrade.A)).isEqualTo(70);
    assertThat(b.threshold(CreditGrade.D)).isZero();
    assertThat(b.gradesWithoutCredit()).containsExactly(CreditGrade.CCC, CreditGrade.CC, CreditGrade.C, CreditGrade.D);
  }

  @Test
  void from_base_changesOneBand() {
    GradeBands b = GradeBands.from(GradeBands.ofDefaults()).threshold(CreditGrade.AAA, 95)
        .lowestWithCredit(CreditGrade.BBB).build();
    assertThat(b.gradeOf(93)).isEqualTo(CreditGrade.AA);
    assertThat(b.offersTradeCredit(CreditGrade.BB)).isFalse();
    assertThat(b.lowestWithCredit()).isEqualTo(CreditGrade.BBB);
    assertThat(b.toString()).contains("BBB");
  }

  @Test
  void custom_invalidValues_throw() {
    assertThatThrownBy(() -> GradeBands.custom().threshold(CreditGrade.D, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be D");
    assertThatThrownBy(() -> GradeBands.custom().threshold(CreditGrade.A, 100)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threshold of A must be in [0, 100), but was 100.0");
    assertThatThrownBy(() -> GradeBands.custom().threshold(CreditGrade.A, 85).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fall strictly");
    assertThatThrownBy(() -> GradeBands.ofDefaults().gradeOf(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("total must be in [0, 100], but was -1.0");
  }
}
