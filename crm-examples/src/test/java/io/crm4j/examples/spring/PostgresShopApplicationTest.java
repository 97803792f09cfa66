package io.crm4j.examples.spring;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * {@link ShopApplicationTest} on PostgreSQL, the server from {@code CRM4J_PG_URL} (`.ci/run` starts
 * one). Skipped without it on a developer's machine; under {@code CI=true} it fails instead.
 */
class PostgresShopApplicationTest extends ShopApplicationTest {

  @Override
  String databaseUrl() {
    String url = System.getenv("CRM4J_PG_URL");
    if (url == null || url.isBlank()) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("CRM4J_PG_URL must point at a PostgreSQL server when CI=true, but was unset");
      }
      assumeTrue(false, "CRM4J_PG_URL is unset: PostgreSQL tests skipped on this machine");
    }
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS shop_order");
      if (c.getMetaData().getTables(null, null, "crm4j_outbox", null).next()) {
        s.execute("TRUNCATE crm4j_aggregate, crm4j_line, crm4j_activity, crm4j_outbox");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reset the PostgreSQL test database", e);
    }
    return url;
  }
}
