package io.crm4j.core.loyalty;

import static io.crm4j.core.testing.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.json.Crm4jJson;
import io.crm4j.core.money.Money;
import io.crm4j.core.store.memory.InMemoryStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class PointsServiceTest {

  private static final CustomerId M = CustomerId.of("M-1");

  @Test
  void operations_storeEachChangeAndPublishItsEvents() {
    try (InMemoryStore store = InMemoryStore.create()) {
      List<DomainEvent> seen = new CopyOnWriteArrayList<>();
      store.events().subscribe(seen::add);
      PointsProgramme telecom = PointsProgramme.telecom(Money.of("10", "CNY"));
      PointsService s = PointsService.of(store, CLOCK, telecom);
      assertThat(s.settleBill(M, Money.of("88", "CNY"), true, "2026-01").applied()).isTrue();  // 1 + 8 = 9
      assertThat(s.redeem(M, 4, "data pack").applied()).isTrue();                          // 5
      assertThat(s.reverse(M, 1, 2, "billing correction").applied()).isTrue();             // 3
      assertThat(s.expire(M).applied()).as("telecom points never expire").isFalse();
      assertThat(s.forfeitAll(M, "bill 2026-02 not paid on time").applied()).isTrue();      // 0
      PointsAccount a = s.find(M).orElseThrow();
      assertThat(a.entries()).extracting(LedgerEntry::points).containsExactly(9L, -4L, -2L, -3L);
      assertThat(a.balance()).isZero();
      assertThat(seen).hasSize(4).allSatisfy(e -> assertThat(e).isInstanceOf(LoyaltyEvent.PointsPosted.class));
      LoyaltyEvent.PointsPosted last = (LoyaltyEvent.PointsPosted) seen.get(3);
      assertThat(last.balance()).isZero();
      assertThat(Crm4jJson.read(Crm4jJson.write(last), DomainEvent.class)).isEqualTo(last);
      assertThat(s.programme()).isSameAs(telecom);
    }
  }

  @Test
  void accrue_clockBehindTheLedger_booksAtTheLastLine() {
    try (InMemoryStore store = InMemoryStore.create()) {
      PointsProgramme p = PointsProgramme.custom("p").build();
      Instant later = Instant.parse("2026-05-01T00:00:00Z");
      PointsService.of(store, Clock.fixed(later, ZoneOffset.UTC), p).accrue(M, 5, "from a node ahead");
      PointsService behind = PointsService.of(store, Clock.fixed(later.minus(Duration.ofSeconds(3)), ZoneOffset.UTC), p);
      assertThat(behind.accrue(M, 7, "from a node behind").applied()).isTrue();
      assertThat(behind.find(M).orElseThrow().entries().get(1).at()).isEqualTo(later);
    }
  }

  @Test
  void accrue_beyondALongOfPoints_saysSoAndStoresNothing() {
    // a second Long.MAX_VALUE accrual threw a bare ArithmeticException "long overflow"
    try (InMemoryStore store = InMemoryStore.create()) {
      PointsService s = PointsService.of(store, Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), ZoneOffset.UTC),
          PointsProgramme.custom("p").build());
      s.accrue(M, Long.MAX_VALUE, "first");
      assertThatThrownBy(() -> s.accrue(M, 1, "second")).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("points must keep the balance within a long, but 9223372036854775807 + 1 overflows");
      assertThat(s.find(M).orElseThrow().entries()).hasSize(1);
      PointsProgramme greedy = PointsProgramme.custom("greedy")
          .rule(new AccrualRule.PerCurrencyUnit(Money.of("0.01", "EUR"), Long.MAX_VALUE)).build();
      assertThatThrownBy(() -> greedy.pointsFor(AccrualBasis.purchase(Money.of("1.00", "EUR"), Instant.EPOCH, "r")))
          .isInstanceOf(ArithmeticException.class)
          .hasMessage("points for a basis must fit a long, but the rules and campaigns of programme 'greedy' give"
              + " more than 9223372036854775807 for the basis at 1970-01-01T00:00:00Z");
    }
  }

  @Test
  void withAttempts_invalid_isRefused() {
    try (InMemoryStore store = InMemoryStore.create()) {
      PointsService s = PointsService.of(store, CLOCK, PointsProgramme.custom("p").build());
      assertThatThrownBy(() -> s.withAttempts(0)).hasMessage("attempts must be > 0, but was 0");
      assertThatThrownBy(() -> s.accrue(M, 0, "zero")).hasMessage("points must be > 0, but was 0");
    }
  }
}
