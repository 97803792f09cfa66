package io.crm4j.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.money.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OpenItemTest {

  static final CreditSegment S = CreditSegment.of("s");
  static final LocalDate D = LocalDate.of(2026, 3, 1);

  @Test
  void daysPastDue_beforeAndAfterDueDate() {
    OpenItem.OpenInvoice inv = new OpenItem.OpenInvoice("i", S, Money.of("1", "EUR"), D, 0);
    assertThat(inv.daysPastDue(D.plusDays(31))).isEqualTo(31);
    assertThat(inv.daysPastDue(D.minusDays(2))).isEqualTo(-2);
  }

  @Test
  void new_invalidInput_throws() {
    assertThatThrownBy(() -> new OpenItem.OpenDelivery("d", S, Money.of("-1", "EUR")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("amount of d must be >= 0, but was EUR -1.00");
    assertThatThrownBy(() -> new OpenItem.OpenInvoice("i", S, Money.of("1", "EUR"), D, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("dunningLevel must be >= 0, but was -1");
    assertThatThrownBy(() -> new OpenItem.OpenOrder(" ", S, Money.of("1", "EUR"), D))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("documentId must not be blank");
    assertThatThrownBy(() -> new OpenItem.OpenOrder("o", S, Money.of("1", "EUR"), null))
        .isInstanceOf(NullPointerException.class).hasMessage("deliveryDate");
  }
}
