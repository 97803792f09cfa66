package io.crm4j.examples.bench;

/** The database settings the storage benchmarks share. */
final class BenchDatabases {

  private BenchDatabases() {}

  /** The JDBC URL of the PostgreSQL server for a benchmark's postgresql case, from {@code CRM4J_PG_URL}. */
  static String postgresUrl() {
    String url = System.getenv("CRM4J_PG_URL");
    if (url == null) {
      throw new IllegalStateException("CRM4J_PG_URL must be set for the postgresql case, but was unset");
    }
    return url;
  }
}
