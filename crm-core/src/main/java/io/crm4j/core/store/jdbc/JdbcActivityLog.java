package io.crm4j.core.store.jdbc;

import io.crm4j.core.activity.Activity;
import io.crm4j.core.activity.ActivityEvent;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.internal.Checks;
import io.crm4j.core.spi.ActivityLog;
import io.crm4j.core.spi.DuplicateIdException;
import io.crm4j.core.spi.ChunkedImport;
import io.crm4j.core.spi.ImportOptions;
import io.crm4j.core.spi.ImportSummary;
import io.crm4j.core.spi.StorageException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** The activity log in {@code crm4j_activity}, inside a unit of work. */
final class JdbcActivityLog implements ActivityLog {

  private static final int FETCH = 1_000;

  /** Customers per query of {@link #byCustomers}: well inside every driver's parameter limit. */
  private static final int IDS_PER_QUERY = 500;
  private static final int ROWS = 100;
  private static final int UNNEST_ROWS = 10_000;
  private static final String INSERT_ROWS = ActivityRows.insert(ROWS);
  private static final String INSERT_ONE = ActivityRows.insert(1);

  private final JdbcTransaction tx;

  JdbcActivityLog(JdbcTransaction tx) {
    this.tx = tx;
  }

  @Override
  public void append(Activity activity) {
    appendAll(List.of(Objects.requireNonNull(activity, "activity")));
  }

  @Override
  public void appendAll(List<? extends Activity> activities) {
    Objects.requireNonNull(activities, "activities");
    if (activities.isEmpty()) {
      return;
    }
    Set<String> ids = new HashSet<>();
    for (Activity a : activities) {
      Objects.requireNonNull(a, "activity");
      if (!ids.add(a.id().value())) {
        throw new DuplicateIdException("activity", a.id().value());
      }
    }
    try {
      tx.guarded(() -> insert(tx, activities));
    } catch (SQLException e) {
      if (Dialect.isUniqueViolation(e)) {
        throw new DuplicateIdException("activity", firstStored(activities));
      }
      throw failed("append", e);
    }
    for (Activity a : activities) {
      tx.publish(ActivityEvent.Recorded.of(a));
    }
  }

