package io.crm4j.core.store;

import static io.crm4j.core.testing.Fixtures.CLOCK;
import static io.crm4j.core.testing.Fixtures.T0;
import static io.crm4j.core.testing.Fixtures.customer;
import static io.crm4j.core.testing.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.lifecycle.ScheduledEvaluation;
import io.crm4j.core.loyalty.PointsProgramme;
import io.crm4j.core.loyalty.PointsService;
import io.crm4j.core.service.CustomerService;
import io.crm4j.core.service.CustomerStorage;
import io.crm4j.core.spi.ImportOptions;
import io.crm4j.core.spi.ImportSummary;
import io.crm4j.core.spi.StorageException;
import io.crm4j.core.store.jdbc.JdbcStore;
import io.crm4j.core.testing.FaultInjectingDataSource;
import io.crm4j.core.testing.NightlyShop;
import io.crm4j.core.testing.UrlDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * For every multi-statement write, fails statement 1, 2, … in turn and checks that after each
 * failure the database holds exactly what it held before: nothing is half-written. Runs on H2;
 * {@link PostgresFaultInjectionTest} runs the same on PostgreSQL.
 */
class JdbcFaultInjectionTest {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static final PointsProgramme POINTS = PointsProgramme.custom("shop").build();

  private record Rig(UrlDataSource raw, FaultInjectingDataSource faulty, JdbcStore store, CustomerService service) {}

