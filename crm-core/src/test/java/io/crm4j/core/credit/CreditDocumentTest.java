package io.crm4j.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.money.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CreditDocumentTest {

  @Test
  void new_valid_keepsValues() {
    CreditDocument d = new CreditDocument("SO-1", CreditSegment.of("s"), Money.of("5", "EUR"), LocalDate.of(2026, 1, 2));
    assertThat(d.value()).isEqualTo(Money.of("5", "EUR"));
  }

  @Test
  void new_negativeValue_throws() {
    assertThatThrownBy(() -> new CreditDocument("SO-1", CreditSegment.of("s"), Money.of("-5", "EUR"),
        LocalDate.of(2026, 1, 2))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value must be >= 0, but was EUR -5.00");
  }
}
