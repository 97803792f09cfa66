package io.crm4j.core.store.jdbc;

import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.event.EventPublisher;
import io.crm4j.core.internal.Checks;
import io.crm4j.core.internal.SimpleEventPublisher;
import io.crm4j.core.spi.ActivityLog;
import io.crm4j.core.spi.AggregateType;
import io.crm4j.core.spi.Outbox;
import io.crm4j.core.spi.Repository;
import io.crm4j.core.spi.StorageException;
import io.crm4j.core.spi.Store;
import io.crm4j.core.spi.Transaction;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The JDBC store, on embedded H2 (file or memory) or PostgreSQL. Aggregates are kept as JSON
 * documents with a version column (an aggregate type with {@linkplain io.crm4j.core.spi.AggregateLines
 * append-only lines} as a snapshot document and a row per line), the activity log in its own
 * indexed table, and every event in an outbox table written in the same transaction as the change
 * it reports.
 *
 * <p>Opening a store brings the database to the latest schema version with the SQL scripts in
 * the jar (idempotent). Committed events are handed to in-process listeners right after the
 * commit; the outbox keeps them for a relay that forwards them elsewhere ({@link #outbox()}).
 *
 * <p>Thread-safe: each unit of work uses its own connection from the data source, or the
 * connection of the application's transaction when the store was opened with a
 * {@link TransactionBinding}.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class JdbcStore implements Store {

  private final DataSource dataSource;
  private final Dialect dialect;
  private final @Nullable AutoCloseable owned;
  private final @Nullable TransactionBinding binding;
  private final SimpleEventPublisher publisher = new SimpleEventPublisher();
  private volatile boolean closed;

  private JdbcStore(DataSource dataSource, Dialect dialect, @Nullable AutoCloseable owned,
      @Nullable TransactionBinding binding) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.owned = owned;
    this.binding = binding;
  }

  /**
   * Opens a store on a data source the caller manages (pooled, typically), migrating the schema.
   *
   * @throws StorageException if the database cannot be reached or migrated
   */
  public static JdbcStore open(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    return migrated(dataSource, null, null);
  }

  /**
   * Opens a store on a data source the caller manages that joins the caller's transactions: while
   * {@code binding} reports a connection of an open transaction, units of work run on it and
   * commit or roll back with it (see {@link TransactionBinding}); otherwise the store takes its own
   * connections from {@code dataSource}, as {@link #open(DataSource)} does. The schema is migrated
   * on a connection of its own.
   *
   * @throws StorageException if the database cannot be reached or migrated
   */
  public static JdbcStore open(DataSource dataSource, TransactionBinding binding) {
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(binding, "binding");
    return migrated(dataSource, null, binding);
  }

  /**
   * Opens a store on a JDBC URL ({@code jdbc:h2:…} or {@code jdbc:postgresql:…}) with a small
   * built-in connection pool that {@link #close()} closes. The driver must be on the class path.
   * Exception messages show the URL without its user part and parameters, where passwords go.
   *
   * @param maxConnections connections kept open at most, 1 to 64
   */
  public static JdbcStore open(String jdbcUrl, int maxConnections) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    if (!jdbcUrl.startsWith("jdbc:")) {
      throw new IllegalArgumentException("jdbcUrl must start with 'jdbc:', but was '" + JdbcUrls.redacted(jdbcUrl) + "'");
    }
    if (maxConnections < 1 || maxConnections > 64) {
      throw new IllegalArgumentException("maxConnections must be in [1, 64], but was " + maxConnections);
    }
    return open(jdbcUrl, maxConnections, false);
  }

  private static JdbcStore open(String jdbcUrl, int maxConnections, boolean shutDownOnClose) {
    ConnectionPool pool = new ConnectionPool(jdbcUrl, maxConnections);
    AutoCloseable owned = shutDownOnClose ? () -> shutDownAndClose(pool) : pool;
    try {
      return migrated(pool, owned, null);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  /** Drops a named in-memory H2 database (kept by DB_CLOSE_DELAY=-1 until then), then closes the pool. */
  private static void shutDownAndClose(ConnectionPool pool) throws SQLException {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    } finally {
      pool.close();
    }
  }

  /** Opens a store in an embedded H2 database file ({@code <file>.mv.db}); H2 must be on the class path. */
  public static JdbcStore h2File(Path file) {
    Objects.requireNonNull(file, "file");
    return open("jdbc:h2:file:" + file.toAbsolutePath() + ";DB_CLOSE_DELAY=0", 4);
  }

  /**
   * Opens a store in a named in-memory H2 database, kept while the store is open: other stores and
   * connections opened on {@code jdbc:h2:mem:<name>} meanwhile see the same data, and
   * {@link #close()} drops the database.
   */
  public static JdbcStore h2Memory(String name) {
    Objects.requireNonNull(name, "name");
    if (!name.matches("[A-Za-z0-9_-]{1,64}")) {
      throw new IllegalArgumentException("name must be 1 to 64 letters, digits, '_' or '-', but was '" + name + "'");
    }
    return open("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", 4, true);
  }

  private static JdbcStore migrated(DataSource dataSource, @Nullable AutoCloseable owned,
      @Nullable TransactionBinding binding) {
    try {
      Dialect dialect;
      try (Connection c = dataSource.getConnection()) {
        dialect = Dialect.of(c);
      }
      SchemaMigrator.migrate(dataSource, dialect);
      return new JdbcStore(dataSource, dialect, owned, binding);
    } catch (SQLException e) {
      throw new StorageException("opening the store failed: " + e.getMessage(), e);
    }
  }

  @Override
  public <I, A> Repository<I, A> repository(AggregateType<I, A> type) {
    Objects.requireNonNull(type, "type");
    Checks.open(closed, "store");
    return new AutoCommit(this).repository(type);
  }

  @Override
  public ActivityLog activities() {
    Checks.open(closed, "store");
    return new AutoCommit(this).activities();
  }

  @Override
  public <T> T inTransaction(Function<? super Transaction, ? extends T> work) {
    Objects.requireNonNull(work, "work");
    Checks.open(closed, "store");
    Optional<Connection> joined = binding == null ? Optional.empty() : binding.currentConnection();
    if (joined.isPresent()) {
      return joined(joined.get(), work);
    }
    T result;
    List<DomainEvent> events;
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      JdbcTransaction tx = new JdbcTransaction(this, c, dialect);
      try {
        result = work.apply(tx);
        tx.flushOutbox();
        c.commit();
        events = tx.events();
      } catch (SQLException | RuntimeException | Error e) {
        rollback(c, e);
        throw e;
      } finally {
        tx.end();
        restore(c, autoCommit);
      }
    } catch (SQLException e) {
      throw new StorageException("unit of work failed and was rolled back: " + e.getMessage(), e);
    }
    publisher.publishAll(events);
    return result;
  }

  /**
   * Runs {@code work} on the connection of the application's transaction, behind a savepoint and
   * without committing; its events reach listeners after the application's commit.
   */
  private <T> T joined(Connection c, Function<? super Transaction, ? extends T> work) {
    assert binding != null;
    T result;
    List<DomainEvent> events;
    try {
      if (c.getAutoCommit()) {
        throw new IllegalStateException("the bound connection must be in a transaction, but was in auto-commit mode");
      }
      Savepoint savepoint = c.setSavepoint();
      JdbcTransaction tx = new JdbcTransaction(this, c, dialect);
      try {
        result = work.apply(tx);
        tx.flushOutbox();
        events = List.copyOf(tx.events());
      } catch (SQLException | RuntimeException | Error e) {
        rollbackTo(c, savepoint, e);
        throw e;
      } finally {
        tx.end();
      }
      c.releaseSavepoint(savepoint);
    } catch (SQLException e) {
      throw new StorageException("unit of work failed and was undone in the application's transaction: "
          + e.getMessage(), e);
    } finally {
      binding.release(c);
    }
    if (!events.isEmpty()) {
      binding.afterCommit(() -> publisher.publishAll(events));
    }
    return result;
  }

  private static void rollbackTo(Connection c, Savepoint savepoint, Throwable cause) {
    try {
      c.rollback(savepoint);
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private static void rollback(Connection c, Throwable cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private static void restore(Connection c, boolean autoCommit) {
    try {
      c.setAutoCommit(autoCommit);
    } catch (SQLException e) {
      // the connection is broken; the pool or driver discards it
    }
  }

  @Override
  public EventPublisher events() {
    return publisher;
  }

  /** The outbox: committed events in commit order, kept in {@code crm4j_outbox}, for a relay to forward and mark. */
  @Override
  public Outbox outbox() {
    Checks.open(closed, "store");
    return new JdbcOutbox(this);
  }

  DataSource dataSource() {
    Checks.open(closed, "store");
    return dataSource;
  }

  /**
   * Closes the store: every later call, through it or a repository or log taken from it, throws
   * {@link IllegalStateException}. Closes the built-in pool (a caller's data source stays open).
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (owned != null) {
      try {
        owned.close();
      } catch (Exception e) {
        throw new StorageException("closing the store failed: " + e.getMessage(), e);
      }
    }
  }
}
