package io.crm4j.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.json.Crm4jJson;
import java.util.List;
import io.crm4j.core.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CreditEventTest {

  static final CreditAccountId ID = CreditAccountId.of("ca-9");
  static final Instant T = Instant.parse("2026-11-23T00:00:00Z");

  @Test
  void type_andAggregateId_followTheHierarchy() {
    DomainEvent e = new CreditEvent.UtilisationCrossed(ID, CreditSegment.of("s"), new BigDecimal("80"),
        CreditEvent.Direction.UP, Money.of("80", "EUR"), Money.of("100", "EUR"), T);
    assertThat(e.type()).isEqualTo("CreditEvent.UtilisationCrossed");
    assertThat(e.aggregateId()).isEqualTo("ca-9");
    assertThat(e.occurredAt()).isEqualTo(T);
    assertThat(new CreditEvent.Blocked(ID, "r", T).type()).isEqualTo("CreditEvent.Blocked");
    assertThat(new CreditEvent.Unblocked(ID, T).aggregateId()).isEqualTo("ca-9");
    assertThat(new CreditEvent.LimitSet(ID, CreditSegment.of("s"), Money.of("1", "EUR"), T).type())
        .isEqualTo("CreditEvent.LimitSet");
  }

  static List<CreditEvent> oneOfEach() {
    return List.of(new CreditEvent.LimitSet(ID, CreditSegment.of("s"), Money.of("1000", "EUR"), T),
        new CreditEvent.Blocked(ID, "cheque returned", T), new CreditEvent.Unblocked(ID, T),
        new CreditEvent.UtilisationCrossed(ID, CreditSegment.of("s"), new BigDecimal("80"), CreditEvent.Direction.DOWN,
            Money.of("799.99", "EUR"), Money.of("1000", "EUR"), T),
        new CreditEvent.InvoiceRecorded(ID, "INV-1", CreditSegment.of("s"), Money.of("1000", "EUR"),
            LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31), T),
        new CreditEvent.PaymentRecorded(ID, "PAY-2", Money.of("500", "EUR"), LocalDate.of(2026, 9, 25),
            List.of(ALLOCATION), Money.of("100", "EUR"), T),
        new CreditEvent.CreditNoteRecorded(ID, "CN-1", Money.of("400", "EUR"), LocalDate.of(2026, 10, 20),
            List.of(ALLOCATION), Money.of("0", "EUR"), T),
        new CreditEvent.WrittenOff(ID, "WO-1", ALLOCATION, LocalDate.of(2026, 11, 30), T),
        new CreditEvent.CreditApplied(ID, "AP-1", "PAY-2", Money.of("400", "EUR"), LocalDate.of(2026, 12, 20),
            List.of(ALLOCATION), Money.of("0", "EUR"), T));
  }

  static final Allocation ALLOCATION = new Allocation("INV-1", LocalDate.of(2026, 8, 31), Money.of("400", "EUR"));

  @Test
  void json_everyEventRoundTripsWithItsTypeName() {
    for (CreditEvent event : oneOfEach()) {
      String json = Crm4jJson.write(event);
      assertThat(json).contains("\"type\":\"CreditEvent." + event.getClass().getSimpleName() + "\"");
      assertThat(Crm4jJson.read(json, DomainEvent.class)).isEqualTo(event);
    }
    assertThat(oneOfEach()).hasSize(CreditEvent.class.getPermittedSubclasses().length);
  }

  @Test
  void new_nulls_throw() {
    assertThatThrownBy(() -> new CreditEvent.Blocked(ID, "r", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("occurredAt");
    assertThatThrownBy(() -> new CreditEvent.Unblocked(null, T)).isInstanceOf(NullPointerException.class)
        .hasMessage("creditAccountId");
    assertThatThrownBy(() -> new CreditEvent.LimitSet(ID, CreditSegment.of("s"), null, T))
        .isInstanceOf(NullPointerException.class).hasMessage("limit");
    assertThatThrownBy(() -> new CreditEvent.UtilisationCrossed(ID, CreditSegment.of("s"), BigDecimal.ONE, null,
        Money.of("1", "EUR"), Money.of("1", "EUR"), T)).isInstanceOf(NullPointerException.class).hasMessage("direction");
    assertThatThrownBy(() -> new CreditEvent.PaymentRecorded(ID, "P", Money.of("1", "EUR"), null, List.of(),
        Money.of("1", "EUR"), T)).isInstanceOf(NullPointerException.class).hasMessage("paidOn");
    assertThatThrownBy(() -> new CreditEvent.CreditNoteRecorded(ID, "C", Money.of("1", "EUR"), LocalDate.EPOCH,
        List.of(), null, T)).isInstanceOf(NullPointerException.class).hasMessage("unallocated");
    assertThatThrownBy(() -> new CreditEvent.InvoiceRecorded(ID, "I", CreditSegment.of("s"), Money.of("1", "EUR"),
        LocalDate.EPOCH, null, T)).isInstanceOf(NullPointerException.class).hasMessage("dueDate");
    assertThatThrownBy(() -> new CreditEvent.WrittenOff(ID, "W", null, LocalDate.EPOCH, T))
        .isInstanceOf(NullPointerException.class).hasMessage("allocation");
    assertThatThrownBy(() -> new CreditEvent.CreditApplied(ID, "A", null, Money.of("1", "EUR"), LocalDate.EPOCH,
        List.of(), Money.of("0", "EUR"), T)).isInstanceOf(NullPointerException.class).hasMessage("creditDocumentId");
  }
}
