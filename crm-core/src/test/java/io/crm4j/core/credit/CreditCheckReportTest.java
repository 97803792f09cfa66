package io.crm4j.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreditCheckReportTest {

  static final CreditSegment S = CreditSegment.of("s");
  static final CreditDocument DOC = new CreditDocument("SO-1", S, Money.of("1", "EUR"), LocalDate.of(2026, 1, 1));
  static final Exposure NONE = new Exposure(S, Money.zero("EUR"), Money.zero("EUR"), Money.zero("EUR"), Money.zero("EUR"));

  @Test
  void passed_withoutFailures_isTrue() {
    CreditCheckReport o = new CreditCheckReport(DOC, NONE, Money.of("5", "EUR"), List.of());
    assertThat(o.passed()).isTrue();
    assertThat(o.failed(CreditCheckType.STATIC)).isFalse();
  }

  @Test
  void failures_areCopied() {
    List<FailedCheck> list = new ArrayList<>(List.of(new FailedCheck(CreditCheckType.GRADE, "D")));
    CreditCheckReport o = new CreditCheckReport(DOC, NONE, null, list);
    list.clear();
    assertThat(o.failures()).hasSize(1);
    assertThat(o.failed(CreditCheckType.GRADE)).isTrue();
    assertThat(o.limitIfAny()).isEmpty();
  }

  @Test
  void new_nulls_throw() {
    assertThatThrownBy(() -> new CreditCheckReport(null, NONE, null, List.of())).isInstanceOf(NullPointerException.class)
        .hasMessage("document");
  }
}
