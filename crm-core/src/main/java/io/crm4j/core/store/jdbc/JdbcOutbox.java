package io.crm4j.core.store.jdbc;

import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.spi.StorageException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The outbox table read and marked through the store's units of work. */
final class JdbcOutbox implements Outbox {

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
      try (PreparedStatement ps = jtx.connection().prepareStatement(
          "SELECT seq, body FROM crm4j_outbox WHERE published = FALSE ORDER BY seq LIMIT ?")) {
        ps.setInt(1, limit);
        List<OutboxEntry> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String json = rs.getString(2);
            out.add(new OutboxEntry(rs.getLong(1), JdbcTransaction.fromJson(json, DomainEvent.class), json));
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
    return store.inTransaction(tx -> {
      JdbcTransaction jtx = (JdbcTransaction) tx;
      try (PreparedStatement ps = jtx.connection().prepareStatement(
          "UPDATE crm4j_outbox SET published = TRUE WHERE published = FALSE AND seq <= ?")) {
        ps.setLong(1, seq);
        return ps.executeUpdate();
      } catch (SQLException e) {
        throw new StorageException("outbox update failed: " + e.getMessage(), e);
      }
    });
  }
}
