package io.crm4j.core.spi;

import static io.crm4j.core.testing.Fixtures.CLOCK;
import static io.crm4j.core.testing.Fixtures.T0;
import static io.crm4j.core.testing.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.activity.ActivityEvent;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.json.Crm4jJson;
import io.crm4j.core.loyalty.LoyaltyEvent;
import io.crm4j.core.loyalty.PointsProgramme;
import io.crm4j.core.loyalty.PointsService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The outbox and {@link OutboxRelay} on every store: at least once, in commit order (so in order
 * per aggregate), each event marked once the callback returned; a callback that fails mid-batch and
 * a restarted relay repeat at most the event it failed on. The JDBC store's relay is also tested
 * against database failures at every statement ({@code OutboxRelayTest}).
 */
public interface OutboxRelayContract extends StoreFixture {

  /** Five events in three units of work (three, one, one), customers C-1 and C-2 interleaved. */
  List<Purchase> RELAYED = List.of(
      purchase("A-1", "C-1", T0, "1.00"),
      purchase("A-2", "C-2", T0.plusSeconds(1), "2.00"),
      purchase("A-3", "C-1", T0.plusSeconds(2), "3.00"),
      purchase("A-4", "C-2", T0.plusSeconds(3), "4.00"),
      purchase("A-5", "C-1", T0.plusSeconds(4), "5.00"));

  private static List<DomainEvent> appendRelayed(Store store) {
    store.activities().appendAll(RELAYED.subList(0, 3));
    store.activities().append(RELAYED.get(3));
    store.run(tx -> tx.activities().append(RELAYED.get(4)));
    return RELAYED.stream().<DomainEvent>map(ActivityEvent.Recorded::of).toList();
  }

  @Test
  default void outboxRelay_pollOnce_handsEventsOverInCommitOrderAndMarksThem() {
    try (Store store = newStore()) {
      List<DomainEvent> events = appendRelayed(store);
      List<OutboxEntry> seen = new ArrayList<>();
      OutboxRelay relay = OutboxRelay.of(store.outbox(), seen::add).withBatchSize(2);

      assertThat(relay.pollOnce()).isEqualTo(2);
      assertThat(store.outbox().pending(10)).hasSize(3);
      assertThat(relay.drain()).isEqualTo(3);
      assertThat(relay.pollOnce()).isZero();

      assertThat(seen).extracting(OutboxEntry::event).containsExactlyElementsOf(events);
      assertThat(seen).extracting(OutboxEntry::seq).isSorted().doesNotHaveDuplicates();
      for (OutboxEntry e : seen) {
        assertThat(Crm4jJson.read(e.json(), DomainEvent.class)).isEqualTo(e.event());
      }
      assertThat(store.outbox().pending(10)).isEmpty();
      assertThat(store.outbox().markPublishedUpTo(Long.MAX_VALUE)).isZero();
      assertThatThrownBy(() -> store.outbox().pending(0)).hasMessage("limit must be > 0, but was 0");
    }
  }

  /**
   * The broker fails on the third event of a batch: the relay stops, the two before stay marked;
   * a new relay (a restarted process) starts with the failed one, so every event arrives at least
   * once, in order, and only the failed one twice.
   */
  @Test
  default void outboxRelay_callbackFailsMidBatchThenRestart_deliversEachEventAtLeastOnceInOrder() {
    try (Store store = newStore()) {
      List<DomainEvent> events = appendRelayed(store);
      List<DomainEvent> attempts = new ArrayList<>();
      RuntimeException brokerDown = new IllegalStateException("broker down");
      AtomicInteger calls = new AtomicInteger();
      OutboxRelay crashing = OutboxRelay.of(store.outbox(), e -> {
        attempts.add(e.event());
        if (calls.incrementAndGet() == 3) {
          throw brokerDown;
        }
      });
      assertThatThrownBy(crashing::drain).isSameAs(brokerDown);
      assertThat(store.outbox().pending(10)).extracting(OutboxEntry::event).containsExactlyElementsOf(events.subList(2, 5));

      OutboxRelay restarted = OutboxRelay.of(store.outbox(), e -> attempts.add(e.event()));
      assertThat(restarted.drain()).isEqualTo(3);
      assertThat(attempts).containsExactly(events.get(0), events.get(1), events.get(2), events.get(2), events.get(3),
          events.get(4));
      assertThat(store.outbox().pending(10)).isEmpty();
    }
  }

  /**
   * Four threads accrue points on two members at once (retrying when another wins): the relay
   * hands over each member's postings in ledger order, lines 1, 2, 3, ..., none missing.
   */
  @Test
  default void outboxRelay_concurrentWriters_deliverEachAggregatesEventsInOrder() throws Exception {
    try (Store store = newStore()) {
      PointsService points = PointsService.of(store, CLOCK, PointsProgramme.custom("relay").build())
          .withAttempts(10_000);
      List<CustomerId> members = List.of(CustomerId.of("M-1"), CustomerId.of("M-2"));
      int threads = 4;
      int perThread = 15;
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          go.await();
          for (int i = 0; i < perThread; i++) {
            points.accrue(members.get((thread + i) % 2), 1 + i, "t" + thread + "-" + i);
          }
          return null;
        }));
      }
      go.countDown();
      for (Future<?> f : done) {
        f.get(120, TimeUnit.SECONDS);
      }
      pool.shutdown();
      List<OutboxEntry> relayed = new ArrayList<>();
      OutboxRelay.of(store.outbox(), relayed::add).withBatchSize(7).drain();
      for (CustomerId m : members) {
        List<Long> lines = relayed.stream().map(OutboxEntry::event)
            .filter(e -> e instanceof LoyaltyEvent.PointsPosted p && p.customerId().equals(m))
            .map(e -> ((LoyaltyEvent.PointsPosted) e).entry().seq()).toList();
        // 4 threads x 15 accruals, half of them on each member
        assertThat(lines).hasSize(threads * perThread / 2);
        for (int i = 0; i < lines.size(); i++) {
          assertThat(lines.get(i)).as("posting %d of %s", i, m).isEqualTo(i + 1L);
        }
      }
    }
  }
}
