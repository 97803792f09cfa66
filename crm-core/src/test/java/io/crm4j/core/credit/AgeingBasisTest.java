package io.crm4j.core.credit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgeingBasisTest {

  @Test
  void values_dueDateFirst() {
    assertThat(AgeingBasis.values()).containsExactly(AgeingBasis.DAYS_PAST_DUE, AgeingBasis.INVOICE_AGE);
  }
}
