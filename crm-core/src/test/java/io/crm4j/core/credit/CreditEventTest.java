package io.crm4j.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.money.Money;
import io.crm4j.core.money.Percentage;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CreditEventTest {

  static final CreditAccountId ID = CreditAccountId.of("ca-9");
  static final Instant T = Instant.parse("2026-11-23T00:00:00Z");

  @Test
  void type_andAggregateId_followTheHierarchy() {
    DomainEvent e = new CreditEvent.UtilisationCrossed(ID, CreditSegment.of("s"), Percentage.of("80"),
        CreditEvent.Direction.UP, Money.of("80", "EUR"), Money.of("100", "EUR"), T);
    assertThat(e.type()).isEqualTo("CreditEvent.UtilisationCrossed");
    assertThat(e.aggregateId()).isEqualTo("ca-9");
    assertThat(e.occurredAt()).isEqualTo(T);
    assertThat(new CreditEvent.Blocked(ID, "r", T).type()).isEqualTo("CreditEvent.Blocked");
    assertThat(new CreditEvent.Unblocked(ID, T).aggregateId()).isEqualTo("ca-9");
    assertThat(new CreditEvent.LimitSet(ID, CreditSegment.of("s"), Money.of("1", "EUR"), T).type())
        .isEqualTo("CreditEvent.LimitSet");
  }

  @Test
  void new_nulls_throw() {
    assertThatThrownBy(() -> new CreditEvent.Blocked(ID, "r", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("occurredAt");
    assertThatThrownBy(() -> new CreditEvent.Unblocked(null, T)).isInstanceOf(NullPointerException.class)
        .hasMessage("creditAccountId");
    assertThatThrownBy(() -> new CreditEvent.LimitSet(ID, CreditSegment.of("s"), null, T))
        .isInstanceOf(NullPointerException.class).hasMessage("limit");
    assertThatThrownBy(() -> new CreditEvent.UtilisationCrossed(ID, CreditSegment.of("s"), Percentage.of("1"), null,
        Money.of("1", "EUR"), Money.of("1", "EUR"), T)).isInstanceOf(NullPointerException.class).hasMessage("direction");
  }
}