  /**
   * Inserts the rows: on PostgreSQL as column arrays, {@link #UNNEST_ROWS} rows per statement; on H2
   * {@link #ROWS} rows per statement and the rest one per statement (H2 gains nothing from arrays).
   * All in JDBC batches; returns how many rows it inserted.
   */
  static int insert(JdbcTransaction tx, List<? extends Activity> activities) throws SQLException {
    if (tx.dialect() == Dialect.POSTGRESQL) {
      try (PreparedStatement ps = tx.connection().prepareStatement(ActivityRows.INSERT_UNNEST)) {
        for (int from = 0; from < activities.size(); from += UNNEST_ROWS) {
          ActivityRows.bindColumns(ps, activities.subList(from, Math.min(activities.size(), from + UNNEST_ROWS)));
          ps.addBatch();
        }
        ps.executeBatch();
      }
      return activities.size();
    }
    int full = activities.size() / ROWS * ROWS;
    if (full > 0) {
      try (PreparedStatement ps = tx.connection().prepareStatement(INSERT_ROWS)) {
        for (int from = 0; from < full; from += ROWS) {
          for (int r = 0; r < ROWS; r++) {
            ActivityRows.bind(ps, r, activities.get(from + r));
          }
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
    if (full < activities.size()) {
      try (PreparedStatement ps = tx.connection().prepareStatement(INSERT_ONE)) {
        for (Activity a : activities.subList(full, activities.size())) {
          ActivityRows.bind(ps, 0, a);
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
    return activities.size();
  }

  /** Every chunk joins this unit of work (see {@link JdbcActivityImport}). */
  @Override
  public ImportSummary importAll(Stream<? extends Activity> activities, ImportOptions options) {
    JdbcActivityImport chunks = new JdbcActivityImport(tx, options.events());
    return ChunkedImport.run(activities, options, chunks::insertAbsent);
  }

  private String firstStored(List<? extends Activity> activities) {
    return activities.get(0).id().value() + (activities.size() > 1 ? " (or a later entry of the batch)" : "");
  }

  @Override
  public List<Activity> byCustomer(CustomerId customerId, Instant from, Instant to) {
    Objects.requireNonNull(customerId, "customerId");
    Checks.timeRange(from, to);
    List<Activity> out = new ArrayList<>();
    try (PreparedStatement ps = tx.connection().prepareStatement("SELECT " + ActivityRows.COLUMNS
        + " FROM crm4j_activity WHERE customer_id = ? AND occurred_at >= ? AND occurred_at <= ? ORDER BY occurred_at, id")) {
      ps.setString(1, customerId.value());
      ps.setLong(2, Micros.floor(from));
      ps.setLong(3, Micros.floor(to));
      readInRange(ps, from, to, out::add);
    } catch (SQLException e) {
      throw failed("read", e);
    }
    out.sort(TIME_THEN_ID);
    return out;
  }

  /**
   * In queries of up to {@value #IDS_PER_QUERY} customers each, instead of one per customer. On H2
   * the query names only the customers and the time range is applied to the rows read: H2 2.3 walks
   * an {@code IN} list combined with a range on {@code occurred_at} (the second column of
   * {@code crm4j_activity_by_customer}) so slowly that 500 customers of 200,000 took 2 s a query,
   * against 13 ms for the list alone.
   */
  @Override
  public Map<CustomerId, List<Activity>> byCustomers(Collection<CustomerId> customerIds, Instant from, Instant to) {
    Objects.requireNonNull(customerIds, "customerIds");
    Checks.timeRange(from, to);
    boolean rangeInQuery = tx.dialect() == Dialect.POSTGRESQL;
    Map<CustomerId, List<Activity>> out = new LinkedHashMap<>();
    List<CustomerId> ids = new ArrayList<>();
    for (CustomerId id : customerIds) {
      if (out.putIfAbsent(Objects.requireNonNull(id, "customerIds element"), new ArrayList<>()) == null) {
        ids.add(id);
      }
    }
    for (int start = 0; start < ids.size(); start += IDS_PER_QUERY) {
      List<CustomerId> chunk = ids.subList(start, Math.min(ids.size(), start + IDS_PER_QUERY));
      String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
      try (PreparedStatement ps = tx.connection().prepareStatement("SELECT " + ActivityRows.COLUMNS
          + " FROM crm4j_activity WHERE customer_id IN (" + marks + ")"
          + (rangeInQuery ? " AND occurred_at >= ? AND occurred_at <= ?" : ""))) {
        int i = 1;
        for (CustomerId id : chunk) {
          ps.setString(i++, id.value());
        }
        if (rangeInQuery) {
          ps.setLong(i++, Micros.floor(from));
          ps.setLong(i, Micros.floor(to));
        }
        readInRange(ps, from, to, a -> out.get(a.customerId()).add(a));
      } catch (SQLException e) {
        throw failed("read", e);
      }
    }
    for (List<Activity> list : out.values()) {
      list.sort(TIME_THEN_ID);
    }
    return out;
  }

  /**
   * Runs {@code ps} and hands each row in {@code [from, to)} to {@code sink}; the query's bounds are
   * whole microseconds, so rows at its edges are checked again here.
   */
  private static void readInRange(PreparedStatement ps, Instant from, Instant to, Consumer<Activity> sink)
      throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Activity a = ActivityRows.read(rs);
        if (!a.at().isBefore(from) && a.at().isBefore(to)) {
          sink.accept(a);
        }
      }
    }
  }

  @Override
  public void scan(Instant from, Instant to, Consumer<? super Activity> sink) {
    Checks.timeRange(from, to);
    Objects.requireNonNull(sink, "sink");
    try (PreparedStatement ps = tx.connection().prepareStatement("SELECT " + ActivityRows.COLUMNS
        + " FROM crm4j_activity WHERE occurred_at >= ? AND occurred_at <= ? ORDER BY occurred_at, id")) {
      ps.setFetchSize(FETCH);
      ps.setLong(1, Micros.floor(from));
      ps.setLong(2, Micros.floor(to));
      List<Activity> sameMicro = new ArrayList<>();
      long micro = Long.MIN_VALUE;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Activity a = ActivityRows.read(rs);
          long m = Micros.floor(a.at());
          if (m != micro) {
            flush(sameMicro, sink);
            micro = m;
          }
          if (!a.at().isBefore(from) && a.at().isBefore(to)) {
            sameMicro.add(a);
          }
        }
      }
      flush(sameMicro, sink);
    } catch (SQLException e) {
      throw failed("scan", e);
    }
  }

  /** Entries within one microsecond come back by id text; restore exact (time, id) order. */
  private static void flush(List<Activity> group, Consumer<? super Activity> sink) {
    group.sort(TIME_THEN_ID);
    group.forEach(sink);
    group.clear();
  }

  @Override
  public int reassign(CustomerId from, CustomerId to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.equals(to)) {
      return 0;
    }
    List<Activity> moved = byCustomer(from, Instant.MIN, Instant.MAX);
    try (PreparedStatement ps = tx.connection().prepareStatement(
        "UPDATE crm4j_activity SET customer_id = ?, body = ? WHERE id = ?")) {
      for (Activity a : moved) {
        ps.setString(1, to.value());
        ActivityRows.setText(ps, 2, ActivityRows.bodyOf(a.withCustomerId(to)));
        ps.setString(3, a.id().value());
        ps.addBatch();
      }
      if (!moved.isEmpty()) {
        ps.executeBatch();
      }
    } catch (SQLException e) {
      throw failed("reassign", e);
    }
    return moved.size();
  }

  @Override
  public long count() {
    try (PreparedStatement ps = tx.connection().prepareStatement("SELECT COUNT(*) FROM crm4j_activity");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw failed("count", e);
    }
  }

  private static StorageException failed(String what, SQLException e) {
    return new StorageException("activity " + what + " failed: " + e.getMessage(), e);
  }
}
