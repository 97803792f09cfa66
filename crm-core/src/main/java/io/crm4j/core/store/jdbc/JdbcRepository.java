package io.crm4j.core.store.jdbc;

import io.crm4j.core.spi.AggregateType;
import io.crm4j.core.spi.DuplicateIdException;
import io.crm4j.core.spi.Repository;
import io.crm4j.core.spi.StaleVersionException;
import io.crm4j.core.spi.StorageException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Aggregates of one type as JSON documents in {@code crm4j_aggregate}, inside a unit of work; a type
 * with append-only lines keeps its snapshot there and its lines in {@code crm4j_line} ({@link JdbcLines}).
 */
final class JdbcRepository<I, A> implements Repository<I, A> {

  private final JdbcTransaction tx;
  private final AggregateType<I, A> type;
  private final @Nullable JdbcLines<A, ?, ?> lines;

  JdbcRepository(JdbcTransaction tx, AggregateType<I, A> type) {
    this.tx = tx;
    this.type = type;
    this.lines = type.lines().<JdbcLines<A, ?, ?>>map(l -> JdbcLines.of(type.name(), l)).orElse(null);
  }

  @Override
  public Optional<A> find(I id) {
    Objects.requireNonNull(id, "id");
    try (PreparedStatement ps = tx.connection().prepareStatement(
        "SELECT version, body FROM crm4j_aggregate WHERE kind = ? AND id = ?")) {
      ps.setString(1, type.name());
      ps.setString(2, type.idText(id));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(type.idText(id), rs.getLong(1), rs.getString(2))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failed("find", e);
    }
  }

  private A read(String key, long version, String body) {
    A aggregate = lines == null ? JdbcTransaction.fromJson(body, type.javaType()) : lines.read(tx, key, body);
    return type.withVersion(aggregate, version);
  }

  private String document(A aggregate) {
    return lines == null ? JdbcTransaction.toJson(aggregate, type.javaType()) : lines.document(aggregate);
  }

  @Override
  public A insert(A aggregate) {
    Objects.requireNonNull(aggregate, "aggregate");
    long version = type.versionOf(aggregate);
    if (version != 0) {
      throw new IllegalArgumentException(type.name() + " version must be 0 to insert, but was " + version);
    }
    A stored = type.withVersion(aggregate, 1);
    String key = type.idTextOf(aggregate);
    String body = document(stored);
    try {
      tx.guarded(() -> {
        try (PreparedStatement ps = tx.connection().prepareStatement(
            "INSERT INTO crm4j_aggregate (kind, id, version, body) VALUES (?, ?, ?, ?)")) {
          ps.setString(1, type.name());
          ps.setString(2, key);
          ps.setLong(3, 1);
          ps.setString(4, body);
          ps.executeUpdate();
        }
        if (lines != null) {
          lines.write(tx.connection(), key, stored, true);
        }
        return null;
      });
    } catch (SQLException e) {
      if (Dialect.isUniqueViolation(e)) {
        throw new DuplicateIdException(type.name(), key);
      }
      throw failed("insert", e);
    }
    return stored;
  }

  @Override
  public A update(A aggregate) {
    Objects.requireNonNull(aggregate, "aggregate");
    long expected = type.versionOf(aggregate);
    A stored = type.withVersion(aggregate, expected + 1);
    String key = type.idTextOf(aggregate);
    int rows;
    try (PreparedStatement ps = tx.connection().prepareStatement(
        "UPDATE crm4j_aggregate SET version = ?, body = ? WHERE kind = ? AND id = ? AND version = ?")) {
      ps.setLong(1, expected + 1);
      ps.setString(2, document(stored));
      ps.setString(3, type.name());
      ps.setString(4, key);
      ps.setLong(5, expected);
      rows = ps.executeUpdate();
      if (rows == 1 && lines != null) {
        lines.write(tx.connection(), key, stored, false);
      }
    } catch (SQLException e) {
      throw failed("update", e);
    }
    if (rows != 1) {
      throw new StaleVersionException(type.name(), key, expected, storedVersion(key));
    }
    return stored;
  }

  private long storedVersion(String key) {
    try (PreparedStatement ps = tx.connection().prepareStatement(
        "SELECT version FROM crm4j_aggregate WHERE kind = ? AND id = ?")) {
      ps.setString(1, type.name());
      ps.setString(2, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : -1;
      }
    } catch (SQLException e) {
      throw failed("read version", e);
    }
  }

  @Override
  public boolean delete(I id, long expectedVersion) {
    Objects.requireNonNull(id, "id");
    String key = type.idText(id);
    int rows;
    try (PreparedStatement ps = tx.connection().prepareStatement(
        "DELETE FROM crm4j_aggregate WHERE kind = ? AND id = ? AND version = ?")) {
      ps.setString(1, type.name());
      ps.setString(2, key);
      ps.setLong(3, expectedVersion);
      rows = ps.executeUpdate();
      if (rows == 1 && lines != null) {
        lines.deleteAll(tx.connection(), key);
      }
    } catch (SQLException e) {
      throw failed("delete", e);
    }
    if (rows == 1) {
      return true;
    }
    long actual = storedVersion(key);
    if (actual >= 0) {
      throw new StaleVersionException(type.name(), key, expectedVersion, actual);
    }
    return false;
  }

  @Override
  public List<A> page(@Nullable I after, int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be > 0, but was " + limit);
    }
    // ordered by the whole key: H2 then reads the page in index order; ordered by id alone it sorts
    // every row after `after` for each page (75 ms instead of 0.5 ms a page at 300,000 aggregates)
    String sql = "SELECT id, version, body FROM crm4j_aggregate WHERE kind = ?"
        + (after == null ? "" : " AND id > ?") + " ORDER BY kind, id LIMIT ?";
    try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
      int i = 1;
      ps.setString(i++, type.name());
      if (after != null) {
        ps.setString(i++, type.idText(after));
      }
      ps.setInt(i, limit);
      List<A> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(read(rs.getString(1), rs.getLong(2), rs.getString(3)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failed("page", e);
    }
  }

  @Override
  public long count() {
    try (PreparedStatement ps = tx.connection().prepareStatement(
        "SELECT COUNT(*) FROM crm4j_aggregate WHERE kind = ?")) {
      ps.setString(1, type.name());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw failed("count", e);
    }
  }

  @Override
  public long versionOf(A aggregate) {
    return type.versionOf(aggregate);
  }

  private StorageException failed(String what, SQLException e) {
    return new StorageException(type.name() + " " + what + " failed: " + e.getMessage(), e);
  }
}
