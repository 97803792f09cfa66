package io.crm4j.core.store.jdbc;

import java.sql.Connection;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Lets a {@link JdbcStore} take part in a transaction the application opened, so that the
 * application's own rows and crm4j's writes commit or roll back together. Pass one to
 * {@link JdbcStore#open(javax.sql.DataSource, TransactionBinding)}; an adapter for the
 * application's transaction manager implements it (crm-examples has one for Spring).
 *
 * <p>While {@link #currentConnection()} returns a connection, every unit of work of the store runs
 * its statements on it behind a savepoint and never commits, rolls back or closes it: the
 * application's transaction manager owns it. When the unit of work throws, the store rolls back
 * to the savepoint (undoing only its own writes) and the exception propagates; the application's
 * transaction stays open and decides. The unit's events are stored in the outbox on that
 * connection and handed to in-process listeners through {@link #afterCommit(Runnable)}. While it
 * returns empty, the store works as without a binding, on connections of its own.
 *
 * <p>Implementations must be thread-safe; the methods are called on the thread that runs the unit
 * of work.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface TransactionBinding {

  /**
   * The connection of the application's transaction open on the calling thread, in manual-commit
   * mode, or empty when there is none (the store then opens a transaction of its own).
   */
  Optional<Connection> currentConnection();

  /**
   * Called once the store has finished with a connection from {@link #currentConnection()};
   * releases it as the transaction manager requires. Does nothing by default.
   */
  default void release(Connection connection) {
    Objects.requireNonNull(connection, "connection");
  }

  /**
   * Runs {@code action} after the application's current transaction commits, and never if it
   * rolls back. Used to deliver a joined unit's events to in-process listeners.
   */
  void afterCommit(Runnable action);
}
