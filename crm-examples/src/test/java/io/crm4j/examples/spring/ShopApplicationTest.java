package io.crm4j.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.activity.ActivityEvent;
import io.crm4j.core.activity.ActivityId;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.money.Money;
import io.crm4j.core.spi.OutboxEntry;
import io.crm4j.core.store.jdbc.JdbcStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Spring Boot shop on H2 (HikariCP, {@code DataSourceTransactionManager}, {@code @Transactional}):
 * the order row, crm4j's purchase and its outbox event commit together, and none of them is left
 * when the application throws after crm4j's append. {@link PostgresShopApplicationTest} runs the
 * same on PostgreSQL.
 */
class ShopApplicationTest {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static final CustomerId ALICE = CustomerId.of("C-1");
  private static final Instant AT = Instant.parse("2026-01-05T09:00:00Z");

  private ConfigurableApplicationContext context;
  private JdbcTemplate jdbc;
  private JdbcStore store;
  private final List<DomainEvent> heard = new ArrayList<>();

  /** The JDBC URL of an empty database; may also clear one. */
  String databaseUrl() {
    return "jdbc:h2:mem:shop" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
  }

  @BeforeEach
  void start() {
    context = new SpringApplicationBuilder(ShopApplication.class)
        .web(WebApplicationType.NONE)
        .logStartupInfo(false)
        .properties("spring.main.banner-mode=off", "spring.datasource.url=" + databaseUrl(),
            "spring.datasource.hikari.maximum-pool-size=4")
        .run();
    jdbc = context.getBean(JdbcTemplate.class);
    jdbc.execute(ShopApplication.ORDER_TABLE);
    store = context.getBean(JdbcStore.class);
    store.events().subscribe(heard::add);
  }

  @AfterEach
  void stop() {
    if (context == null) {
      return; // start() was skipped (no PostgreSQL on this machine): nothing to clean up
    }
    jdbc.execute("DROP TABLE shop_order");
    context.close();
  }

  private long orders() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM shop_order", Long.class);
  }

  private static Purchase purchase(String orderId, String eur) {
    return new Purchase(ActivityId.of(orderId), ALICE, AT, Money.of(eur, "EUR"), orderId);
  }

  @Test
  void place_applicationCompletes_orderPurchaseAndEventCommitTogether() {
    context.getBean(ShopApplication.Orders.class).place("ORD-1", ALICE, Money.of("12.50", "EUR"), AT);

    assertThat(orders()).isEqualTo(1);
    assertThat(store.activities().byCustomer(ALICE)).containsExactly(purchase("ORD-1", "12.50"));
    assertThat(store.outbox().pending(10)).extracting(OutboxEntry::event)
        .containsExactly(ActivityEvent.Recorded.of(purchase("ORD-1", "12.50")));
    assertThat(heard).containsExactly(ActivityEvent.Recorded.of(purchase("ORD-1", "12.50")));
    assertThat(context.getBean(PlatformTransactionManager.class)).isInstanceOf(JdbcTransactionManager.class);
    assertThat(context.getBean(DataSource.class).getClass().getName()).isEqualTo("com.zaxxer.hikari.HikariDataSource");
  }

  @Test
  void place_applicationThrowsAfterCrm4jsAppend_leavesNeitherOrderNorPurchaseNorEvent() {
    ShopApplication.Orders shop = context.getBean(ShopApplication.Orders.class);
    shop.place("ORD-1", ALICE, Money.of("12.50", "EUR"), AT);

    assertThatThrownBy(() -> shop.place("ORD-2-X", ALICE, Money.of("7.00", "EUR"), AT.plusSeconds(60)))
        .isInstanceOf(IllegalStateException.class).hasMessage("order ORD-2-X is out of stock");

    assertThat(orders()).isEqualTo(1);
    assertThat(store.activities().byCustomer(ALICE)).containsExactly(purchase("ORD-1", "12.50"));
    assertThat(store.outbox().pending(10)).hasSize(1);
    assertThat(heard).containsExactly(ActivityEvent.Recorded.of(purchase("ORD-1", "12.50")));
  }

  @Test
  void currentConnection_onlyInsideASpringTransaction() {
    DataSource ds = context.getBean(DataSource.class);
    SpringTransactionBinding binding = new SpringTransactionBinding(ds);
    assertThat(binding.currentConnection()).isEmpty();
    TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    tx.executeWithoutResult(status -> {
      assertThat(binding.currentConnection()).isPresent();
      store.activities().append(purchase("ORD-3", "1.00"));
      status.setRollbackOnly();
    });
    assertThat(store.activities().count()).as("rolled back with Spring's transaction").isZero();
  }
}
