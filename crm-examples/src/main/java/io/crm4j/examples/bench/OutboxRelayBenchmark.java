package io.crm4j.examples.bench;

import io.crm4j.core.activity.ActivityId;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import io.crm4j.core.spi.OutboxRelay;
import io.crm4j.core.store.jdbc.JdbcStore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The outbox relay behind a long history: {@code -p relayed} outbox rows already relayed and kept in
 * {@code crm4j_outbox} (as they are: the relay marks rows, it does not delete them). Each measured
 * operation appends one purchase (one unit of work, one outbox row) and drains the relay, which
 * hands the event to a callback and marks it. The PostgreSQL case reads its JDBC URL from
 * {@code CRM4J_PG_URL} and empties the outbox first.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Thread)
public class OutboxRelayBenchmark {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Currency EUR = Currency.getInstance("EUR");

  @Param({"h2-memory", "postgresql"})
  String store;

  @Param({"0", "1000000"})
  int relayed;

  private JdbcStore opened;
  private OutboxRelay relay;
  /** Activity ids of this trial: a PostgreSQL database keeps those of earlier runs. */
  private final String prefix = "relay-" + UUID.randomUUID().toString().substring(0, 8) + "-";
  private long delivered;
  private long next;

  @Setup(Level.Trial)
  public void open() throws SQLException {
    String url = switch (store) {
      case "h2-memory" -> "jdbc:h2:mem:" + prefix + ";DB_CLOSE_DELAY=-1";
      case "postgresql" -> BenchDatabases.postgresUrl();
      default -> throw new IllegalArgumentException("store must be h2-memory or postgresql, but was " + store);
    };
    opened = JdbcStore.open(url, 2);
    relay = OutboxRelay.of(opened.outbox(), entry -> delivered++);
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("DELETE FROM crm4j_outbox");
      append();
      relay.drain();
      // copies of that relayed row: the history the relay must not read again
      String range = store.equals("postgresql") ? "generate_series(2, ?)" : "SYSTEM_RANGE(2, ?)";
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO crm4j_outbox (event_count, published_count, body) "
          + "SELECT o.event_count, o.event_count, o.body FROM crm4j_outbox o, " + range + " r")) {
        ps.setLong(1, relayed);
        ps.executeUpdate();
      }
      if (store.equals("postgresql")) {
        s.execute("VACUUM ANALYZE crm4j_outbox");
      }
    }
  }

  private void append() {
    long n = next++;
    opened.activities().append(new Purchase(ActivityId.of(prefix + n), CustomerId.of("C-" + (n % 1000)),
        T0.plusSeconds(n), Money.ofMinor(1_000, EUR), null));
  }

  /** One purchase appended, then the relay drained: its event delivered and marked. */
  @Benchmark
  public long appendAndRelay() {
    append();
    relay.drain();
    return delivered;
  }

  @TearDown(Level.Trial)
  public void close() {
    opened.close();
  }
}
