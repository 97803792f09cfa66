package io.crm4j.core.programme;

import static io.crm4j.core.testing.Fixtures.CLOCK;
import static io.crm4j.core.testing.Fixtures.T0;
import static io.crm4j.core.testing.Fixtures.customer;
import static io.crm4j.core.testing.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.activity.ActivityId;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.activity.Refund;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.lifecycle.CustomerSignals;
import io.crm4j.core.loyalty.LoyaltyStorage;
import io.crm4j.core.loyalty.PointsAccount;
import io.crm4j.core.money.Money;
import io.crm4j.core.service.CustomerService;
import io.crm4j.core.spi.DuplicateIdException;
import io.crm4j.core.store.memory.InMemoryStore;
import io.crm4j.core.testing.ShopProgrammes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The recorder's own rules; its behaviour on every store is {@code ActivityRecorderContract}. */
class ActivityRecorderTest {

  @Test
  void of_nulls_areRefused() {
    try (InMemoryStore store = InMemoryStore.create()) {
      assertThatThrownBy(() -> ActivityRecorder.of(null, CLOCK, ShopProgrammes.programmes())).hasMessage("store");
      assertThatThrownBy(() -> ActivityRecorder.of(store, null, ShopProgrammes.programmes())).hasMessage("clock");
      assertThatThrownBy(() -> ActivityRecorder.of(store, CLOCK, null)).hasMessage("programmes");
      ActivityRecorder r = ActivityRecorder.of(store, CLOCK, ShopProgrammes.programmes());
      assertThat(r.programmes().name()).isEqualTo("shop");
      assertThatThrownBy(() -> r.record(null)).hasMessage("activity");
      assertThatThrownBy(() -> r.recordAll(null)).hasMessage("activities");
      assertThatThrownBy(() -> r.evaluation(null)).hasMessage("signals");
    }
  }

  @Test
  void evaluation_withoutAnyStep_isRefused() {
    try (InMemoryStore store = InMemoryStore.create()) {
      ActivityRecorder r = ActivityRecorder.of(store, CLOCK, Programmes.custom("points-only")
          .points(ShopProgrammes.POINTS, Programmes.Earning.PURCHASES).build());
      assertThatThrownBy(() -> r.evaluation(CustomerSignals.none()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("programmes must configure a lifecycle policy, a ladder or a tier programme to evaluate, but "
              + "'points-only' configures none");
    }
  }

  @Test
  void record_idOfAnotherEntry_isRefusedAsDuplicate() {
    try (InMemoryStore store = InMemoryStore.create()) {
      CustomerService.of(store, CLOCK).register(customer("C-1"));
      ActivityRecorder r = ActivityRecorder.of(store, CLOCK, ShopProgrammes.programmes());
      r.record(purchase("A-1", "C-1", T0, "10.00"));
      // same id, a day later: not a replay of the same entry
      Purchase other = new Purchase(ActivityId.of("A-1"), CustomerId.of("C-1"), T0.plusSeconds(86_400),
          Money.of("99.00", "EUR"), null);
      assertThatThrownBy(() -> r.record(other)).isInstanceOf(DuplicateIdException.class)
          .hasMessage("activity id must be unique, but A-1 is already stored");
      assertThat(store.repository(LoyaltyStorage.POINTS_ACCOUNTS).find(CustomerId.of("C-1")).orElseThrow().balance())
          .isEqualTo(10);
    }
  }

  @Test
  void recordAll_refundOfAPurchaseInTheSameBatch_isApplied() {
    try (InMemoryStore store = InMemoryStore.create()) {
      CustomerService.of(store, CLOCK).register(customer("C-1"));
      ActivityRecorder r = ActivityRecorder.of(store, CLOCK, ShopProgrammes.programmes());
      Purchase p = purchase("A-1", "C-1", T0, "10.00");
      List<Recording> done = r.recordAll(List.of(p,
          Refund.of(p, T0.plusSeconds(1), Money.of("4.00", "EUR"))));
      assertThat(done).extracting(Recording::replayed).containsExactly(false, false);
      // 10 points, then 4 back (EUR 6 earns 6)
      assertThat(store.repository(LoyaltyStorage.POINTS_ACCOUNTS).find(CustomerId.of("C-1")).orElseThrow().balance())
          .isEqualTo(6);
    }
  }

  @Test
  void recording_copiesItsEvents() {
    Recording r = new Recording(purchase("A-1", "C-1", T0, "1.00"), true, new ArrayList<>());
    assertThat(r.events()).isEmpty();
    assertThatThrownBy(() -> new Recording(null, false, List.of())).hasMessage("activity");
  }
}
