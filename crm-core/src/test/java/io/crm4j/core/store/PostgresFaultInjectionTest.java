package io.crm4j.core.store;

import io.crm4j.core.store.jdbc.JdbcStore;
import io.crm4j.core.testing.UrlDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * {@link JdbcFaultInjectionTest} on PostgreSQL, where activities go in as column arrays and a
 * failed statement aborts the whole transaction. Needs {@code CRM4J_PG_URL} as
 * {@link PostgresStoreTest} does: skipped without it, failing under {@code CI=true}.
 */
class PostgresFaultInjectionTest extends JdbcFaultInjectionTest {

  @Override
  UrlDataSource emptyDatabase() {
    UrlDataSource raw = new UrlDataSource(PostgresStoreTest.url());
    JdbcStore.open(raw).close(); // creates the schema on a new server
    try (Connection c = raw.getConnection(); Statement s = c.createStatement()) {
      s.execute("TRUNCATE crm4j_aggregate, crm4j_activity, crm4j_outbox");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reset the PostgreSQL test database", e);
    }
    return raw;
  }

  /** One insert of eight column arrays, then the outbox row. */
  @Override
  int largeBatchStatements() {
    return 2;
  }

  /**
   * Per chunk: create the staging table, (COPY, which runs on pgjdbc's own connection and is not
   * counted), the insert from it, drop it, and the outbox row: 4 counted statements where the
   * column-array fallback would take 2.
   */
  @Override
  int importStatements() {
    return 12;
  }
}
