package io.crm4j.core.store;

import static io.crm4j.core.testing.Fixtures.CLOCK;
import static io.crm4j.core.testing.Fixtures.T0;
import static io.crm4j.core.testing.Fixtures.customer;
import static io.crm4j.core.testing.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.crm4j.core.activity.Activity;
import io.crm4j.core.activity.ActivityEvent;
import io.crm4j.core.activity.ActivityId;
import io.crm4j.core.activity.Payment;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.CustomerEvent;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.json.Crm4jJson;
import io.crm4j.core.loyalty.ExpiryPolicy;
import io.crm4j.core.loyalty.LedgerEntry;
import io.crm4j.core.loyalty.PointsAccount;
import io.crm4j.core.loyalty.PointsProgramme;
import io.crm4j.core.loyalty.PointsService;
import io.crm4j.core.money.Money;
import io.crm4j.core.service.CustomerService;
import io.crm4j.core.spi.OutboxEntry;
import io.crm4j.core.spi.StorageException;
import io.crm4j.core.store.jdbc.JdbcStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only the JDBC store has: files, schema versions, the outbox, connection handling. */
class JdbcStoreTest {

  /**
   * A points account stored before ledger lines became rows (its document holds the whole ledger)
   * reads as it was; its next change writes every line as a row and a document without them.
   */
  @Test
  void pointsAccount_documentOfTheOlderShape_readsAndMovesItsLinesToRows() throws Exception {
    PointsProgramme p = PointsProgramme.custom("shop").expiry(new ExpiryPolicy.Never()).pendingDays(0).build();
    CustomerId m = CustomerId.of("M-1");
    PointsAccount old = PointsAccount.open(m, p).accrue(p, 10, "order-1", T0).orElseThrow()
        .accrue(p, 20, "order-2", T0).orElseThrow().redeem(p, 5, "reward-1", T0).orElseThrow().withVersion(3);
    try (JdbcStore store = JdbcStore.h2Memory("older-shape");
        Connection c = DriverManager.getConnection("jdbc:h2:mem:older-shape");
        Statement s = c.createStatement()) {
      s.execute("INSERT INTO crm4j_aggregate (kind, id, version, body) VALUES ('points-account', 'M-1', 3, '"
          + Crm4jJson.write(old).replace("'", "''") + "')");
      PointsService points = PointsService.of(store, CLOCK, p);
      assertThat(points.find(m)).contains(old);
      PointsAccount next = points.accrue(m, 7, "order-3").orElseThrow();
      assertThat(points.find(m).orElseThrow().entries()).isEqualTo(next.entries()).hasSize(4);
      try (ResultSet rs = s.executeQuery("SELECT COUNT(*), MAX(seq) FROM crm4j_line WHERE id = 'M-1'")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(4);
        assertThat(rs.getInt(2)).isEqualTo(4);
      }
      try (ResultSet rs = s.executeQuery("SELECT version, body FROM crm4j_aggregate WHERE id = 'M-1'")) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(4);
        assertThat(rs.getString(2)).contains("\"lineCount\":4").doesNotContain("order-1");
      }
    }
  }

  /**
   * The document of a points account holds its snapshot, not its ledger: after 400 more lines
   * (accruals each redeemed at once, so no lot stays open) it is as long as after 2, give or take
   * the digits of growing numbers; the lines are rows.
   */
  @Test
  void pointsAccount_document_doesNotGrowWithTheLedger() throws Exception {
    PointsProgramme p = PointsProgramme.custom("shop").expiry(new ExpiryPolicy.Never()).pendingDays(0).build();
    CustomerId m = CustomerId.of("M-1");
    try (JdbcStore store = JdbcStore.h2Memory("document-size");
        Connection c = DriverManager.getConnection("jdbc:h2:mem:document-size");
        Statement s = c.createStatement()) {
      PointsService points = PointsService.of(store, CLOCK, p);
      List<Integer> lengths = new ArrayList<>();
      for (int i = 0; i < 201; i++) {
        points.accrue(m, 10, "order-" + i);
        points.redeem(m, 10, "reward-" + i);
        if (i == 0 || i == 200) {
          try (ResultSet rs = s.executeQuery("SELECT LENGTH(body) FROM crm4j_aggregate WHERE id = 'M-1'")) {
            rs.next();
            lengths.add(rs.getInt(1));
          }
        }
      }
      assertThat(lengths.get(1) - lengths.get(0)).isBetween(0, 12);
      try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM crm4j_line WHERE id = 'M-1'")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(402);
      }
      assertThat(points.find(m).orElseThrow().entries()).hasSize(402);
    }
  }

  /**
   * A reversal reads the older ledger lines inside its unit of work: on that unit's connection,
   * since a second one would wait forever in a pool of one. Read after the store closed, they are
   * refused.
   */
  @Test
  void pointsReverse_poolOfOneConnection_readsTheLedgerOnTheUnitsConnection() {
    PointsProgramme p = PointsProgramme.custom("shop").expiry(new ExpiryPolicy.Never()).pendingDays(0).build();
    CustomerId m = CustomerId.of("M-1");
    PointsAccount read = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      try (JdbcStore store = JdbcStore.open("jdbc:h2:mem:pool-of-one", 1)) {
        PointsService points = PointsService.of(store, CLOCK, p);
        points.accrue(m, 10, "order-1");
        points.accrue(m, 20, "order-2");
        points.accrue(m, 30, "order-3");
        assertThat(points.reverse(m, 1, 4, "returned").orElseThrow().balance()).isEqualTo(56);
        PointsAccount account = points.find(m).orElseThrow();
        assertThat(account.entries()).extracting(LedgerEntry::points).containsExactly(10L, 20L, 30L, -4L);
        return points.find(m).orElseThrow();
      }
    });
    assertThat(read.balance()).isEqualTo(56);
    assertThat(read.entries().get(3).points()).isEqualTo(-4);
    assertThatThrownBy(() -> read.entries().get(0)).isInstanceOf(IllegalStateException.class)
        .hasMessage("store must be open, but was closed");
  }

  /** An account whose stored lines were replaced after it was read refuses to show the new ones as its own. */
  @Test
  void pointsAccount_linesReplacedAfterTheRead_refusesToReadThem() {
    PointsProgramme p = PointsProgramme.custom("shop").expiry(new ExpiryPolicy.Never()).pendingDays(0).build();
    CustomerId m = CustomerId.of("M-1");
    try (JdbcStore store = JdbcStore.h2Memory("replaced-lines")) {
      PointsService points = PointsService.of(store, CLOCK, p);
      points.accrue(m, 10, "order-1");
      points.accrue(m, 20, "order-2");
      PointsAccount read = points.find(m).orElseThrow();
      var repo = store.repository(io.crm4j.core.loyalty.LoyaltyStorage.POINTS_ACCOUNTS);
      repo.delete(m, read.version());
      points.accrue(m, 30, "other-1");
      assertThat(read.entries().get(1).reference()).isEqualTo("order-2"); // the last line is in the snapshot
      assertThatThrownBy(() -> read.entries().get(0)).isInstanceOf(IllegalStateException.class)
          .hasMessage("the stored ledger must hold the 2 lines it was read with, but held 1 lines ending otherwise "
              + "(was the account deleted or the store reset?)");
    }
  }

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
      // versions 1 (base), 2 (aggregate lines) and 3 (outbox pending index), each applied once
      assertThat(rs.getInt(1)).isEqualTo(3);
      assertThat(rs.getInt(2)).isEqualTo(3);
    }
  }

  /** A database of version 2 (no pending column) is migrated with its relayed and pending rows intact. */
  @Test
  void outbox_ofAVersion2Database_keepsItsPendingEventsThroughTheMigration(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("crm");
    try (JdbcStore store = JdbcStore.h2File(file)) {
      CustomerService.of(store, CLOCK).register(customer("C-1"));
      store.activities().append(purchase("A-1", "C-1", T0, "1.00"));
      assertThat(store.outbox().markPublishedUpTo(store.outbox().pending(1).get(0).seq())).isEqualTo(1);
    }
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + file.toAbsolutePath());
        Statement s = c.createStatement()) {
      s.execute("DROP INDEX crm4j_outbox_pending");
      s.execute("ALTER TABLE crm4j_outbox DROP COLUMN pending");
      s.execute("DELETE FROM crm4j_schema_version WHERE version = 3");
    }
    try (JdbcStore store = JdbcStore.h2File(file)) {
      assertThat(store.outbox().pending(10)).extracting(OutboxEntry::event)
          .containsExactly(ActivityEvent.Recorded.of(purchase("A-1", "C-1", T0, "1.00")));
      store.activities().append(purchase("A-2", "C-1", T0, "2.00"));
      List<OutboxEntry> pending = store.outbox().pending(10);
      assertThat(pending).extracting(OutboxEntry::event).containsExactly(
          ActivityEvent.Recorded.of(purchase("A-1", "C-1", T0, "1.00")),
          ActivityEvent.Recorded.of(purchase("A-2", "C-1", T0, "2.00")));
      assertThat(store.outbox().markPublishedUpTo(pending.get(1).seq())).isEqualTo(2);
      assertThat(store.outbox().pending(10)).isEmpty();
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

  /** Both messages used to repeat the URL with its password. */
  @Test
  void open_urlWithCredentials_neverShowsThemInMessagesOrCauses() {
    assertThatThrownBy(() -> JdbcStore.open("postgresql://crm:S3cretPw@db.example:5432/crm", 2))
        .hasMessage("jdbcUrl must start with 'jdbc:', but was 'postgresql://***@db.example:5432/crm'");
    List<String> urls = List.of(
        "jdbc:nosuchdriver://crm:S3cretPw@db.example:5432/crm",
        "jdbc:nosuchdriver://db.example/crm?user=crm&password=S3cretPw",
        "jdbc:nosuchdriver:mem:crm;USER=crm;PASSWORD=S3cretPw",
        "jdbc:nosuchdriver:thin:crm/S3cretPw@db.example:1521/crm");
    for (String url : urls) {
      Throwable thrown = catchThrowable(() -> JdbcStore.open(url, 1));
      assertThat(thrown).as(url).isInstanceOf(StorageException.class).hasMessageContaining("opening the store failed")
          .hasMessageContaining("jdbc:nosuchdriver");
      for (Throwable t = thrown; t != null; t = t.getCause()) {
        assertThat(String.valueOf(t.getMessage())).as(url).doesNotContain("S3cretPw");
      }
    }
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

  @Test
  void activities_purchasesInColumnsOrJson_readBackExactly() throws Exception {
    Currency eur = Currency.getInstance("EUR");
    CustomerId c1 = CustomerId.of("C-1");
    // columns alone: whole microseconds and an amount that fits DECIMAL(19, 4)
    Purchase plain = new Purchase(ActivityId.of("A-1"), c1, T0.plusNanos(123_000), Money.of("12.50", "EUR"), null);
    Purchase withReference = new Purchase(ActivityId.of("A-2"), c1, T0.plusSeconds(1), Money.of("0.00", "EUR"), "ORD-7");
    // JSON body: a sub-microsecond time, and an amount with 16 integer digits
    Purchase nanos = new Purchase(ActivityId.of("A-3"), c1, T0.plusNanos(2_000_000_001L), Money.of("5.00", "EUR"), null);
    Purchase huge = new Purchase(ActivityId.of("A-4"), c1, T0.plusSeconds(3),
        Money.of(new BigDecimal("1234567890123456.78"), eur), "ORD-8");
    Payment payment = new Payment(ActivityId.of("A-5"), c1, T0.plusSeconds(4), Money.of("3.00", "EUR"), "INV-1", null);
    List<Activity> all = List.of(plain, withReference, nanos, huge, payment);
    try (JdbcStore store = JdbcStore.h2Memory("columns")) {
      store.activities().appendAll(all);

      assertThat(store.activities().byCustomer(c1)).containsExactlyElementsOf(all);
      List<Activity> scanned = new ArrayList<>();
      store.activities().scan(T0, T0.plusSeconds(5), scanned::add);
      assertThat(scanned).containsExactlyElementsOf(all);
      assertThat(bodies("columns")).containsExactly("A-1:null", "A-2:null", "A-3:json", "A-4:json", "A-5:json");

      CustomerId c2 = CustomerId.of("C-2");
      assertThat(store.activities().reassign(c1, c2)).isEqualTo(5);
      assertThat(store.activities().byCustomer(c2)).containsExactlyElementsOf(
          all.stream().map(a -> a.withCustomerId(c2)).toList());
      assertThat(bodies("columns")).containsExactly("A-1:null", "A-2:null", "A-3:json", "A-4:json", "A-5:json");
    }
  }

  @Test
  void h2Memory_closeDropsTheDatabase() {
    Purchase p = new Purchase(ActivityId.of("A-1"), CustomerId.of("C-1"), T0, Money.of("1.00", "EUR"), null);
    try (JdbcStore store = JdbcStore.h2Memory("dropped")) {
      store.activities().append(p);
      // a second store on the same name sees the same database while the first is open
      try (JdbcStore same = JdbcStore.open("jdbc:h2:mem:dropped", 1)) {
        assertThat(same.activities().byCustomer(CustomerId.of("C-1"))).containsExactly(p);
      }
    }
    try (JdbcStore reopened = JdbcStore.h2Memory("dropped")) {
      assertThat(reopened.activities().byCustomer(CustomerId.of("C-1"))).isEmpty();
    }
  }

  @Test
  void outbox_eventsOfOneUnitOfWork_pageAndMarkByPosition() {
    try (JdbcStore store = JdbcStore.h2Memory("outboxRows")) {
      // 10,001 purchases in one unit of work: two outbox rows (10,000 events per row at most)
      List<Purchase> batch = new ArrayList<>();
      for (int i = 0; i < 10_001; i++) {
        batch.add(purchase("A-" + i, "C-1", T0.plusSeconds(i), "1.00"));
      }
      store.activities().appendAll(batch);
      store.activities().append(purchase("B-0", "C-2", T0, "2.00"));

      List<OutboxEntry> first = store.outbox().pending(3);
      assertThat(first).extracting(OutboxEntry::event).containsExactly(ActivityEvent.Recorded.of(batch.get(0)),
          ActivityEvent.Recorded.of(batch.get(1)), ActivityEvent.Recorded.of(batch.get(2)));
      assertThat(first).extracting(OutboxEntry::seq).isSorted().doesNotHaveDuplicates();
      assertThat(first.get(1).json()).isEqualTo("{\"type\":\"ActivityEvent.Recorded\",\"activityId\":\"A-1\","
          + "\"customerId\":\"C-1\",\"kind\":\"Purchase\",\"occurredAt\":\"2026-01-05T09:00:01Z\"}");

      // a prefix of a row, then the rest of it, then across the row boundary
      assertThat(store.outbox().markPublishedUpTo(first.get(1).seq())).isEqualTo(2);
      assertThat(store.outbox().markPublishedUpTo(first.get(1).seq())).isZero();
      List<OutboxEntry> rest = store.outbox().pending(20_000);
      assertThat(rest).hasSize(10_001 - 2 + 1);
      assertThat(rest.get(0).event()).isEqualTo(ActivityEvent.Recorded.of(batch.get(2)));
      assertThat(rest.get(9_998).event()).isEqualTo(ActivityEvent.Recorded.of(batch.get(10_000)));
      assertThat(rest.get(9_999).event()).isEqualTo(ActivityEvent.Recorded.of(purchase("B-0", "C-2", T0, "2.00")));
      assertThat(rest).extracting(OutboxEntry::seq).isSorted().doesNotHaveDuplicates();
      assertThat(store.outbox().markPublishedUpTo(rest.get(9_998).seq())).isEqualTo(9_999);
      assertThat(store.outbox().pending(5)).containsExactly(rest.get(9_999));
      assertThat(store.outbox().markPublishedUpTo(-1)).isZero();
      assertThat(store.outbox().markPublishedUpTo(Long.MAX_VALUE)).isEqualTo(1);
      assertThat(store.outbox().pending(5)).isEmpty();
    }
  }

  private static List<String> bodies(String database) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:" + database);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, body FROM crm4j_activity ORDER BY id")) {
      while (rs.next()) {
        out.add(rs.getString(1) + ":" + (rs.getString(2) == null ? "null" : "json"));
      }
    }
    return out;
  }
}
