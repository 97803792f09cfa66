package io.crm4j.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.credit.ReceivableDocument.Kind;
import io.crm4j.core.json.Crm4jJson;
import io.crm4j.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReceivableDocumentTest {

  static final CreditAccountId CA = CreditAccountId.of("CA-1");
  static final CreditSegment S = CreditSegment.of("trade");
  static final LocalDate D = LocalDate.of(2026, 9, 25);
  static final Instant T = Instant.parse("2026-09-25T10:00:00Z");
  static final Allocation A = new Allocation("INV-1", LocalDate.of(2026, 8, 31), Money.of("400", "EUR"));

  @Test
  void of_everyLedgerEvent_keepsWhatWasRecorded() {
    ReceivableDocument invoice = ReceivableDocument.of(new CreditEvent.InvoiceRecorded(CA, "INV-1", S,
        Money.of("1000", "EUR"), D, D.plusDays(30), T));
    assertThat(invoice).isEqualTo(new ReceivableDocument(CA, "INV-1", Kind.INVOICE, D, D.plusDays(30), S,
        Money.of("1000", "EUR"), List.of(), 0));
    ReceivableDocument payment = ReceivableDocument.of(new CreditEvent.PaymentRecorded(CA, "PAY-2",
        Money.of("500", "EUR"), D, List.of(A), Money.of("100", "EUR"), T));
    assertThat(payment.kind()).isEqualTo(Kind.PAYMENT);
    assertThat(payment.allocations()).containsExactly(A);
    assertThat(ReceivableDocument.of(new CreditEvent.CreditNoteRecorded(CA, "CN-1", Money.of("400", "EUR"), D,
        List.of(A), Money.of("0", "EUR"), T)).kind()).isEqualTo(Kind.CREDIT_NOTE);
    ReceivableDocument writeOff = ReceivableDocument.of(new CreditEvent.WrittenOff(CA, "WO-1", A, D, T));
    assertThat(writeOff.amount()).isEqualTo(Money.of("400", "EUR"));
    assertThat(writeOff.id()).isEqualTo(ReceivableDocumentId.of(CA, "WO-1"));
    ReceivableDocument application = ReceivableDocument.of(new CreditEvent.CreditApplied(CA, "AP-1", "PAY-2",
        Money.of("400", "EUR"), D, List.of(A), Money.of("100", "EUR"), T));
    assertThat(application).isEqualTo(new ReceivableDocument(CA, "AP-1", Kind.CREDIT_APPLICATION, D, null, null,
        Money.of("400", "EUR"), List.of(A), "PAY-2", 0));
    assertThatThrownBy(() -> ReceivableDocument.of(new CreditEvent.Unblocked(CA, T)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("event must record a ledger document, but was CreditEvent.Unblocked");
  }

  @Test
  void sameRequest_comparesKindDateAmountAndInvoiceFields() {
    ReceivableDocument w = new ReceivableDocument(CA, "WO-1", Kind.WRITE_OFF, D, null, null, A.amount(), List.of(A), 3);
    assertThat(w.sameRequest(Kind.WRITE_OFF, D, Money.of("400.00", "EUR"), null, null, "INV-1")).isTrue();
    assertThat(w.sameRequest(Kind.WRITE_OFF, D, A.amount(), null, null, "INV-2")).isFalse();
    assertThat(w.sameRequest(Kind.PAYMENT, D, A.amount(), null, null, null)).isFalse();
    assertThat(w.sameRequest(Kind.WRITE_OFF, D.plusDays(1), A.amount(), null, null, "INV-1")).isFalse();
  }

  @Test
  void sameApplication_comparesDateCreditAndNamedAllocations() {
    ReceivableDocument ap = new ReceivableDocument(CA, "AP-1", Kind.CREDIT_APPLICATION, D, null, null, A.amount(),
        List.of(A), "PAY-2", 1);
    assertThat(ap.sameApplication(D, "PAY-2", null)).as("oldest-first: allocations not compared").isTrue();
    assertThat(ap.sameApplication(D, "PAY-2", Map.of("INV-1", Money.of("400.00", "EUR")))).isTrue();
    assertThat(ap.sameApplication(D, "PAY-2", Map.of("INV-1", Money.of("399", "EUR")))).isFalse();
    assertThat(ap.sameApplication(D, "PAY-3", null)).isFalse();
    assertThat(ap.sameApplication(D.plusDays(1), "PAY-2", null)).isFalse();
    ReceivableDocument payment = new ReceivableDocument(CA, "AP-1", Kind.PAYMENT, D, null, null, A.amount(),
        List.of(A), 1);
    assertThat(payment.sameApplication(D, "PAY-2", null)).isFalse();
    assertThat(ap.sameRequest(Kind.PAYMENT, D, A.amount(), null, null, null)).isFalse();
  }

  @Test
  void json_roundTrips() {
    ReceivableDocument p = new ReceivableDocument(CA, "PAY-2", Kind.PAYMENT, D, null, null, Money.of("500", "EUR"),
        List.of(A), 2);
    assertThat(Crm4jJson.read(Crm4jJson.write(p), ReceivableDocument.class)).isEqualTo(p);
    ReceivableDocument ap = new ReceivableDocument(CA, "AP-1", Kind.CREDIT_APPLICATION, D, null, null, A.amount(),
        List.of(A), "PAY-2", 1);
    assertThat(Crm4jJson.read(Crm4jJson.write(ap), ReceivableDocument.class)).isEqualTo(ap);
  }

  @Test
  void json_documentStoredBeforeCreditApplications_readsWithoutACredit() {
    // the JSON a store holds for a payment written before credit applications existed has no creditDocumentId
    String json = Crm4jJson.write(new ReceivableDocument(CA, "PAY-2", Kind.PAYMENT, D, null, null,
        Money.of("500", "EUR"), List.of(A), 2)).replace(",\"creditDocumentId\":null", "");
    assertThat(json).doesNotContain("creditDocumentId");
    assertThat(Crm4jJson.read(json, ReceivableDocument.class).creditDocumentId()).isNull();
  }

  @Test
  void new_invalid_throws() {
    assertThatThrownBy(() -> new ReceivableDocument(CA, "INV-1", Kind.INVOICE, D, null, S, Money.of("1", "EUR"),
        List.of(), 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dueDate and segment must be set exactly for an invoice, but INV-1 is a INVOICE with dueDate null"
            + " and segment trade");
    assertThatThrownBy(() -> new ReceivableDocument(CA, "P", Kind.PAYMENT, D, null, null, Money.of("399", "EUR"),
        List.of(A), 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("allocations of PAYMENT P must fit its kind and total at most EUR 399.00");
    assertThatThrownBy(() -> new ReceivableDocument(CA, "W", Kind.WRITE_OFF, D, null, null, Money.of("400", "EUR"),
        List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReceivableDocument(CA, "AP", Kind.CREDIT_APPLICATION, D, null, null,
        Money.of("400", "EUR"), List.of(A), null, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("creditDocumentId must be set exactly for a credit application, but AP is a CREDIT_APPLICATION"
            + " with creditDocumentId null");
    assertThatThrownBy(() -> new ReceivableDocument(CA, "P", Kind.PAYMENT, D, null, null, Money.of("400", "EUR"),
        List.of(A), "PAY-1", 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("creditDocumentId must be set exactly for a credit application");
    assertThatThrownBy(() -> new ReceivableDocument(CA, "AP", Kind.CREDIT_APPLICATION, D, null, null,
        Money.of("401", "EUR"), List.of(A), "PAY-1", 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("allocations of CREDIT_APPLICATION AP must fit its kind and total exactly EUR 401.00");
    assertThatThrownBy(() -> new ReceivableDocument(CA, "P", Kind.PAYMENT, D, null, null, Money.of("0", "EUR"),
        List.of(), 0)).isInstanceOf(IllegalArgumentException.class).hasMessage("amount of P must be > 0, but was EUR 0.00");
  }

  @Test
  void toString_showsIdsKindAndAmount() {
    assertThat(new ReceivableDocument(CA, "WO-1", Kind.WRITE_OFF, D, null, null, A.amount(), List.of(A), 3))
        .hasToString("ReceivableDocument[id=CA-1/WO-1, kind=WRITE_OFF, date=2026-09-25, amount=EUR 400.00,"
            + " allocations=1, version=3]");
    assertThat(new ReceivableDocument(CA, "AP-1", Kind.CREDIT_APPLICATION, D, null, null, A.amount(), List.of(A),
        "PAY-2", 1)).hasToString("ReceivableDocument[id=CA-1/AP-1, kind=CREDIT_APPLICATION, date=2026-09-25,"
            + " amount=EUR 400.00, allocations=1, credit=PAY-2, version=1]");
  }
}
