package io.crm4j.core.store;

import static io.crm4j.core.testing.Fixtures.T0;
import static io.crm4j.core.testing.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.crm4j.core.activity.Activity;
import io.crm4j.core.activity.ActivityEvent;
import io.crm4j.core.activity.ActivityId;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import io.crm4j.core.spi.ActivityImportContract;
import io.crm4j.core.spi.ActivityRecorderContract;
import io.crm4j.core.spi.CommitVisibilityContract;
import io.crm4j.core.spi.ComplaintStoreContract;
import io.crm4j.core.spi.CreditStoreContract;
import io.crm4j.core.spi.CustomerServiceContract;
import io.crm4j.core.spi.CustomerStoreContract;
import io.crm4j.core.spi.EvaluationResumeContract;
import io.crm4j.core.spi.LifecycleStoreContract;
import io.crm4j.core.spi.LoyaltyStoreContract;
import io.crm4j.core.spi.OutboxEntry;
import io.crm4j.core.spi.OutboxRelayContract;
import io.crm4j.core.spi.PipelineStoreContract;
import io.crm4j.core.spi.Store;
import io.crm4j.core.store.jdbc.JdbcStore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The storage contract on the JDBC store over PostgreSQL. The server comes from the JDBC URL in
 * {@code CRM4J_PG_URL} (`.ci/run` starts one). Without it the tests are skipped on a developer's
 * machine; under {@code CI=true} they fail instead, so CI never passes without running them.
 */
class PostgresStoreTest implements
    CustomerStoreContract,
    CommitVisibilityContract,
    CustomerServiceContract,
    PipelineStoreContract,
    ComplaintStoreContract,
    LifecycleStoreContract,
    LoyaltyStoreContract,
    CreditStoreContract,
    ActivityRecorderContract,
    ActivityImportContract,
    OutboxRelayContract,
    EvaluationResumeContract {

  /** The server's JDBC URL, or fails/skips as described above. */
  static String url() {
    String url = System.getenv("CRM4J_PG_URL");
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    if (url == null || url.isBlank()) {
      if (ci) {
        fail("CRM4J_PG_URL must point at a PostgreSQL server when CI=true, but was unset");
      }
      assumeTrue(false, "CRM4J_PG_URL is unset: PostgreSQL contract tests skipped on this machine");
    }
    return url;
  }

  @Override
  public Store newStore() {
    String url = url();
    JdbcStore store = JdbcStore.open(url, 8);
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("TRUNCATE crm4j_aggregate, crm4j_line, crm4j_activity, crm4j_outbox");
    } catch (SQLException e) {
      store.close();
      throw new IllegalStateException("cannot reset the PostgreSQL test database at " + url, e);
    }
    return store;
  }

  @Test
  void outbox_eventsOfOneUnitOfWork_markByPrefix() {
    try (JdbcStore store = (JdbcStore) newStore()) {
      List<Purchase> batch = List.of(purchase("A-1", "C-1", T0, "1.00"), purchase("A-2", "C-1", T0.plusSeconds(1), "2.00"),
          purchase("A-3", "C-2", T0.plusSeconds(2), "3.00"));
      store.activities().appendAll(batch);
      List<OutboxEntry> pending = store.outbox().pending(10);
      assertThat(pending).extracting(OutboxEntry::event)
          .containsExactlyElementsOf(batch.stream().map(ActivityEvent.Recorded::of).toList());

      assertThat(store.outbox().markPublishedUpTo(pending.get(1).seq())).isEqualTo(2);
      assertThat(store.outbox().markPublishedUpTo(pending.get(1).seq())).isZero();
      assertThat(store.outbox().pending(10)).containsExactly(pending.get(2));
      assertThat(store.outbox().markPublishedUpTo(Long.MAX_VALUE)).isEqualTo(1);
      assertThat(store.outbox().pending(10)).isEmpty();
    }
  }

  @Test
  void activities_purchasesInColumnsOrJson_readBackExactly() {
    try (JdbcStore store = (JdbcStore) newStore()) {
      CustomerId c1 = CustomerId.of("C-1");
      List<Activity> all = List.of(
          new Purchase(ActivityId.of("A-1"), c1, T0.plusNanos(123_000), Money.of("12.50", "EUR"), "ORD-1"),
          new Purchase(ActivityId.of("A-2"), c1, T0.plusNanos(1_000_000_001L), Money.of("5.00", "EUR"), null),
          new Purchase(ActivityId.of("A-3"), c1, T0.plusSeconds(2), Money.of("1234567890123456.78", "EUR"), null));
      store.activities().appendAll(all);
      assertThat(store.activities().byCustomer(c1)).containsExactlyElementsOf(all);
      CustomerId c2 = CustomerId.of("C-2");
      assertThat(store.activities().reassign(c1, c2)).isEqualTo(3);
      assertThat(store.activities().byCustomer(c2)).containsExactlyElementsOf(
          all.stream().map(a -> a.withCustomerId(c2)).toList());
    }
  }
}
