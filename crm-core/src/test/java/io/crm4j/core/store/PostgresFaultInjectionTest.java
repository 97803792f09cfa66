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
    return emptyPostgres();
  }

  /** The test server with the crm4j schema and no rows (also no table {@code app_order}). */
  static UrlDataSource emptyPostgres() {
    UrlDataSource raw = new UrlDataSource(PostgresStoreTest.url());
    JdbcStore.open(raw).close(); // creates the schema on a new server
    try (Connection c = raw.getConnection(); Statement s = c.createStatement()) {
      s.execute("TRUNCATE crm4j_aggregate, crm4j_line, crm4j_activity, crm4j_outbox");
      s.execute("DROP TABLE IF EXISTS app_order");
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
   * Per chunk of a first import: a {@code COPY} straight into the log (run on pgjdbc's own
   * connection, so not counted) and the outbox row: 1 counted statement, where the column-array
   * fallback would take 2. (A rerun's chunks that meet stored ids go through the staging table.)
   */
  @Override
  int importStatements() {
    return 3;
  }

  /** Per chunk: the column-array insert with {@code ON CONFLICT (id) DO NOTHING} and the outbox row. */
  @Override
  int importStatementsWithoutCopy() {
    return 6;
  }

  /**
   * Fewer failure points than on H2: every connection of the unpooled test data source is a new
   * server session, so each restarted run takes seconds here.
   */
  @Override
  int evaluationFailureParts() {
    return 4;
  }
}
