package io.crm4j.core.store;

import static io.crm4j.core.testing.Fixtures.CLOCK;
import static io.crm4j.core.testing.Fixtures.T0;
import static io.crm4j.core.testing.Fixtures.customer;
import static io.crm4j.core.testing.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.activity.ActivityEvent;
import io.crm4j.core.customer.CustomerEvent;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.service.CustomerService;
import io.crm4j.core.spi.StorageException;
import io.crm4j.core.store.jdbc.JdbcStore;
import io.crm4j.core.store.jdbc.OutboxEntry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only the JDBC store has: files, schema versions, the outbox, connection handling. */
class JdbcStoreTest {

  @Test
  void h2File_keepsDataAcrossReopeningAndMigratesOnce(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("crm");
    try (JdbcStore store = JdbcStore.h2File(file)) {
      CustomerService.of(store, CLOCK).register(customer("C-1"));
      store.activities().append(purchase("A-1", "C-1", T0, "9.99"));
    }
    try (JdbcStore store = JdbcStore.h2File(file)) {
      assertThat(CustomerService.of(store, CLOCK).find(CustomerId.of("C-1"))).isPresent();
      assertThat(store.activities().count()).isEqualTo(1);
    }
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + file.toAbsolutePath());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*), MAX(version) FROM crm4j_schema_version")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(1);
      assertThat(rs.getInt(2)).isEqualTo(1);
    }
  }

  @Test
  void outbox_holdsCommittedEventsInOrderUntilMarked() {
    try (JdbcStore store = JdbcStore.h2Memory("outbox")) {
      CustomerService.of(store, CLOCK).register(customer("C-1"));
      store.activities().append(purchase("A-1", "C-1", T0, "1.00"));
      assertThatThrownBy(() -> store.run(tx -> {
        tx.publish(new CustomerEvent.Erased(CustomerId.of("C-1"), T0));
        throw new IllegalStateException("rolled back");
      })).hasMessage("rolled back");

      List<OutboxEntry> pending = store.outbox().pending(10);

      assertThat(pending).extracting(OutboxEntry::event).containsExactly(
          new CustomerEvent.Registered(CustomerId.of("C-1"), T0),
          ActivityEvent.Recorded.of(purchase("A-1", "C-1", T0, "1.00")));
      assertThat(pending.get(0).json()).contains("\"type\":\"CustomerEvent.Registered\"");
      assertThat(store.outbox().markPublishedUpTo(pending.get(0).seq())).isEqualTo(1);
      assertThat(store.outbox().pending(10)).hasSize(1);
      assertThatThrownBy(() -> store.outbox().pending(0)).hasMessage("limit must be > 0, but was 0");
    }
  }

  @Test
  void open_badArguments_areRefused() {
    assertThatThrownBy(() -> JdbcStore.open("h2:mem:x", 2)).hasMessage("jdbcUrl must start with 'jdbc:', but was 'h2:mem:x'");
    assertThatThrownBy(() -> JdbcStore.open("jdbc:h2:mem:x", 0)).hasMessage("maxConnections must be in [1, 64], but was 0");
    assertThatThrownBy(() -> JdbcStore.h2Memory("a b")).hasMessageContaining("name must be 1 to 64 letters");
    assertThatThrownBy(() -> JdbcStore.open("jdbc:nosuchdriver:x", 1)).isInstanceOf(StorageException.class)
        .hasMessageContaining("opening the store failed");
  }

  @Test
  void open_singleConnection_servesSequentialUnitsOfWork() {
    try (JdbcStore store = JdbcStore.open("jdbc:h2:mem:single;DB_CLOSE_DELAY=-1", 1)) {
      CustomerService service = CustomerService.of(store, CLOCK);
      for (int i = 0; i < 20; i++) {
        service.register(customer("C-" + i));
      }
      assertThat(service.customers().count()).isEqualTo(20);
    }
  }
}
