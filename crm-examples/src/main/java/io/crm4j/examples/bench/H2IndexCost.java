package io.crm4j.examples.bench;

import io.crm4j.core.activity.ActivityId;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.LongFunction;

/**
 * What each index of the activity table costs an append on H2, measured outside crm4j: plain JDBC
 * inserts of the same rows that {@link StoreBenchmarks#purchaseAppendBatched} appends (1,000 per
 * transaction, 100 per statement, plus one 170 kB outbox row), into tables that differ only in
 * their indexes. Variants alternate within one JVM, each round on a fresh database, and the median
 * CPU time of the inserting thread per 1,000 rows is printed per variant after the first round.
 * Not a JMH benchmark, and not crm4j's code path: it prices schema choices.
 *
 * <p>A variant is a {@code +}-joined list of: {@code pk} (the id as primary key), {@code cust}
 * ({@code (customer_id, occurred_at)}, crm4j's customer index), {@code time} ({@code (occurred_at)}),
 * {@code key} ({@code (customer_key, occurred_at)} with a BIGINT customer key numbered in the order
 * customers appear), {@code hash} (the same with a 64-bit hash of the customer id as its key),
 * {@code tkey} (a BIGINT primary key in time order, so that the rows themselves are kept by time) or
 * {@code uid} (the id as a unique column rather than the primary key); {@code none} has no index at
 * all. The ids are {@code bench-<uuid>-<n>} as in the benchmark, unless the variant names
 * {@code shortid} ({@code P<n>}), {@code uuid} (random UUIDs, as {@code ActivityId.generate()}
 * makes) or {@code v7} (time-ordered UUIDs, as {@code ActivityId.generate(Instant)} makes).
 *
 * <p>{@code java -cp crm-examples/target/benchmarks.jar io.crm4j.examples.bench.H2IndexCost
 * pk+cust+time,pk+key+time,pk+hash+time,pk+cust,pk+time,cust+time,none [rounds] [mem|file] [;H2 settings]}
 */
public final class H2IndexCost {

  private static final Set<String> FLAGS = Set.of("pk", "cust", "time", "key", "hash", "tkey", "uid", "shortid", "uuid", "v7", "none");
  private static final int ROWS = 1_000;
  private static final int PER_STATEMENT = 100;
  private static final int BATCHES = 100;
  private static final int CUSTOMERS = 50_000;
  private static final long T0_MICROS = 1_767_225_600_000_000L;

  private H2IndexCost() {}

