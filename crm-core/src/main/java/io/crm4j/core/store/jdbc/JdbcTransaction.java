package io.crm4j.core.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.internal.json.JsonErrors;
import io.crm4j.core.internal.json.Mappers;
import io.crm4j.core.spi.ActivityLog;
import io.crm4j.core.spi.AggregateType;
import io.crm4j.core.spi.Repository;
import io.crm4j.core.spi.Transaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A unit of work on one JDBC connection; events go to the outbox table before the commit. */
final class JdbcTransaction implements Transaction {

  static final ObjectMapper JSON = Mappers.mapper();

  /** Writes a list of events as one JSON array, each element as {@code toJson(e, DomainEvent.class)} would. */
  private static final ObjectWriter EVENT_LIST =
      JSON.writerFor(JSON.getTypeFactory().constructCollectionType(List.class, DomainEvent.class));

  /** One writer per written type: building a writer looks its serializer up again, per row. */
  private static final ClassValue<ObjectWriter> WRITERS = new ClassValue<>() {
    @Override
    protected ObjectWriter computeValue(Class<?> type) {
      return JSON.writerFor(type);
    }
  };

  private final JdbcStore store;
  private final Connection connection;
  private final Dialect dialect;
  private final List<DomainEvent> events = new ArrayList<>();
  private volatile boolean open = true;

  JdbcTransaction(JdbcStore store, Connection connection, Dialect dialect) {
    this.store = store;
    this.connection = connection;
    this.dialect = dialect;
  }

  JdbcStore store() {
    return store;
  }

  /** Whether the unit of work still runs: its connection may be used. */
  boolean isOpen() {
    return open;
  }

  /** Marks the unit of work finished; reads of aggregates' lines then take connections of their own. */
  void end() {
    open = false;
  }

  Connection connection() {
    return connection;
  }

  Dialect dialect() {
    return dialect;
  }

  @Override
  public <I, A> Repository<I, A> repository(AggregateType<I, A> type) {
    return new JdbcRepository<>(this, Objects.requireNonNull(type, "type"));
  }

  @Override
  public ActivityLog activities() {
    return new JdbcActivityLog(this);
  }

  @Override
  public void publish(DomainEvent event) {
    events.add(Objects.requireNonNull(event, "event"));
  }

  List<DomainEvent> events() {
    return events;
  }

  /** A piece of JDBC work. */
  @FunctionalInterface
  interface SqlWork<T> {
    T run() throws SQLException;
  }

  /**
   * Runs {@code work} behind a savepoint, so that an expected failure (a duplicate key) leaves the
   * unit of work usable: PostgreSQL otherwise refuses every later statement of the transaction.
   */
  <T> T guarded(SqlWork<T> work) throws SQLException {
    Savepoint savepoint = connection.setSavepoint();
    T result;
    try {
      result = work.run();
    } catch (SQLException e) {
      connection.rollback(savepoint);
      throw e;
    }
    connection.releaseSavepoint(savepoint);
    return result;
  }

  /**
   * Writes the queued events to the outbox: one row per unit of work (per {@link OutboxRows#CHUNK}
   * events), its body the events' JSON as an array in publish order.
   */
  void flushOutbox() throws SQLException {
    if (events.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = connection.prepareStatement(
        "INSERT INTO crm4j_outbox (event_count, body) VALUES (?, ?)")) {
      for (int from = 0; from < events.size(); from += OutboxRows.CHUNK) {
        List<DomainEvent> chunk = events.subList(from, Math.min(events.size(), from + OutboxRows.CHUNK));
        String body;
        try {
          body = EVENT_LIST.writeValueAsString(chunk);
        } catch (JsonProcessingException e) {
          throw new IllegalArgumentException("events must be writable as JSON, but were not: " + e.getOriginalMessage(), e);
        }
        ps.setInt(1, chunk.size());
        ps.setString(2, body);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  static String toJson(Object value, Class<?> as) {
    try {
      return WRITERS.get(as).writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(as.getSimpleName() + " must be writable as JSON, but was not: "
          + e.getOriginalMessage(), e);
    }
  }

  static <T> T fromJson(String json, Class<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored " + type.getSimpleName() + " must be readable, but was not: "
          + JsonErrors.describe(e), JsonErrors.ownCause(e));
    }
  }
}
