package io.crm4j.core.store;

import static io.crm4j.core.testing.Fixtures.T0;
import static io.crm4j.core.testing.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.crm4j.core.activity.ActivityEvent;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.spi.OutboxEntry;
import io.crm4j.core.spi.OutboxRelay;
import io.crm4j.core.spi.StorageException;
import io.crm4j.core.store.jdbc.JdbcStore;
import io.crm4j.core.testing.FaultInjectingDataSource;
import io.crm4j.core.testing.UrlDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link OutboxRelay}: at-least-once, in commit order (so in order per aggregate), each event
 * marked after the callback; a crash at any statement repeats at most the event it interrupted.
 * Runs on H2; {@link PostgresOutboxRelayTest} runs the same on PostgreSQL.
 */
class OutboxRelayTest {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  /** A data source on an empty crm4j database (or none yet). */
  UrlDataSource emptyDatabase() {
    return new UrlDataSource("jdbc:h2:mem:relay" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
  }

  /** Five events in three units of work (three, one, one), customers C-1 and C-2 interleaved. */
  private static final List<Purchase> PURCHASES = List.of(
      purchase("A-1", "C-1", T0, "1.00"),
      purchase("A-2", "C-2", T0.plusSeconds(1), "2.00"),
      purchase("A-3", "C-1", T0.plusSeconds(2), "3.00"),
      purchase("A-4", "C-2", T0.plusSeconds(3), "4.00"),
      purchase("A-5", "C-1", T0.plusSeconds(4), "5.00"));

  private static final List<DomainEvent> EVENTS = PURCHASES.stream().<DomainEvent>map(ActivityEvent.Recorded::of).toList();

  private static void appendAll(JdbcStore store) {
    store.activities().appendAll(PURCHASES.subList(0, 3));
    store.activities().append(PURCHASES.get(3));
    store.activities().append(PURCHASES.get(4));
  }

  @Test
  void pollOnce_pendingEvents_handsThemOverInCommitOrderAndMarksThem() {
    try (JdbcStore store = JdbcStore.open(emptyDatabase())) {
      appendAll(store);
      List<OutboxEntry> seen = new ArrayList<>();
      OutboxRelay relay = OutboxRelay.of(store.outbox(), seen::add).withBatchSize(2);

      assertThat(relay.pollOnce()).isEqualTo(2);
      assertThat(store.outbox().pending(10)).hasSize(3);
      assertThat(relay.drain()).isEqualTo(3);
      assertThat(relay.pollOnce()).isZero();

      assertThat(seen).extracting(OutboxEntry::event).containsExactlyElementsOf(EVENTS);
      assertThat(seen).extracting(OutboxEntry::seq).isSorted().doesNotHaveDuplicates();
      assertThat(store.outbox().pending(10)).isEmpty();
    }
  }

  @Test
  void pollOnce_callbackThrows_earlierStayMarkedAndTheFailedOneComesAgain() {
    try (JdbcStore store = JdbcStore.open(emptyDatabase())) {
      appendAll(store);
      List<DomainEvent> attempts = new ArrayList<>();
      RuntimeException brokerDown = new IllegalStateException("broker down");
      AtomicInteger calls = new AtomicInteger();
      OutboxRelay relay = OutboxRelay.of(store.outbox(), e -> {
        attempts.add(e.event());
        if (calls.incrementAndGet() == 3) {
          throw brokerDown;
        }
      });

      assertThatThrownBy(relay::pollOnce).isSameAs(brokerDown);
      assertThat(store.outbox().pending(10)).extracting(OutboxEntry::event).containsExactlyElementsOf(EVENTS.subList(2, 5));
      assertThat(relay.drain()).isEqualTo(3);

      assertThat(attempts).containsExactly(EVENTS.get(0), EVENTS.get(1), EVENTS.get(2), EVENTS.get(2), EVENTS.get(3),
          EVENTS.get(4));
    }
  }

  @Test
  void drain_databaseFailsAtAnyStatement_aRestartedRelayDeliversTheRestInOrder() {
    for (int n = 1; n < 100; n++) {
      UrlDataSource raw = emptyDatabase();
      FaultInjectingDataSource faulty = new FaultInjectingDataSource(raw);
      List<DomainEvent> attempts = new ArrayList<>();
      boolean failed;
      try (JdbcStore store = JdbcStore.open(faulty)) {
        appendAll(store);
        faulty.failAt(n);
        try {
          OutboxRelay.of(store.outbox(), e -> attempts.add(e.event())).withBatchSize(2).drain();
          failed = false;
        } catch (StorageException e) {
          assertThat(e).hasStackTraceContaining("injected failure at statement " + n);
          failed = true;
        }
      }
      int firstRun = attempts.size();
      try (JdbcStore restarted = JdbcStore.open(raw)) {
        OutboxRelay.of(restarted.outbox(), e -> attempts.add(e.event())).drain();
        assertThat(restarted.outbox().pending(10)).isEmpty();
      }
      List<DomainEvent> distinct = new ArrayList<>();
      int repeats = 0;
      for (DomainEvent e : attempts) {
        if (!distinct.isEmpty() && distinct.get(distinct.size() - 1).equals(e)) {
          repeats++;
        } else {
          distinct.add(e);
        }
      }
      assertThat(distinct).as("events after a failure at statement %d", n).containsExactlyElementsOf(EVENTS);
      assertThat(repeats).as("repeats after a failure at statement %d", n).isLessThanOrEqualTo(1);
      if (repeats == 1) {
        assertThat(attempts.get(firstRun)).as("only the interrupted event comes again").isEqualTo(attempts.get(firstRun - 1));
      }
      if (!failed) {
        assertThat(n).as("the relay reads and marks in several statements").isGreaterThan(5);
        return;
      }
    }
    fail("the relay never finished without a failure");
  }

  @Test
  void withBatchSize_outOfRange_isRefused() {
    try (JdbcStore store = JdbcStore.open(emptyDatabase())) {
      OutboxRelay relay = OutboxRelay.of(store.outbox(), e -> { });
      assertThat(relay.batchSize()).isEqualTo(100);
      assertThat(relay.withBatchSize(10_000).batchSize()).isEqualTo(10_000);
      assertThatThrownBy(() -> relay.withBatchSize(0)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("batchSize must be in [1, 10000], but was 0");
      assertThatThrownBy(() -> relay.withBatchSize(10_001)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("batchSize must be in [1, 10000], but was 10001");
      assertThatThrownBy(() -> OutboxRelay.of(null, e -> { })).isInstanceOf(NullPointerException.class)
          .hasMessage("outbox");
      assertThatThrownBy(() -> OutboxRelay.of(store.outbox(), null)).isInstanceOf(NullPointerException.class)
          .hasMessage("callback");
    }
  }
}
