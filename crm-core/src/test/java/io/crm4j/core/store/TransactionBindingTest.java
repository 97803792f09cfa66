package io.crm4j.core.store;

import static io.crm4j.core.testing.Fixtures.T0;
import static io.crm4j.core.testing.Fixtures.customer;
import static io.crm4j.core.testing.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.activity.ActivityEvent;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.service.CustomerStorage;
import io.crm4j.core.spi.DuplicateIdException;
import io.crm4j.core.store.jdbc.JdbcStore;
import io.crm4j.core.store.jdbc.TransactionBinding;
import io.crm4j.core.testing.UrlDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A {@link JdbcStore} opened with a {@link TransactionBinding} joins the application's transaction:
 * its writes and the application's own rows commit or roll back together. Runs on H2;
 * {@link PostgresTransactionBindingTest} runs the same on PostgreSQL.
 */
class TransactionBindingTest {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  /** A data source on an empty crm4j database (or none yet), with no table {@code app_order}. */
  UrlDataSource emptyDatabase() {
    return new UrlDataSource("jdbc:h2:mem:binding" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
  }

  /** The application's side: one open transaction on one connection, as a transaction manager keeps it. */
  private static final class AppTransaction implements TransactionBinding {
    private final Connection connection;
    private final List<Runnable> afterCommit = new ArrayList<>();
    private int released;
    private boolean active = true;

    AppTransaction(UrlDataSource ds) throws SQLException {
      connection = ds.getConnection();
      connection.setAutoCommit(false);
    }

    @Override
    public Optional<Connection> currentConnection() {
      return active ? Optional.of(connection) : Optional.empty();
    }

    @Override
    public void release(Connection c) {
      assertThat(c).isSameAs(connection);
      released++;
    }

    @Override
    public void afterCommit(Runnable action) {
      afterCommit.add(action);
    }

    void insertOrder(String id) throws SQLException {
      try (Statement s = connection.createStatement()) {
        s.executeUpdate("INSERT INTO app_order (id) VALUES ('" + id + "')");
      }
    }

    void commit() throws SQLException {
      connection.commit();
      afterCommit.forEach(Runnable::run);
      end();
    }

    void rollback() throws SQLException {
      connection.rollback();
      end();
    }

    private void end() throws SQLException {
      afterCommit.clear();
      active = false;
      connection.close();
    }
  }

  private record Rig(UrlDataSource ds, AppTransaction app, JdbcStore store, List<DomainEvent> heard) {}

  private Rig rig() throws SQLException {
    UrlDataSource ds = emptyDatabase();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE app_order (id VARCHAR(20) PRIMARY KEY)");
    }
    AppTransaction app = new AppTransaction(ds);
    JdbcStore store = JdbcStore.open(ds, app);
    List<DomainEvent> heard = new ArrayList<>();
    store.events().subscribe(heard::add);
    return new Rig(ds, app, store, heard);
  }

