package io.crm4j.core.store.jdbc;

import io.crm4j.core.spi.AggregateLines;
import io.crm4j.core.spi.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only lines of one aggregate type (see {@link AggregateLines}) in {@code crm4j_line}, one
 * row per line keyed by the aggregate and the line's position, beside the aggregate's snapshot in
 * {@code crm4j_aggregate}. Written in the unit of work that writes the snapshot.
 */
final class JdbcLines<A, S, L> {

  private final String kind;
  private final AggregateLines<A, S, L> spec;

  private JdbcLines(String kind, AggregateLines<A, S, L> spec) {
    this.kind = kind;
    this.spec = spec;
  }

  static <A, S, L> JdbcLines<A, S, L> of(String kind, AggregateLines<A, S, L> spec) {
    return new JdbcLines<>(kind, spec);
  }

  /** The document of {@code aggregate}: its snapshot's JSON. */
  String document(A aggregate) {
    return JdbcTransaction.toJson(spec.snapshot(aggregate), spec.snapshotType());
  }

  /**
   * The aggregate of a stored document; its lines are read when first needed, on the unit of work's
   * connection while it is open, afterwards in a unit of work of their own.
   */
  A read(JdbcTransaction tx, String key, String body) {
    S snapshot = JdbcTransaction.fromJson(body, spec.snapshotType());
    return spec.restore(snapshot, (from, to) -> tx.isOpen() ? select(tx.connection(), key, from, to)
        : tx.store().inTransaction(later -> select(((JdbcTransaction) later).connection(), key, from, to)));
  }

  /**
   * Writes the lines of {@code aggregate} that the store does not hold: after the ones it was read
   * with, or, when those are unknown, all of them in place of what is stored.
   */
  void write(Connection c, String key, A aggregate, boolean inserted) throws SQLException {
    long stored = inserted ? 0 : spec.storedLines(aggregate);
    if (stored < 0) {
      deleteAll(c, key);
      stored = 0;
    }
    List<L> lines = spec.lines(aggregate);
    if (stored >= lines.size()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO crm4j_line (kind, id, seq, body) VALUES (?, ?, ?, ?)")) {
      for (long p = stored; p < lines.size(); p++) {
        ps.setString(1, kind);
        ps.setString(2, key);
        ps.setLong(3, p + 1);
        ps.setString(4, JdbcTransaction.toJson(lines.get((int) p), spec.lineType()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Drops every line of the aggregate {@code key}. */
  void deleteAll(Connection c, String key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM crm4j_line WHERE kind = ? AND id = ?")) {
      ps.setString(1, kind);
      ps.setString(2, key);
      ps.executeUpdate();
    }
  }

  private List<L> select(Connection c, String key, long from, long to) {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT body FROM crm4j_line WHERE kind = ? AND id = ? AND seq >= ? AND seq <= ? ORDER BY seq")) {
      ps.setString(1, kind);
      ps.setString(2, key);
      ps.setLong(3, from);
      ps.setLong(4, to);
      ps.setFetchSize(1_000);
      List<L> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(JdbcTransaction.fromJson(rs.getString(1), spec.lineType()));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StorageException(kind + " lines read failed: " + e.getMessage(), e);
    }
  }
}
