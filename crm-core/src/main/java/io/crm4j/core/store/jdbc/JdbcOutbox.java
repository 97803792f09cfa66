package io.crm4j.core.store.jdbc;

import io.crm4j.core.spi.Outbox;
import io.crm4j.core.spi.OutboxEntry;
import io.crm4j.core.spi.StorageException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The outbox table read and marked through the store's units of work. */
final class JdbcOutbox implements Outbox {

  private static final int FETCH = 16;

  private final JdbcStore store;

  JdbcOutbox(JdbcStore store) {
    this.store = store;
  }

  @Override
  public List<OutboxEntry> pending(int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be > 0, but was " + limit);
    }
    return store.inTransaction(tx -> {
      JdbcTransaction jtx = (JdbcTransaction) tx;
      // pending = (published_count < event_count), indexed with seq: the relayed rows are never read
      try (PreparedStatement ps = jtx.connection().prepareStatement("SELECT seq, published_count, body "
          + "FROM crm4j_outbox WHERE pending = TRUE ORDER BY pending, seq")) {
        ps.setFetchSize(FETCH);
        List<OutboxEntry> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (out.size() < limit && rs.next()) {
            OutboxRows.read(rs.getLong(1), rs.getString(3), rs.getInt(2), limit, out);
          }
        }
        return out;
      } catch (SQLException e) {
        throw new StorageException("outbox read failed: " + e.getMessage(), e);
      }
    });
  }

  @Override
  public int markPublishedUpTo(long seq) {
    if (seq < 0) {
      return 0;
    }
    long row = OutboxRows.row(seq);
    int covered = OutboxRows.covered(seq);
    return store.inTransaction(tx -> {
      JdbcTransaction jtx = (JdbcTransaction) tx;
      try (PreparedStatement count = jtx.connection().prepareStatement("SELECT "
              + "COALESCE(SUM(CASE WHEN seq < ? THEN event_count ELSE LEAST(event_count, ?) END - published_count), 0) "
              + "FROM crm4j_outbox WHERE pending = TRUE AND seq <= ? "
              + "AND (seq < ? OR published_count < ?)");
          PreparedStatement update = jtx.connection().prepareStatement("UPDATE crm4j_outbox "
              + "SET published_count = CASE WHEN seq < ? THEN event_count ELSE LEAST(event_count, ?) END "
              + "WHERE pending = TRUE AND seq <= ? AND (seq < ? OR published_count < ?)")) {
        for (PreparedStatement ps : List.of(count, update)) {
          ps.setLong(1, row);
          ps.setInt(2, covered);
          ps.setLong(3, row);
          ps.setLong(4, row);
          ps.setInt(5, covered);
        }
        int changed;
        try (ResultSet rs = count.executeQuery()) {
          rs.next();
          changed = rs.getInt(1);
        }
        update.executeUpdate();
        return changed;
      } catch (SQLException e) {
        throw new StorageException("outbox update failed: " + e.getMessage(), e);
      }
    });
  }
}
