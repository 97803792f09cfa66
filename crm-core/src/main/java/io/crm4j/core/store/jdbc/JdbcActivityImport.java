package io.crm4j.core.store.jdbc;

import io.crm4j.core.activity.Activity;
import io.crm4j.core.activity.ActivityEvent;
import io.crm4j.core.spi.ChunkedImport;
import io.crm4j.core.spi.StorageException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One chunk of a bulk import inside a unit of work: inserts the entries whose id is not stored and
 * publishes events for those only.
 *
 * <ul>
 *   <li>PostgreSQL: {@code COPY} straight into {@code crm4j_activity} behind a savepoint; when that
 *       meets a stored id, {@code COPY} into a temporary table without indexes instead, then one
 *       {@code INSERT … SELECT … ON CONFLICT (id) DO NOTHING} into {@code crm4j_activity}, which
 *       skips stored ids without failing and without a race against concurrent writers. Without
 *       pgjdbc's copy API (see {@link PgCopy}) the rows go in as column arrays with the same
 *       {@code ON CONFLICT} clause.
 *   <li>H2: the chunk's stored ids are read first (one query per {@value #LOOKUP} ids), the rest is
 *       inserted in the log's 100-row batches. A writer that inserts one of these ids meanwhile makes
 *       the chunk fail with a duplicate key; rerunning the import then skips it.
 * </ul>
 */
final class JdbcActivityImport {

  static final String STAGING = "crm4j_activity_import";
  private static final int LOOKUP = 1_000;
  private static final int UNNEST_ROWS = 10_000;
  private static final String ON_CONFLICT = " ON CONFLICT (id) DO NOTHING";

  private final JdbcTransaction tx;
  private final boolean events;

  JdbcActivityImport(JdbcTransaction tx, boolean events) {
    this.tx = tx;
    this.events = events;
  }

  /** Inserts the chunk's entries that are not stored; returns how many. */
  int insertAbsent(List<Activity> chunk) {
    List<Activity> distinct = ChunkedImport.distinct(chunk);
    try {
      return tx.dialect() == Dialect.POSTGRESQL ? postgres(distinct) : h2(distinct);
    } catch (SQLException e) {
      throw new StorageException("activity import failed: " + e.getMessage(), e);
    }
  }

  private int postgres(List<Activity> chunk) throws SQLException {
    PgCopy copy = PgCopy.of(tx.connection());
    String returning = events ? " RETURNING id" : "";
    if (copy == null) {
      List<String> ids = new ArrayList<>();
      int count = 0;
      try (PreparedStatement ps = tx.connection().prepareStatement(ActivityRows.INSERT_UNNEST + ON_CONFLICT + returning)) {
        for (int from = 0; from < chunk.size(); from += UNNEST_ROWS) {
          ActivityRows.bindColumns(ps, chunk.subList(from, Math.min(chunk.size(), from + UNNEST_ROWS)));
          count += run(ps, ids);
        }
      }
      publish(chunk, ids);
      return count;
    }
    if (copiedDirectly(copy, chunk)) {
      return chunk.size();
    }
    try (Statement s = tx.connection().createStatement()) {
      s.execute("CREATE TEMPORARY TABLE " + STAGING + " (id VARCHAR(128) NOT NULL, customer_id VARCHAR(128) NOT NULL, "
          + "kind VARCHAR(20) NOT NULL, occurred_at BIGINT NOT NULL, amount NUMERIC(19, 4), currency CHAR(3), "
          + "order_reference TEXT, body TEXT) ON COMMIT DROP");
    }
    copy.copy(STAGING, chunk);
    List<String> ids = new ArrayList<>();
    int count;
    try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO crm4j_activity ("
        + ActivityRows.INSERT_COLUMNS + ") SELECT " + ActivityRows.INSERT_COLUMNS + " FROM " + STAGING
        + ON_CONFLICT + returning)) {
      count = run(ps, ids);
    }
    try (Statement s = tx.connection().createStatement()) {
      s.execute("DROP TABLE " + STAGING); // the next chunk of a unit of work that spans several creates it again
    }
    publish(chunk, ids);
    return count;
  }

  /**
   * Copies the chunk straight into {@code crm4j_activity}, behind a savepoint: the common case of a
   * history load, where no id is stored yet, at the speed of a plain {@code COPY}. If an id is stored
   * the copy fails as a whole, is rolled back to the savepoint, and returns false for the staging path.
   */
  private boolean copiedDirectly(PgCopy copy, List<Activity> chunk) throws SQLException {
    try {
      tx.guarded(() -> copy.copy("crm4j_activity", chunk));
    } catch (SQLException e) {
      if (Dialect.isUniqueViolation(e)) {
        return false;
      }
      throw e;
    }
    if (events) {
      chunk.forEach(a -> tx.publish(ActivityEvent.Recorded.of(a)));
    }
    return true;
  }

  /** Runs an insert, collecting the returned ids if it returns them; returns the rows inserted. */
  private int run(PreparedStatement ps, List<String> ids) throws SQLException {
    if (!events) {
      return ps.executeUpdate();
    }
    int n = 0;
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getString(1));
        n++;
      }
    }
    return n;
  }

  /** Publishes the events of the entries whose ids the insert returned (none when events are off). */
  private void publish(List<Activity> chunk, List<String> ids) {
    if (ids.isEmpty()) {
      return;
    }
    Map<String, Activity> byId = new HashMap<>(chunk.size() * 2);
    chunk.forEach(a -> byId.put(a.id().value(), a));
    for (String id : ids) {
      Activity a = byId.get(id);
      assert a != null : "an inserted id comes from the chunk";
      tx.publish(ActivityEvent.Recorded.of(a));
    }
  }

  private int h2(List<Activity> chunk) throws SQLException {
    Set<String> stored = new HashSet<>();
    for (int from = 0; from < chunk.size(); from += LOOKUP) {
      List<Activity> part = chunk.subList(from, Math.min(chunk.size(), from + LOOKUP));
      StringBuilder sql = new StringBuilder("SELECT id FROM crm4j_activity WHERE id IN (");
      for (int i = 0; i < part.size(); i++) {
        sql.append(i == 0 ? "?" : ", ?");
      }
      try (PreparedStatement ps = tx.connection().prepareStatement(sql.append(')').toString())) {
        for (int i = 0; i < part.size(); i++) {
          ps.setString(i + 1, part.get(i).id().value());
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            stored.add(rs.getString(1));
          }
        }
      }
    }
    List<Activity> absent = new ArrayList<>(chunk.size() - stored.size());
    for (Activity a : chunk) {
      if (!stored.contains(a.id().value())) {
        absent.add(a);
      }
    }
    if (!absent.isEmpty()) {
      JdbcActivityLog.insert(tx, absent);
    }
    if (events) {
      absent.forEach(a -> tx.publish(ActivityEvent.Recorded.of(a)));
    }
    return absent.size();
  }
}
