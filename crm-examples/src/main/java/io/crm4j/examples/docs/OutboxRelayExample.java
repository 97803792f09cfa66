package io.crm4j.examples.docs;

import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import io.crm4j.core.spi.OutboxRelay;
import io.crm4j.core.spi.Store;
import io.crm4j.core.store.jdbc.JdbcStore;
import io.crm4j.core.store.memory.InMemoryStore;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** docs/storage.md: relaying the outbox to another system on a schedule. */
public final class OutboxRelayExample {

  private OutboxRelayExample() {}

  /** Stands for a message broker's client: keeps what it was sent. */
  public static final class Broker {
    private final List<String> sent = new CopyOnWriteArrayList<>();

    public void send(String topic, String json) {
      sent.add(topic + " " + json);
    }

    public List<String> sent() {
      return List.copyOf(sent);
    }
  }

  /** Appends {@code purchases} purchases to an H2 store, relays them every 50 ms, and returns what the broker got. */
  public static List<String> run(Instant at, int purchases) throws InterruptedException {
    return run(JdbcStore.h2Memory("relay-example"), at, purchases);
  }

  /** The same on an in-memory store made with an outbox. */
  public static List<String> runInMemory(Instant at, int purchases) throws InterruptedException {
    return run(InMemoryStore.createWithOutbox(), at, purchases);
  }

  private static List<String> run(Store opened, Instant at, int purchases) throws InterruptedException {
    Broker broker = new Broker();
    try (Store store = opened) {
      for (int i = 0; i < purchases; i++) {
        store.activities().append(Purchase.of(CustomerId.of("C-" + i % 2), at.plusSeconds(i), Money.of("9.90", "EUR")));
      }
      // snippet-start
      OutboxRelay relay = OutboxRelay.of(store.outbox(),
          entry -> broker.send("crm4j." + entry.event().getClass().getSimpleName(), entry.json()));
      ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
      scheduler.scheduleWithFixedDelay(() -> {
        try {
          relay.drain(); // oldest first; each event marked once send returned
        } catch (RuntimeException e) {
          // broker or database down: log it; the next run sends the interrupted event again
        }
      }, 0, 50, TimeUnit.MILLISECONDS);
      // snippet-end
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (broker.sent().size() < purchases && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      scheduler.shutdown();
      scheduler.awaitTermination(30, TimeUnit.SECONDS);
    }
    return broker.sent();
  }
}
