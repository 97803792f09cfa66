package io.crm4j.core.credit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditGradeTest {

  @Test
  void isAtLeast_ordersFromBestToWorst() {
    assertThat(CreditGrade.AAA.isAtLeast(CreditGrade.D)).isTrue();
    assertThat(CreditGrade.B.isAtLeast(CreditGrade.B)).isTrue();
    assertThat(CreditGrade.CCC.isAtLeast(CreditGrade.B)).isFalse();
  }
}
