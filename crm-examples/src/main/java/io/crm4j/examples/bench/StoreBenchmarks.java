package io.crm4j.examples.bench;

import io.crm4j.core.activity.ActivityId;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.Customer;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import io.crm4j.core.service.CustomerStorage;
import io.crm4j.core.spi.Repository;
import io.crm4j.core.spi.Store;
import io.crm4j.core.store.jdbc.JdbcStore;
import io.crm4j.core.store.memory.InMemoryStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
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
 * Storage throughput: customer upserts in memory, and batched purchase appends (with their
 * outbox events) on H2 and PostgreSQL. The PostgreSQL case reads its JDBC URL from
 * {@code CRM4J_PG_URL} and fails without it.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StoreBenchmarks {

  static final int BATCH = 1_000;
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  static final Currency USD = Currency.getInstance("USD");

  /** An in-memory store holding 10,000 customers. */
  @State(Scope.Thread)
  public static class Memory {
    static final int CUSTOMERS = 10_000;
    Repository<CustomerId, Customer> repo;
    Customer[] latest = new Customer[CUSTOMERS];
    int next;

    @Setup(Level.Trial)
    public void setUp() {
      repo = InMemoryStore.create().repository(CustomerStorage.CUSTOMERS);
      for (int i = 0; i < CUSTOMERS; i++) {
        latest[i] = repo.insert(Customer.individual(CustomerId.of("C-" + i), "Given", "Family", T0));
      }
    }
  }

  /** Saves a known customer again: an optimistic-versioned update of the stored record. */
  @Benchmark
  public Customer memoryCustomerUpsert(Memory s) {
    int i = s.next;
    s.next = i + 1 == Memory.CUSTOMERS ? 0 : i + 1;
    Customer saved = s.repo.save(s.latest[i]);
    s.latest[i] = saved;
    return saved;
  }

  /**
   * A JDBC store shared by the benchmark threads. By default each measurement iteration starts on
   * an empty store ({@code lifetime=iteration}), so every iteration appends into a log of the same
   * size and growth over the run does not drift the score; {@code -p lifetime=trial} keeps one store
   * for the whole run instead (the log then grows by every batch of the warm-up and measurement).
   */
  @State(Scope.Benchmark)
  public static class Jdbc {
    @Param({"h2-file", "h2-memory", "postgresql"})
    String database;

    @Param({"iteration"})
    String lifetime;

    Store store;
    Path dir;

    @Setup(Level.Trial)
    public void openForTrial() throws IOException {
      if (lifetime.equals("trial")) {
        open();
      } else if (!lifetime.equals("iteration")) {
        throw new IllegalArgumentException("lifetime must be iteration or trial, but was " + lifetime);
      }
    }

    @Setup(Level.Iteration)
    public void openForIteration() throws IOException {
      if (lifetime.equals("iteration")) {
        open();
      }
    }

    @TearDown(Level.Iteration)
    public void closeAfterIteration() throws IOException {
      if (lifetime.equals("iteration")) {
        close();
      }
    }

    @TearDown(Level.Trial)
    public void closeAfterTrial() throws IOException {
      if (lifetime.equals("trial")) {
        close();
      }
    }

    private void open() throws IOException {
      switch (database) {
        case "h2-file" -> {
          dir = Files.createTempDirectory("crm4j-bench");
          store = JdbcStore.h2File(dir.resolve("bench"));
        }
        case "h2-memory" -> {
          store = JdbcStore.h2Memory("bench" + java.util.UUID.randomUUID().toString().substring(0, 8));
        }
        default -> {
          String url = BenchDatabases.postgresUrl();
          store = JdbcStore.open(url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true", 4);
          // the server keeps its tables between runs: start every store empty, as on H2
          execute(url, "TRUNCATE crm4j_activity, crm4j_outbox");
        }
      }
    }

    private void close() throws IOException {
      store.close(); // an in-memory H2 database is dropped with its store
      if (dir != null) {
        try (var files = Files.walk(dir)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        dir = null;
      }
    }

    private static void execute(String url, String sql) {
      try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
        st.execute(sql);
      } catch (SQLException e) {
        throw new IllegalStateException("'" + sql + "' failed: " + e.getMessage(), e);
      }
    }
  }

  /**
   * Fresh purchases for one benchmark thread; ids unique across threads and runs. By default the
   * n-th purchase is customer {@code n % 50,000}'s, so a batch's customers follow one another and
   * their index entries land side by side; {@code -p customers=random} spreads a batch over all
   * 50,000 customers, as real traffic does, which costs the index more.
   */
  @State(Scope.Thread)
  public static class Purchases {
    static final int CUSTOMERS = 50_000;

    @Param({"sequential"})
    String customers = "sequential";

    /**
     * The purchases' ids: {@code sequential} ({@code bench-<uuid>-<n>}, the default), {@code generated}
     * (what {@code Purchase.of} gives: {@link ActivityId#generate(Instant)}) or {@code random} (random
     * UUIDs, {@link ActivityId#generate()}).
     */
    @Param({"sequential"})
    String ids = "sequential";

    final String prefix = "bench-" + java.util.UUID.randomUUID() + "-";
    long counter;

    List<Purchase> nextBatch() {
      boolean random = switch (customers) {
        case "sequential" -> false;
        case "random" -> true;
        default -> throw new IllegalArgumentException("customers must be sequential or random, but was " + customers);
      };
      LongFunction<ActivityId> id = switch (ids) {
        case "sequential" -> n -> ActivityId.of(prefix + n);
        case "generated" -> n -> ActivityId.generate(T0.plusSeconds(n));
        case "random" -> n -> ActivityId.generate();
        default -> throw new IllegalArgumentException("ids must be sequential, generated or random, but was " + ids);
      };
      List<Purchase> batch = new ArrayList<>(BATCH);
      for (int i = 0; i < BATCH; i++) {
        long n = counter++;
        long customer = random ? Math.floorMod(mix(n), CUSTOMERS) : n % CUSTOMERS;
        batch.add(new Purchase(id.apply(n), CustomerId.of("C-" + customer),
            T0.plusSeconds(n), Money.ofMinor(1999 + n % 5000, USD), null));
      }
      return batch;
    }

    /** A fixed scramble of n (SplitMix64's finaliser), so runs are repeatable. */
    private static long mix(long n) {
      long z = n * 0x9E3779B97F4A7C15L;
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      return z ^ (z >>> 31);
    }
  }

  /** Appends 1,000 purchases in one unit of work; the score is purchases per second. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void purchaseAppendBatched(Jdbc s, Purchases p) {
    s.store.activities().appendAll(p.nextBatch());
  }

  /** The same with two threads appending at once, one per core. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  @org.openjdk.jmh.annotations.Threads(2)
  public void purchaseAppendBatchedTwoThreads(Jdbc s, Purchases p) {
    s.store.activities().appendAll(p.nextBatch());
  }
}
