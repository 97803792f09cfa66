package io.crm4j.core.store;

import io.crm4j.core.testing.UrlDataSource;

/**
 * {@link TransactionBindingTest} on PostgreSQL. Needs {@code CRM4J_PG_URL} as
 * {@link PostgresStoreTest} does: skipped without it, failing under {@code CI=true}.
 */
class PostgresTransactionBindingTest extends TransactionBindingTest {

  @Override
  UrlDataSource emptyDatabase() {
    return PostgresFaultInjectionTest.emptyPostgres();
  }
}
