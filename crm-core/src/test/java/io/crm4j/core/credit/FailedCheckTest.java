package io.crm4j.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FailedCheckTest {

  @Test
  void new_keepsCheckAndReason() {
    FailedCheck f = new FailedCheck(CreditCheckType.STATIC, "too much");
    assertThat(f.check()).isEqualTo(CreditCheckType.STATIC);
    assertThat(f.reason()).isEqualTo("too much");
  }

  @Test
  void new_nulls_throw() {
    assertThatThrownBy(() -> new FailedCheck(null, "x")).isInstanceOf(NullPointerException.class).hasMessage("check");
    assertThatThrownBy(() -> new FailedCheck(CreditCheckType.GRADE, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("reason");
  }
}