  public static void main(String[] args) throws SQLException, java.io.IOException {
    List<String> variants = List.of((args.length > 0 ? args[0] : "pk+cust+time,none").split(","));
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
    boolean file = args.length > 2 && args[2].equals("file");
    String settings = args.length > 3 ? args[3] : "";
    for (String v : variants) {
      if (!FLAGS.containsAll(Arrays.asList(v.split("\\+")))) {
        throw new IllegalArgumentException("variant must join " + new TreeSet<>(FLAGS) + " with '+', but was " + v);
      }
    }
    if (rounds < 2) {
      throw new IllegalArgumentException("rounds must be >= 2, but was " + rounds);
    }
    java.nio.file.Path dir = file ? java.nio.file.Files.createTempDirectory("crm4j-h2-index-cost") : null;
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Map<String, List<Long>> cpu = new LinkedHashMap<>();
    String prefix = "bench-" + UUID.randomUUID() + "-";
    long next = 0;
    for (int round = 0; round < rounds; round++) {
      for (int v = 0; v < variants.size(); v++) {
        String variant = variants.get(v);
        String name = "cost" + round + "_" + v;
        String url = (file ? "jdbc:h2:file:" + dir.resolve(name) : "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1") + settings;
        Set<String> flags = Set.copyOf(Arrays.asList(variant.split("\\+")));
        LongFunction<String> ids = ids(flags, prefix);
        try (Connection c = DriverManager.getConnection(url)) {
          create(c, flags);
          c.setAutoCommit(false);
          String outbox = "x".repeat(170_000);
          for (int b = 0; b < BATCHES; b++) {
            long cpu0 = mx.getCurrentThreadCpuTime();
            next = insertBatch(c, ids, next, flags.contains("hash"), flags.contains("tkey"));
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox (event_count, body) VALUES (?, ?)")) {
              ps.setInt(1, ROWS);
              ps.setString(2, outbox);
              ps.executeUpdate();
            }
            c.commit();
            if (round > 0) { // the first round warms up the JIT
              cpu.computeIfAbsent(variant, k -> new ArrayList<>()).add(mx.getCurrentThreadCpuTime() - cpu0);
            }
          }
          try (Statement s = c.createStatement()) {
            s.execute(file ? "DROP ALL OBJECTS DELETE FILES" : "SHUTDOWN");
          }
        }
      }
    }
    if (dir != null) {
      java.nio.file.Files.delete(dir); // DROP ALL OBJECTS DELETE FILES emptied it
    }
    for (Map.Entry<String, List<Long>> e : cpu.entrySet()) {
      long[] sorted = e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
      long median = sorted[sorted.length / 2];
      System.out.printf("%-16s median %6.2f ms CPU per %d rows (%,9.0f rows/s), quartiles %.2f-%.2f%n", e.getKey(),
          median / 1e6, ROWS, ROWS * 1e9 / median, sorted[sorted.length / 4] / 1e6, sorted[3 * sorted.length / 4] / 1e6);
    }
  }

  private static void create(Connection c, Set<String> flags) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE activity (" + (flags.contains("tkey") ? "seq BIGINT NOT NULL PRIMARY KEY, " : "")
          + "id VARCHAR(128) NOT NULL" + (flags.contains("pk") ? " PRIMARY KEY" : flags.contains("uid") ? " UNIQUE" : "")
          + ", customer_key BIGINT NOT NULL, customer_id VARCHAR(128) NOT NULL, kind VARCHAR(20) NOT NULL,"
          + " occurred_at BIGINT NOT NULL, amount DECIMAL(19, 4), currency CHAR(3), order_reference CHARACTER VARYING,"
          + " body CHARACTER VARYING)");
      if (flags.contains("cust")) {
        s.execute("CREATE INDEX activity_by_customer ON activity (customer_id, occurred_at)");
      }
      if (flags.contains("key") || flags.contains("hash")) {
        s.execute("CREATE INDEX activity_by_customer_key ON activity (customer_key, occurred_at)");
      }
      if (flags.contains("time")) {
        s.execute("CREATE INDEX activity_by_time ON activity (occurred_at)");
      }
      s.execute("CREATE TABLE outbox (seq BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, event_count INT NOT NULL,"
          + " published_count INT DEFAULT 0 NOT NULL, body CHARACTER VARYING NOT NULL)");
    }
  }

  /** The n-th row's id in the variant's style. */
  private static LongFunction<String> ids(Set<String> flags, String prefix) {
    if (flags.contains("shortid")) {
      return n -> "P" + n;
    }
    if (flags.contains("uuid")) {
      return n -> ActivityId.generate().value();
    }
    if (flags.contains("v7")) {
      return n -> ActivityId.generate(Instant.ofEpochMilli(T0_MICROS / 1_000 + n * 1_000)).value();
    }
    return n -> prefix + n;
  }

  /** Inserts rows {@code first} to {@code first + ROWS - 1}; returns the next row number. */
  private static long insertBatch(Connection c, LongFunction<String> ids, long first, boolean hashKey, boolean timeKey) throws SQLException {
    StringBuilder sql = new StringBuilder("INSERT INTO activity (" + (timeKey ? "seq, " : "") + "id, customer_key, customer_id, kind, occurred_at,"
        + " amount, currency, order_reference, body) VALUES ");
    for (int r = 0; r < PER_STATEMENT; r++) {
      sql.append(r == 0 ? "" : ", ").append(timeKey ? "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" : "(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }
    long n = first;
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      for (int statement = 0; statement < ROWS / PER_STATEMENT; statement++) {
        for (int r = 0; r < PER_STATEMENT; r++, n++) {
          int o = r * (timeKey ? 10 : 9);
          if (timeKey) {
            ps.setLong(++o, (T0_MICROS + n * 1_000_000L) << 8 | (n & 0xFF));
          }
          long customer = n % CUSTOMERS;
          String customerId = "C-" + customer;
          ps.setString(o + 1, ids.apply(n));
          ps.setLong(o + 2, hashKey ? customerId.hashCode() * 0x9E3779B97F4A7C15L : customer);
          ps.setString(o + 3, customerId);
          ps.setString(o + 4, "Purchase");
          ps.setLong(o + 5, T0_MICROS + n * 1_000_000L);
          ps.setBigDecimal(o + 6, BigDecimal.valueOf(1_999 + n % 5_000, 2));
          ps.setString(o + 7, "USD");
          ps.setNull(o + 8, Types.VARCHAR);
          ps.setNull(o + 9, Types.VARCHAR);
        }
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return n;
  }
}