  /** A data source on an empty crm4j database (or none yet: opening the store creates the schema). */
  UrlDataSource emptyDatabase() {
    return new UrlDataSource("jdbc:h2:mem:fault" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
  }

  private Rig rig() {
    return rig(false);
  }

  /** @param hideDriver whether the connections refuse to unwrap to the driver's (see {@link FaultInjectingDataSource#hideDriver()}) */
  private Rig rig(boolean hideDriver) {
    UrlDataSource raw = emptyDatabase();
    FaultInjectingDataSource faulty = new FaultInjectingDataSource(raw);
    if (hideDriver) {
      faulty.hideDriver();
    }
    JdbcStore store = JdbcStore.open(faulty);
    CustomerService service = CustomerService.of(store, CLOCK);
    service.register(customer("C-1"));
    service.register(customer("C-2"));
    store.activities().appendAll(List.of(purchase("A-1", "C-1", T0, "10.00"),
        purchase("A-2", "C-2", T0.plusSeconds(1), "20.00")));
    PointsService points = PointsService.of(store, CLOCK, POINTS);
    points.accrue(CustomerId.of("C-1"), 5, "first");
    points.accrue(CustomerId.of("C-1"), 6, "second");
    return new Rig(raw, faulty, store, service);
  }

  /** Runs {@code write} failing at each statement in turn; returns how many statements it takes. */
  private int failEachStatement(Consumer<Rig> write) throws SQLException {
    for (int n = 1; n < 100; n++) {
      Rig rig = rig();
      String before = dump(rig.raw());
      rig.faulty().failAt(n);
      try {
        write.accept(rig);
      } catch (StorageException e) {
        assertThat(e).hasStackTraceContaining("injected failure at statement " + n);
        assertThat(dump(rig.raw())).as("state after a failure at statement %d", n).isEqualTo(before);
        continue;
      }
      assertThat(dump(rig.raw())).as("a successful write changes the state").isNotEqualTo(before);
      return n - 1;
    }
    return fail("write never succeeded");
  }

  private static String dump(UrlDataSource ds) throws SQLException {
    return dump(ds, "seq, ");
  }

  /** Every row of the three tables; the outbox with {@code outboxSeq} ("seq, " or "") first. */
  private static String dump(UrlDataSource ds, String outboxSeq) throws SQLException {
    StringBuilder out = new StringBuilder();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      for (String sql : List.of("SELECT kind, id, version, body FROM crm4j_aggregate ORDER BY kind, id",
          "SELECT id, customer_id, kind, occurred_at, amount, currency, order_reference, body FROM crm4j_activity ORDER BY id",
          "SELECT " + outboxSeq + "event_count, published_count, body FROM crm4j_outbox ORDER BY seq",
          "SELECT kind, id, seq, body FROM crm4j_line ORDER BY kind, id, seq")) {
        try (ResultSet rs = s.executeQuery(sql)) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int i = 1; i <= columns; i++) {
              out.append(rs.getString(i)).append('|');
            }
            out.append('\n');
          }
        }
      }
    }
    return out.toString();
  }

  @Test
  void register_failingAnyStatement_leavesTheStoreAsBefore() throws SQLException {
    assertThat(failEachStatement(r -> r.service().register(customer("C-3")))).isGreaterThanOrEqualTo(2);
  }

  @Test
  void update_failingAnyStatement_leavesTheStoreAsBefore() throws SQLException {
    assertThat(failEachStatement(r -> r.service().update(CustomerId.of("C-1"), c -> c.withTag("x", T0))))
        .isGreaterThanOrEqualTo(3);
  }

  @Test
  void merge_failingAnyStatement_leavesTheStoreAsBefore() throws SQLException {
    assertThat(failEachStatement(r -> r.service().merge(CustomerId.of("C-1"), CustomerId.of("C-2"))))
        .isGreaterThanOrEqualTo(6);
  }

  @Test
  void erase_failingAnyStatement_leavesTheStoreAsBefore() throws SQLException {
    assertThat(failEachStatement(r -> r.service().erase(CustomerId.of("C-2")))).isGreaterThanOrEqualTo(3);
  }

  /** An accrual on a stored account: read, snapshot update, the new ledger line, the outbox row. */
  @Test
  void pointsAccrue_storedAccount_failingAnyStatement_leavesTheStoreAsBefore() throws SQLException {
    assertThat(failEachStatement(r -> PointsService.of(r.store(), CLOCK, POINTS).accrue(CustomerId.of("C-1"), 7, "third")))
        .isEqualTo(4);
  }

  /** The first accrual of a member: read, snapshot insert, the ledger line, the outbox row. */
  @Test
  void pointsAccrue_newAccount_failingAnyStatement_leavesTheStoreAsBefore() throws SQLException {
    assertThat(failEachStatement(r -> PointsService.of(r.store(), CLOCK, POINTS).accrue(CustomerId.of("C-2"), 7, "first")))
        .isEqualTo(4);
  }

  @Test
  void appendAll_failingAnyStatement_leavesTheStoreAsBefore() throws SQLException {
    assertThat(failEachStatement(r -> r.store().activities().appendAll(List.of(
        purchase("A-3", "C-1", T0.plusSeconds(2), "1.00"), purchase("A-4", "C-2", T0.plusSeconds(3), "2.00")))))
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void appendAll_largeBatch_failingAnyStatement_leavesTheStoreAsBefore() throws SQLException {
    List<Purchase> batch = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      batch.add(purchase("B-" + i, i % 2 == 0 ? "C-1" : "C-2", T0.plusSeconds(10 + i), "1.00"));
    }
    assertThat(failEachStatement(r -> r.store().activities().appendAll(batch))).isEqualTo(largeBatchStatements());
  }

  /** Statements appending 250 purchases take: two 100-row inserts, 50 single-row ones, the outbox row. */
  int largeBatchStatements() {
    return 3;
  }

  /**
   * Fails an import of 250 purchases in chunks of 100 at statement 1, 2, … in turn: the chunks
   * committed before the failure stay whole, and a rerun loads the rest, each row exactly once.
   */
  @Test
  void importAll_failingAnyStatement_rerunLoadsEachRowExactlyOnce() throws SQLException {
    importFailingEachStatement(false, importStatements());
  }

  /**
   * The same through connections that do not unwrap to the driver's own: on PostgreSQL the store
   * cannot reach {@code COPY} and takes its fallback, column arrays with {@code ON CONFLICT DO
   * NOTHING}; the statement count tells which path ran.
   */
  @Test
  void importAll_connectionsHidingTheDriver_failingAnyStatement_rerunLoadsEachRowExactlyOnce() throws SQLException {
    importFailingEachStatement(true, importStatementsWithoutCopy());
  }

  private void importFailingEachStatement(boolean hideDriver, int statements) throws SQLException {
    List<Purchase> history = new ArrayList<>();
    List<String> ids = new ArrayList<>(List.of("A-1", "A-2"));
    for (int i = 0; i < 250; i++) {
      history.add(purchase(String.format("H-%03d", i), i % 2 == 0 ? "C-1" : "C-2", T0.plusSeconds(10 + i), "1.00"));
      ids.add(String.format("H-%03d", i));
    }
    ImportOptions options = ImportOptions.ofDefaults().withChunkSize(100);
    boolean failedAfterAChunk = false;
    for (int n = 1; n < 100; n++) {
      Rig rig = rig(hideDriver);
      rig.faulty().failAt(n);
      try {
        rig.store().activities().importAll(history.stream(), options);
        assertThat(failedAfterAChunk).as("some failure came after a committed chunk").isTrue();
        assertThat(n - 1).as("statements of the import").isEqualTo(statements);
        rig.faulty().failAt(0);
        assertThat(rig.store().activities().importAll(history.stream(), options))
            .as("a rerun of a finished import").isEqualTo(new ImportSummary(250, 0, 250));
        assertThat(activityIds(rig.raw())).containsExactlyElementsOf(ids);
        return;
      } catch (StorageException e) {
        assertThat(e).hasStackTraceContaining("injected failure at statement " + n);
      }
      long loaded = activityIds(rig.raw()).size() - 2;
      assertThat(loaded % 100).as("whole chunks only after a failure at statement %d", n).isZero();
      failedAfterAChunk |= loaded > 0;
      rig.faulty().failAt(0);
      assertThat(rig.store().activities().importAll(history.stream(), options))
          .isEqualTo(new ImportSummary(250, 250 - loaded, loaded));
      assertThat(activityIds(rig.raw())).as("after a failure at statement %d and a rerun", n)
          .containsExactlyElementsOf(ids);
    }
    fail("import never succeeded");
  }

  /**
   * Statements importing 250 purchases in chunks of 100 take: per chunk a lookup of stored ids, the
   * 100-row insert (the last chunk: 50 single-row inserts in one batch) and the outbox row.
   */
  int importStatements() {
    return 9;
  }

  /** Statements of the same import when the driver's copy API is out of reach: on H2 the same path. */
  int importStatementsWithoutCopy() {
    return importStatements();
  }

  private static List<String> activityIds(UrlDataSource ds) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id FROM crm4j_activity ORDER BY id")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  @Test
  void unitOfWork_failingAnyStatement_leavesTheStoreAsBefore() throws SQLException {
    assertThat(failEachStatement(r -> r.store().run(tx -> {
      var repo = tx.repository(CustomerStorage.CUSTOMERS);
      repo.insert(customer("C-9"));
      repo.update(repo.find(CustomerId.of("C-1")).orElseThrow().withTag("t", T0));
      repo.delete(CustomerId.of("C-2"), 1);
      tx.activities().append(purchase("A-9", "C-9", T0, "9.00"));
    }))).isGreaterThanOrEqualTo(5);
  }

  /**
   * Issue 21 §1: the nightly job loses its database at statement 1, 2, … (sampled over the whole
   * run), and a new store on the same database (a restarted process) runs it again: the database
   * ends with exactly the rows of one uninterrupted run (the outbox's events in the same order; its
   * sequence numbers may skip the values of rolled-back units of work).
   */
  @Test
  void evaluateAll_failingAtAnyStatementThenRestarted_endsAsOneUninterruptedRun() throws SQLException {
    UrlDataSource reference = emptyDatabase();
    FaultInjectingDataSource counting = new FaultInjectingDataSource(reference);
    int statements;
    try (JdbcStore store = JdbcStore.open(counting)) {
      ScheduledEvaluation evaluation = NightlyShop.prepare(store);
      counting.failAt(0);
      evaluation.evaluateAll(NightlyShop.RUN);
      statements = counting.executed();
    }
    String expected = dump(reference, "");
    assertThat(statements).as("statements of the run").isGreaterThan(100);
    Set<Integer> failAt = new TreeSet<>(List.of(1, 2, statements - 1, statements));
    int parts = evaluationFailureParts();
    for (int i = 1; i < parts; i++) {
      failAt.add(statements * i / parts);
    }
    for (int n : failAt) {
      UrlDataSource raw = emptyDatabase();
      FaultInjectingDataSource faulty = new FaultInjectingDataSource(raw);
      try (JdbcStore store = JdbcStore.open(faulty)) {
        ScheduledEvaluation evaluation = NightlyShop.prepare(store);
        faulty.failAt(n);
        assertThatThrownBy(() -> evaluation.evaluateAll(NightlyShop.RUN)).isInstanceOf(StorageException.class)
            .hasStackTraceContaining("injected failure at statement " + n);
      }
      try (JdbcStore restarted = JdbcStore.open(raw)) {
        NightlyShop.evaluation(restarted).evaluateAll(NightlyShop.RUN);
      }
      assertThat(dump(raw, "")).as("failed at statement %d of %d, then restarted", n, statements)
          .isEqualTo(expected);
    }
  }

  /**
   * The daily run reads each programme's aggregates once per page, not once per customer: on a day
   * none of the 14 customers changes, one page of all of them costs: the checkpoint and the mark
   * read at the start (3 reads), the customers' page and the empty one after it (2), one page read
   * per step (lifecycle, ladder, tier: 3), one activity read for the page (1), the checkpoint saved
   * (read, insert) and at the end the mark moved and the checkpoint deleted (two reads, update,
   * delete): 15 statements, where a read per customer and step would take 14 x 3 = 42 instead of 3
   * and one activity read per customer 14 instead of 1, 67 in all.
   */
  @Test
  void evaluateAll_quietDay_readsEachStepsAggregatesAndTheActivitiesOncePerPage() throws SQLException {
    UrlDataSource raw = emptyDatabase();
    FaultInjectingDataSource counting = new FaultInjectingDataSource(raw);
    try (JdbcStore store = JdbcStore.open(counting)) {
      NightlyShop.prepare(store);
      ScheduledEvaluation evaluation = NightlyShop.evaluation(store).withPageSize(NightlyShop.CUSTOMERS);
      java.time.Instant day = NightlyShop.RUN;
      evaluation.evaluateAll(day);
      // the first day on which no customer changes (the shop's activity ends within the month)
      io.crm4j.core.lifecycle.EvaluationReport report;
      do {
        day = day.plus(java.time.Duration.ofDays(1));
        counting.failAt(0);
        report = evaluation.evaluateAll(day);
      } while (report.changeCount() > 0);
      assertThat(report.customersEvaluated()).isEqualTo(NightlyShop.CUSTOMERS);
      assertThat(counting.executed()).isEqualTo(15);
    }
  }

  /** Into how many equal parts the nightly job's statements are cut to choose where it fails (besides its ends). */
  int evaluationFailureParts() {
    return 16;
  }
}
