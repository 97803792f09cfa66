package io.crm4j.examples.bench;

import io.crm4j.core.activity.Activity;
import io.crm4j.core.customer.Customer;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.json.Crm4jJson;
import io.crm4j.core.lifecycle.CustomerSignals;
import io.crm4j.core.lifecycle.EvaluationMark;
import io.crm4j.core.lifecycle.EvaluationReport;
import io.crm4j.core.lifecycle.LifecycleStorage;
import io.crm4j.core.lifecycle.ScheduledEvaluation;
import io.crm4j.core.loyalty.LoyaltyStorage;
import io.crm4j.core.programme.ActivityRecorder;
import io.crm4j.core.programme.Programmes;
import io.crm4j.core.service.CustomerStorage;
import io.crm4j.core.spi.AggregateType;
import io.crm4j.core.spi.ImportOptions;
import io.crm4j.core.spi.Repository;
import io.crm4j.core.store.jdbc.JdbcStore;
import io.crm4j.core.store.memory.InMemoryStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
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
import org.openjdk.jmh.annotations.Timeout;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The nightly job of {@link ProgrammeEvaluationBenchmark} on a database, in 1 GB of heap: the
 * customers of {@link ProgrammeBenchData} (about 2.5 purchases each) with their points accounts,
 * lifecycles, ladder and tier memberships stored in a {@link JdbcStore} on PostgreSQL
 * ({@code CRM4J_PG_URL}, required for that case) or an H2 file, and one single-shot run of the
 * daily evaluation (lifecycle, ladder, tiers; catching up the next day). Beside it, the limit to
 * compare with: a plain JDBC scan of the same rows.
 *
 * <p>Loading a million customers takes minutes, so the data are loaded once and kept: setup loads
 * them only when the database does not hold exactly {@code customers} customers and the job's mark
 * ({@code -p reload=true} forces it). The load walks the customers in chunks of 20,000: each chunk
 * is recorded and evaluated once (the first run, which starts tracking every customer) in an
 * in-memory store, and its aggregates are copied into the database with batched inserts and its
 * activities with {@code ActivityLog.importAll} (COPY on PostgreSQL). Every measured run moves the
 * stored job one day on. The H2 file lives in {@code java.io.tmpdir/crm4j-nightly-<customers>}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Timeout(time = 60, timeUnit = TimeUnit.MINUTES)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class NightlyJobBenchmark {

  private static final int CHUNK = 20_000;
  private static final List<AggregateType<?, ?>> COPIED = List.of(CustomerStorage.CUSTOMERS,
      LoyaltyStorage.POINTS_ACCOUNTS, LifecycleStorage.LIFECYCLES, LoyaltyStorage.LADDER_MEMBERSHIPS,
      LoyaltyStorage.TIER_MEMBERSHIPS);

  @Param({"postgresql", "h2-file"})
  public String database;

  @Param("1000000")
  public int customers;

  @Param("false")
  public boolean reload;

  private String url;
  private JdbcStore store;
  private ScheduledEvaluation evaluation;
  /** The last start of day the stored job evaluated. */
  private Instant lastDay;

  @Setup(Level.Trial)
  public void open() throws SQLException {
    url = switch (database) {
      case "postgresql" -> {
        String pg = BenchDatabases.postgresUrl();
        yield pg + (pg.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
      }
      case "h2-file" -> "jdbc:h2:file:" + Path.of(System.getProperty("java.io.tmpdir"), "crm4j-nightly-" + customers,
          "bench").toAbsolutePath() + ";DB_CLOSE_DELAY=0";
      default -> throw new IllegalArgumentException("database must be postgresql or h2-file, but was " + database);
    };
    store = JdbcStore.open(url, 2);
    Programmes programmes = ProgrammeBenchData.programmes();
    Optional<EvaluationMark> mark = store.repository(LifecycleStorage.EVALUATION_MARKS).find(programmes.name());
    if (reload || mark.isEmpty() || store.repository(CustomerStorage.CUSTOMERS).count() != customers) {
      load(programmes);
      mark = store.repository(LifecycleStorage.EVALUATION_MARKS).find(programmes.name());
    } else {
      System.out.printf("%nreusing the %d customers stored, evaluated up to %s%n", customers,
          mark.get().evaluatedUpTo());
    }
    lastDay = mark.orElseThrow().evaluatedUpTo();
    evaluation = ActivityRecorder.of(store, ProgrammeBenchData.CLOCK, programmes).evaluation(CustomerSignals.none())
        .withPageSize(1000).withListLimit(100)
        .withProgress(p -> {
          if (p.pages() % 200 == 0) {
            System.out.printf("(%d customers, %d changes) ", p.customersDone(), p.changes());
          }
        });
  }

  /** Empties the database, then loads every customer chunk by chunk (see the class comment). */
  private void load(Programmes programmes) throws SQLException {
    long t0 = System.nanoTime();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      for (String table : List.of("crm4j_aggregate", "crm4j_activity", "crm4j_outbox")) {
        s.execute("DELETE FROM " + table);
      }
    }
    SplittableRandom random = new SplittableRandom(ProgrammeBenchData.SEED);
    long activities = 0;
    try (Connection c = DriverManager.getConnection(url)) {
      c.setAutoCommit(false);
      for (int from = 0; from < customers; from += CHUNK) {
        try (InMemoryStore memory = InMemoryStore.create()) {
          ActivityRecorder recorder = ActivityRecorder.of(memory, ProgrammeBenchData.CLOCK, programmes);
          Repository<CustomerId, Customer> repo = memory.repository(CustomerStorage.CUSTOMERS);
          List<Activity> chunk = new ArrayList<>();
          for (int i = from; i < Math.min(customers, from + CHUNK); i++) {
            Customer customer = repo.insert(ProgrammeBenchData.customer(i));
            List<Activity> own = ProgrammeBenchData.activities(customer.id(), random);
            recorder.recordAll(own);
            chunk.addAll(own);
          }
          recorder.evaluation(CustomerSignals.none()).withPageSize(1000).evaluateAll(ProgrammeBenchData.FIRST_RUN);
          for (AggregateType<?, ?> type : COPIED) {
            copy(memory, type, c);
          }
          if (from + CHUNK >= customers) {
            copy(memory, LifecycleStorage.EVALUATION_MARKS, c);
          }
          c.commit();
          store.activities().importAll(chunk.stream(), ImportOptions.ofDefaults().withEvents(false));
          activities += chunk.size();
        }
      }
    }
    System.out.printf("%nloaded %d customers, %d activities and their programmes' state in %d s%n", customers,
        activities, (System.nanoTime() - t0) / 1_000_000_000);
  }

  /** Inserts every {@code type} aggregate of {@code memory} as the JDBC store stores it, in batches. */
  private static <I, A> void copy(InMemoryStore memory, AggregateType<I, A> type, Connection c) throws SQLException {
    Repository<I, A> repo = memory.repository(type);
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO crm4j_aggregate (kind, id, version, body) VALUES (?, ?, ?, ?)")) {
      I after = null;
      List<A> page;
      while (!(page = repo.page(after, 1000)).isEmpty()) {
        for (A a : page) {
          ps.setString(1, type.name());
          ps.setString(2, type.idTextOf(a));
          ps.setLong(3, type.versionOf(a));
          ps.setString(4, Crm4jJson.write(a));
          ps.addBatch();
        }
        ps.executeBatch();
        after = type.idOf(page.get(page.size() - 1));
      }
    }
  }

  /**
   * One nightly run: every customer evaluated at the next start of day (lifecycle, ladder, tiers),
   * reading each one's activities and programme state from the database; prints the changes and the
   * heap limit it ran in (the run holds one page of customers at a time).
   */
  @Benchmark
  public EvaluationReport evaluateAllNextDay() {
    lastDay = lastDay.plus(Duration.ofDays(1));
    EvaluationReport report = evaluation.evaluateAll(lastDay.plus(Duration.ofHours(2))); // the job starts at 02:00
    System.out.printf("%n(%d customers evaluated at %s, %d changes, %d failed; in a heap of at most %d MB) ",
        report.customersEvaluated(), report.asOf(), report.changeCount(), report.customersFailed(),
        Runtime.getRuntime().maxMemory() >> 20);
    return report;
  }

  /**
   * The limit: one plain JDBC pass over the rows the job reads (every aggregate document and every
   * activity), each column fetched as a string and nothing parsed; returns the characters read.
   */
  @Benchmark
  public long scanAllRows() throws SQLException {
    long chars = 0;
    long rows = 0;
    try (Connection c = DriverManager.getConnection(url)) {
      c.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
      try (Statement s = c.createStatement()) {
        s.setFetchSize(10_000);
        for (String sql : List.of("SELECT kind, id, version, body FROM crm4j_aggregate",
            "SELECT id, customer_id, kind, occurred_at, amount, currency, order_reference, body FROM crm4j_activity")) {
          try (ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
              rows++;
              for (int i = 1; i <= columns; i++) {
                String v = rs.getString(i);
                chars += v == null ? 0 : v.length();
              }
            }
          }
        }
      }
      c.commit();
    }
    System.out.printf("%n(%d rows, %d characters) ", rows, chars);
    return chars;
  }

  @TearDown(Level.Trial)
  public void close() {
    store.close();
  }
}
