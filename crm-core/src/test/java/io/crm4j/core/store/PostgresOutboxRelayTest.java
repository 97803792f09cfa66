package io.crm4j.core.store;

import io.crm4j.core.testing.UrlDataSource;

/**
 * {@link OutboxRelayTest} on PostgreSQL. Needs {@code CRM4J_PG_URL} as {@link PostgresStoreTest}
 * does: skipped without it, failing under {@code CI=true}.
 */
class PostgresOutboxRelayTest extends OutboxRelayTest {

  @Override
  UrlDataSource emptyDatabase() {
    return PostgresFaultInjectionTest.emptyPostgres();
  }
}
