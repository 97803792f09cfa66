package io.crm4j.examples.spring;

import io.crm4j.core.activity.ActivityId;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import io.crm4j.core.store.jdbc.JdbcStore;
import java.time.Instant;
import javax.sql.DataSource;
import org.apiguardian.api.API;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * A shop that records each order in its own table and the purchase in crm4j, in one Spring
 * transaction. Spring Boot configures the HikariCP pool from {@code spring.datasource.*}, a
 * {@code DataSourceTransactionManager} and {@code @Transactional}; docs/storage.md shows the
 * snippet.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@SpringBootConfiguration
@EnableAutoConfiguration
public class ShopApplication {

  /** The application's own table. */
  public static final String ORDER_TABLE = "CREATE TABLE IF NOT EXISTS shop_order "
      + "(id VARCHAR(40) PRIMARY KEY, customer_id VARCHAR(40) NOT NULL, amount DECIMAL(19, 4) NOT NULL)";

  // snippet-start
  @Bean(destroyMethod = "close")
  JdbcStore crmStore(DataSource dataSource) {
    // crm4j joins the transaction Spring opened on this data source, when there is one
    return JdbcStore.open(dataSource, new SpringTransactionBinding(dataSource));
  }

  @Bean
  Orders orders(JdbcTemplate jdbc, JdbcStore crmStore) {
    return new Orders(jdbc, crmStore);
  }

  /** The application's service: its order row and crm4j's purchase commit or roll back together. */
  public static class Orders {
    private final JdbcTemplate jdbc;
    private final JdbcStore crm;

    Orders(JdbcTemplate jdbc, JdbcStore crm) {
      this.jdbc = jdbc;
      this.crm = crm;
    }

    @Transactional
    public void place(String orderId, CustomerId customer, Money amount, Instant at) {
      jdbc.update("INSERT INTO shop_order (id, customer_id, amount) VALUES (?, ?, ?)",
          orderId, customer.value(), amount.amount());
      crm.activities().append(new Purchase(ActivityId.of(orderId), customer, at, amount, orderId)); // + outbox event
      checkStock(orderId); // throws: the order, the purchase and its event are all rolled back
    }

    /** The application's own rule, after crm4j's append; here: order ids ending in "-X" are out of stock. */
    protected void checkStock(String orderId) {
      if (orderId.endsWith("-X")) {
        throw new IllegalStateException("order " + orderId + " is out of stock");
      }
    }
  }
  // snippet-end
}
