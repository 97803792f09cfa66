package io.crm4j.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.money.CurrencyMismatchException;
import io.crm4j.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerInvoiceTest {

  static final CreditSegment S = CreditSegment.of("trade");
  static final LocalDate ISSUED = LocalDate.of(2026, 9, 1);
  static final LocalDate DUE = LocalDate.of(2026, 10, 1);

  static LedgerInvoice invoice(String id, LocalDate issued, LocalDate due) {
    return new LedgerInvoice(id, S, issued, due, Money.of("10", "EUR"), Money.of("4", "EUR"));
  }

  @Test
  void toOpenItem_carriesTheOpenAmount() {
    assertThat(invoice("I1", ISSUED, DUE).toOpenItem())
        .isEqualTo(new OpenItem.OpenInvoice("I1", S, Money.of("4", "EUR"), DUE, 0));
  }

  @Test
  void daysPastDueAndAge_countFromDueAndIssueDate() {
    LedgerInvoice i = invoice("I1", ISSUED, DUE);
    LocalDate asOf = LocalDate.of(2026, 12, 31);
    assertThat(i.daysPastDue(asOf)).isEqualTo(91);
    assertThat(i.ageInDays(asOf)).isEqualTo(121);
    assertThat(i.daysPastDue(DUE)).isZero();
    assertThat(i.ageInDays(ISSUED.minusDays(1))).isEqualTo(-1);
  }

  @Test
  void oldestFirst_ordersByDueThenIssueThenId() {
    List<LedgerInvoice> list = new ArrayList<>(List.of(invoice("b", ISSUED, DUE), invoice("a", ISSUED, DUE),
        invoice("z", ISSUED.minusDays(1), DUE), invoice("y", ISSUED, DUE.minusDays(1))));
    list.sort(LedgerInvoice.OLDEST_FIRST);
    assertThat(list).extracting(LedgerInvoice::documentId).containsExactly("y", "z", "a", "b");
  }

  @Test
  void new_invalid_throws() {
    assertThatThrownBy(() -> new LedgerInvoice("I1", S, DUE, ISSUED, Money.of("1", "EUR"), Money.of("1", "EUR")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dueDate of I1 must be on or after issueDate 2026-10-01, but was 2026-09-01");
    assertThatThrownBy(() -> new LedgerInvoice("I1", S, ISSUED, DUE, Money.of("1", "EUR"), Money.of("1.01", "EUR")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("open of I1 must be in (0, EUR 1.00], but was EUR 1.01");
    assertThatThrownBy(() -> new LedgerInvoice("I1", S, ISSUED, DUE, Money.of("1", "EUR"), Money.of("0", "EUR")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LedgerInvoice("I1", S, ISSUED, DUE, Money.of("0", "EUR"), Money.of("0", "EUR")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("amount of I1 must be > 0, but was EUR 0.00");
    assertThatThrownBy(() -> new LedgerInvoice("I1", S, ISSUED, DUE, Money.of("1", "EUR"), Money.of("1", "USD")))
        .isInstanceOf(CurrencyMismatchException.class);
  }
}