  private static long rows(UrlDataSource ds, String table) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void drop(UrlDataSource ds) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute("DROP TABLE app_order");
    }
  }

  @Test
  void open_withBinding_applicationCommits_orderActivityAndOutboxCommitTogether() throws SQLException {
    Rig r = rig();
    try (JdbcStore store = r.store()) {
      Purchase p = purchase("A-1", "C-1", T0, "12.50");
      r.app().insertOrder("ORD-1");
      store.activities().append(p);
      assertThat(rows(r.ds(), "crm4j_activity")).as("not visible before the application's commit").isZero();
      assertThat(r.heard()).as("no event before the commit").isEmpty();
      assertThat(r.app().released).isEqualTo(1);

      r.app().commit();

      assertThat(rows(r.ds(), "app_order")).isEqualTo(1);
      assertThat(store.activities().count()).isEqualTo(1);
      assertThat(store.outbox().pending(10)).extracting(e -> e.event()).containsExactly(ActivityEvent.Recorded.of(p));
      assertThat(r.heard()).containsExactly(ActivityEvent.Recorded.of(p));
    } finally {
      drop(r.ds());
    }
  }

  @Test
  void open_withBinding_applicationRollsBack_leavesNeitherOrderNorActivityNorEvent() throws SQLException {
    Rig r = rig();
    try (JdbcStore store = r.store()) {
      r.app().insertOrder("ORD-1");
      store.run(tx -> tx.activities().append(purchase("A-1", "C-1", T0, "12.50")));

      r.app().rollback();

      assertThat(rows(r.ds(), "app_order")).isZero();
      assertThat(store.activities().count()).isZero();
      assertThat(store.outbox().pending(10)).isEmpty();
      assertThat(r.heard()).isEmpty();
    } finally {
      drop(r.ds());
    }
  }

  @Test
  void open_withBinding_unitOfWorkThrows_undoesOnlyCrm4jsWrites() throws SQLException {
    Rig r = rig();
    try (JdbcStore store = r.store()) {
      r.app().insertOrder("ORD-1");
      IllegalStateException failure = new IllegalStateException("crm4j's unit fails");
      assertThatThrownBy(() -> store.run(tx -> {
        tx.activities().append(purchase("A-1", "C-1", T0, "12.50"));
        throw failure;
      })).isSameAs(failure);
      store.activities().append(purchase("A-2", "C-1", T0.plusSeconds(1), "3.00"));

      r.app().commit();

      assertThat(rows(r.ds(), "app_order")).as("the application's transaction goes on").isEqualTo(1);
      assertThat(store.activities().count()).as("only the unit that returned is kept").isEqualTo(1);
      assertThat(store.outbox().pending(10)).hasSize(1);
      assertThat(r.heard()).containsExactly(ActivityEvent.Recorded.of(purchase("A-2", "C-1", T0.plusSeconds(1), "3.00")));
    } finally {
      drop(r.ds());
    }
  }

  @Test
  void open_withBinding_duplicateId_leavesTheApplicationsTransactionUsable() throws SQLException {
    Rig r = rig();
    try (JdbcStore store = r.store()) {
      r.app().insertOrder("ORD-1");
      store.repository(CustomerStorage.CUSTOMERS).insert(customer("C-1"));
      assertThatThrownBy(() -> store.repository(CustomerStorage.CUSTOMERS).insert(customer("C-1")))
          .isInstanceOf(DuplicateIdException.class);
      r.app().insertOrder("ORD-2"); // PostgreSQL would refuse this in an aborted transaction

      r.app().commit();

      assertThat(rows(r.ds(), "app_order")).isEqualTo(2);
      assertThat(store.repository(CustomerStorage.CUSTOMERS).count()).isEqualTo(1);
    } finally {
      drop(r.ds());
    }
  }

  @Test
  void open_withBinding_noApplicationTransaction_commitsOnItsOwn() throws SQLException {
    Rig r = rig();
    try (JdbcStore store = r.store()) {
      r.app().rollback(); // the application's transaction is over: the binding reports none
      store.activities().append(purchase("A-1", "C-1", T0, "12.50"));
      assertThat(rows(r.ds(), "crm4j_activity")).isEqualTo(1);
      assertThat(r.heard()).hasSize(1);
    } finally {
      drop(r.ds());
    }
  }

  @Test
  void open_withBinding_autoCommitConnection_isRefused() throws SQLException {
    UrlDataSource ds = emptyDatabase();
    try (Connection c = ds.getConnection();
        JdbcStore store = JdbcStore.open(ds, new TransactionBinding() {
          @Override
          public Optional<Connection> currentConnection() {
            return Optional.of(c);
          }

          @Override
          public void afterCommit(Runnable action) {
            action.run();
          }
        })) {
      assertThatThrownBy(() -> store.activities().append(purchase("A-1", "C-1", T0, "1.00")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("the bound connection must be in a transaction, but was in auto-commit mode");
      assertThat(rows(ds, "crm4j_activity")).isZero();
    }
  }

  @Test
  void open_nullArguments_areRefused() {
    UrlDataSource ds = emptyDatabase();
    assertThatThrownBy(() -> JdbcStore.open(ds, null)).isInstanceOf(NullPointerException.class).hasMessage("binding");
    TransactionBinding none = new TransactionBinding() {
      @Override
      public Optional<Connection> currentConnection() {
        return Optional.empty();
      }

      @Override
      public void afterCommit(Runnable action) {
        action.run();
      }
    };
    assertThatThrownBy(() -> JdbcStore.open((DataSource) null, none))
        .isInstanceOf(NullPointerException.class).hasMessage("dataSource");
  }
}
