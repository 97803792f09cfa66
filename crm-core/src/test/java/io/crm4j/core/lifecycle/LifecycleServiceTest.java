package io.crm4j.core.lifecycle;

import static io.crm4j.core.testing.Fixtures.CLOCK;
import static io.crm4j.core.testing.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.json.Crm4jJson;
import io.crm4j.core.store.memory.InMemoryStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class LifecycleServiceTest {

  private static final CustomerId C = CustomerId.of("C-1");

  @Test
  void manualChanges_storeAndPublish() {
    try (InMemoryStore store = InMemoryStore.create()) {
      List<DomainEvent> seen = new CopyOnWriteArrayList<>();
      store.events().subscribe(seen::add);
      LifecycleService s = LifecycleService.of(store, CLOCK, LifecyclePolicy.ofDefaults());
      CustomerLifecycle started = s.start(C);
      assertThat(started.version()).isEqualTo(1);
      assertThat(started.status()).isEqualTo(CustomerStatus.NON_CUSTOMER);
      assertThat(s.transition(C, CustomerStatus.PROSPECT, "fair visit").applied()).isTrue();
      assertThat(s.changePhase(C, RelationshipPhase.FORMATION, "pilot order").applied()).isTrue();
      assertThat(s.transition(C, CustomerStatus.WON_BACK, "no").applied()).isFalse();
      assertThat(s.lapse(C, ChurnReason.NATURAL, "no").applied()).as("a prospect cannot lapse").isFalse();
      CustomerLifecycle now = s.find(C).orElseThrow();
      assertThat(now.version()).isEqualTo(3);
      assertThat(now.phase()).isEqualTo(RelationshipPhase.FORMATION);
      assertThat(seen).containsExactly(
          new LifecycleEvent.Started(C, CustomerStatus.NON_CUSTOMER, RelationshipPhase.EXPLORATION, T0),
          new LifecycleEvent.StatusChanged(C, CustomerStatus.NON_CUSTOMER, CustomerStatus.PROSPECT, "fair visit", null,
              T0),
          new LifecycleEvent.PhaseChanged(C, RelationshipPhase.EXPLORATION, RelationshipPhase.FORMATION, "pilot order",
              T0));
      // events round-trip as JSON with a type field
      String json = Crm4jJson.write(seen.get(1));
      assertThat(json).contains("\"type\":\"LifecycleEvent.StatusChanged\"");
      assertThat(Crm4jJson.read(json, DomainEvent.class)).isEqualTo(seen.get(1));
      assertThat(seen.get(2).aggregateId()).isEqualTo("C-1");
    }
  }

  @Test
  void transition_untracked_isRefused() {
    try (InMemoryStore store = InMemoryStore.create()) {
      LifecycleService s = LifecycleService.of(store, CLOCK, LifecyclePolicy.ofDefaults());
      assertThatThrownBy(() -> s.transition(C, CustomerStatus.PROSPECT, "x"))
          .hasMessage("customerId must name a customer whose lifecycle is tracked, but was C-1");
      assertThatThrownBy(() -> LifecycleService.of(store, CLOCK, null)).isInstanceOf(NullPointerException.class);
      assertThat(s.policy().lapseAfterDays()).isEqualTo(180);
    }
  }
}
