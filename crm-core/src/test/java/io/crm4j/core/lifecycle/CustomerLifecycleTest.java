package io.crm4j.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.json.Crm4jJson;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.outcome.ReasonCode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerLifecycleTest {

  private static final LifecycleGraph GRAPH = LifecycleGraph.standard();
  private static final Instant T = Instant.parse("2026-03-01T08:00:00Z");
  private static final CustomerLifecycle NEW = CustomerLifecycle.start(CustomerId.of("C-1"), CustomerStatus.PROSPECT, T);

  @Test
  void transition_allowed_recordsHistoryAndEvent() {
    Outcome<CustomerLifecycle> o = NEW.transition(GRAPH, CustomerStatus.TARGET, "campaign list", T.plusSeconds(5));
    CustomerLifecycle moved = o.orElseThrow();
    assertThat(moved.status()).isEqualTo(CustomerStatus.TARGET);
    assertThat(moved.statusSince()).isEqualTo(T.plusSeconds(5));
    assertThat(moved.history()).containsExactly(new LifecycleChange(T.plusSeconds(5),
        CustomerStatus.PROSPECT, CustomerStatus.TARGET, RelationshipPhase.EXPLORATION, RelationshipPhase.EXPLORATION,
        "campaign list", null));
    assertThat(o.events()).containsExactly(new LifecycleEvent.StatusChanged(CustomerId.of("C-1"),
        CustomerStatus.PROSPECT, CustomerStatus.TARGET, "campaign list", null, T.plusSeconds(5)));
  }

  @Test
  void transition_forbiddenOrBackwardsInTime_isRejectedAndChangesNothing() {
    assertThat(NEW.transition(GRAPH, CustomerStatus.WON_BACK, "x", T)).isEqualTo(
        Outcome.rejected(ReasonCode.TRANSITION_NOT_ALLOWED, "the graph does not allow PROSPECT -> WON_BACK"));
    assertThat(NEW.transition(GRAPH, CustomerStatus.LAPSED, "x", T).applied()).isFalse();
    assertThat(NEW.transition(GRAPH, CustomerStatus.ACTIVE, "x", T.minusSeconds(1)).applied()).isFalse();
    assertThat(NEW.changePhase(GRAPH, RelationshipPhase.DECLINE, "x", T).applied()).isFalse();
    assertThat(NEW.changePhase(GRAPH, RelationshipPhase.FORMATION, "x", T.minusSeconds(1)).applied()).isFalse();
    assertThat(NEW.history()).isEmpty();
  }

  @Test
  void lapse_recordsTheChurnReasonAndWinBackClearsIt() {
    CustomerLifecycle active = applied(NEW.transition(GRAPH, CustomerStatus.ACTIVE, "bought", T));
    CustomerLifecycle lapsed = applied(active.lapse(GRAPH, ChurnReason.COMPETITION, "rival offer", T.plusSeconds(1)));
    assertThat(lapsed.churnReason()).isEqualTo(ChurnReason.COMPETITION);
    assertThat(lapsed.history().get(1).churnReason()).isEqualTo(ChurnReason.COMPETITION);
    CustomerLifecycle back = applied(lapsed.transition(GRAPH, CustomerStatus.WON_BACK, "offer", T.plusSeconds(2)));
    assertThat(back.churnReason()).isNull();
    assertThat(back.history().get(1).churnReason()).isEqualTo(ChurnReason.COMPETITION);
  }

  @Test
  void changePhase_allowed_movesThePhaseOnly() {
    CustomerLifecycle formed = applied(NEW.changePhase(GRAPH, RelationshipPhase.FORMATION, "two orders", T));
    assertThat(formed.phase()).isEqualTo(RelationshipPhase.FORMATION);
    assertThat(formed.status()).isEqualTo(CustomerStatus.PROSPECT);
    assertThat(formed.statusSince()).isEqualTo(T);
  }

  @Test
  void constructor_invalid_isRefused() {
    assertThatThrownBy(() -> new CustomerLifecycle(CustomerId.of("C"), -1, CustomerStatus.ACTIVE, T,
        RelationshipPhase.FORMATION, T, null, List.of())).hasMessage("version must be >= 0, but was -1");
    assertThatThrownBy(() -> CustomerLifecycle.start(CustomerId.of("C"), CustomerStatus.ACTIVE, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> NEW.transition(GRAPH, CustomerStatus.ACTIVE, " ", T))
        .hasMessageContaining("reason must not be blank");
  }

  @Test
  void json_roundTrips() {
    CustomerLifecycle l = applied(applied(NEW.transition(GRAPH, CustomerStatus.ACTIVE, "bought", T))
        .lapse(GRAPH, ChurnReason.MALICIOUS, "left owing", T.plusSeconds(9))).withVersion(4);
    assertThat(Crm4jJson.read(Crm4jJson.write(l), CustomerLifecycle.class)).isEqualTo(l);
    assertThat(LifecycleStorage.LIFECYCLES.name()).isEqualTo("customer-lifecycle");
    assertThat(LifecycleStorage.LIFECYCLES.versionOf(l)).isEqualTo(4);
  }

  private static CustomerLifecycle applied(Outcome<CustomerLifecycle> o) {
    assertThat(o.applied()).as("%s", o).isTrue();
    return o.orElseThrow();
  }
}
