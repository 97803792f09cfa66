package io.crm4j.examples.bench;

import io.crm4j.core.activity.ActivityId;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import io.crm4j.core.spi.ImportOptions;
import io.crm4j.core.spi.ImportSummary;
import io.crm4j.core.store.jdbc.JdbcStore;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Bulk import ({@code ActivityLog.importAll}) of a 1,000,000-purchase history into an empty log,
 * in purchases per second: PostgreSQL through {@code COPY} (from {@code CRM4J_PG_URL}, failing
 * without it) and H2 in batches, with the schema's three indexes. Each invocation imports the whole
 * history into a freshly emptied log; {@code -p events=true} also writes an outbox event per purchase.
 *
 * <p>{@link #main} writes the same rows as a tab-separated file for psql's {@code \copy}, the limit
 * the PostgreSQL figure is compared with (docs/performance.md).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ImportBenchmark {

  static final int ROWS = 1_000_000;
  static final int CUSTOMERS = 50_000;
  static final Instant T0 = Instant.parse("2020-01-01T00:00:00Z");
  static final Currency USD = Currency.getInstance("USD");

  /** The store, emptied before every invocation. */
  @State(Scope.Benchmark)
  public static class Target {
    @Param({"postgresql", "h2-file"})
    String database;

    @Param({"false"})
    boolean events;

    JdbcStore store;
    String url;
    Path dir;

    @Setup(Level.Trial)
    public void open() throws IOException {
      if (database.equals("postgresql")) {
        url = BenchDatabases.postgresUrl();
      } else if (database.equals("h2-file")) {
        dir = Files.createTempDirectory("crm4j-import");
        url = "jdbc:h2:file:" + dir.resolve("bench").toAbsolutePath() + ";DB_CLOSE_DELAY=0";
      } else {
        throw new IllegalArgumentException("database must be postgresql or h2-file, but was " + database);
      }
      store = JdbcStore.open(url, 2);
    }

    @Setup(Level.Invocation)
    public void empty() {
      try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
        s.execute(database.equals("postgresql") ? "TRUNCATE crm4j_activity, crm4j_outbox"
            : "DELETE FROM crm4j_activity");
        if (!database.equals("postgresql")) {
          s.execute("DELETE FROM crm4j_outbox");
        }
      } catch (SQLException e) {
        throw new IllegalStateException("emptying the store failed: " + e.getMessage(), e);
      }
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
      store.close();
      if (dir != null) {
        try (var files = Files.walk(dir)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }

  /**
   * The history: purchase n is customer {@code n % 50,000}'s, {@code n} seconds after 2020-01-01,
   * of {@code (n % 9,973) / 100 + 1} USD, id {@code H<n, 9 digits>} (ids grow with time).
   */
  static Stream<Purchase> history(int rows) {
    return IntStream.range(0, rows).mapToObj(n -> new Purchase(ActivityId.of(id(n)), CustomerId.of(customer(n)),
        T0.plusSeconds(n), Money.of(amount(n), USD), null));
  }

  static String id(int n) {
    return String.format(Locale.ROOT, "H%09d", n);
  }

  static String customer(int n) {
    return "C-" + (n % CUSTOMERS);
  }

  static BigDecimal amount(int n) {
    return BigDecimal.valueOf(n % 9_973 + 100, 2);
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public ImportSummary importHistory(Target t) {
    ImportSummary s = t.store.activities().importAll(history(ROWS), ImportOptions.ofDefaults().withEvents(t.events));
    if (s.inserted() != ROWS) {
      throw new IllegalStateException("inserted must be " + ROWS + ", but was " + s.inserted());
    }
    return s;
  }

  /**
   * Writes the history as {@code crm4j_activity} rows in COPY's text format to the file named by
   * {@code args[0]}, for {@code \copy crm4j_activity_copy FROM 'file'} in psql.
   */
  public static void main(String[] args) throws IOException {
    try (Writer w = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
      for (int n = 0; n < ROWS; n++) {
        long micros = (T0.getEpochSecond() + n) * 1_000_000L;
        w.write(id(n) + "\t" + customer(n) + "\tPurchase\t" + micros + "\t" + amount(n).toPlainString()
            + "\tUSD\t\\N\t\\N\n");
      }
    }
  }
}
