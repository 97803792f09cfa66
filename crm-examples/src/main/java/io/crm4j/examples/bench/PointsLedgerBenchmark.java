package io.crm4j.examples.bench;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.loyalty.ExpiryPolicy;
import io.crm4j.core.loyalty.LoyaltyStorage;
import io.crm4j.core.loyalty.PointsAccount;
import io.crm4j.core.loyalty.PointsProgramme;
import io.crm4j.core.loyalty.PointsService;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.spi.Repository;
import io.crm4j.core.spi.Store;
import io.crm4j.core.store.jdbc.JdbcStore;
import io.crm4j.core.store.memory.InMemoryStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Accruals on a points account whose ledger already holds 10,000 lines ({@code -p entries}): 5,000
 * accruals of 10 points and as many redemptions, so that almost no lots are open. Each measured
 * operation is {@code PointsService.accrue(member, 10, ...)}: one unit of work that reads the
 * account, books the line and stores the change with its event. Before each operation, outside the
 * measurement, the previous accrual's points are redeemed, so the open lots stay at one or none and
 * only the ledger grows (by two lines per operation). Each iteration starts from a new account of
 * {@code entries} lines. The PostgreSQL case reads its JDBC URL from {@code CRM4J_PG_URL}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Thread)
public class PointsLedgerBenchmark {

  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  static final PointsProgramme PROGRAMME = PointsProgramme.custom("bench").expiry(new ExpiryPolicy.Never())
      .pendingDays(0).build();

  @Param({"memory", "h2-memory", "postgresql"})
  String store;

  @Param({"10000"})
  int entries;

  Store opened;
  PointsService points;
  CustomerId member;
  boolean accrued;

  @Setup(Level.Trial)
  public void open() {
    opened = switch (store) {
      case "memory" -> InMemoryStore.create();
      case "h2-memory" -> JdbcStore.h2Memory("points" + UUID.randomUUID().toString().substring(0, 8));
      case "postgresql" -> JdbcStore.open(BenchDatabases.postgresUrl(), 4);
      default -> throw new IllegalArgumentException("store must be memory, h2-memory or postgresql, but was " + store);
    };
    points = PointsService.of(opened, Clock.fixed(T0, ZoneOffset.UTC), PROGRAMME);
  }

  /** A new member whose account holds {@code entries} lines, stored in one insert. */
  @Setup(Level.Iteration)
  public void longLedger() {
    member = CustomerId.of("bench-" + UUID.randomUUID());
    PointsAccount a = PointsAccount.open(member, PROGRAMME);
    for (int i = 0; i < entries / 2; i++) {
      a = a.accrue(PROGRAMME, 10, "order-" + i, T0).orElseThrow();
      a = a.redeem(PROGRAMME, 10, "reward-" + i, T0).orElseThrow();
    }
    opened.repository(LoyaltyStorage.POINTS_ACCOUNTS).insert(a);
    accrued = false;
  }

  /** Redeems the last operation's points, outside the measurement, so open lots do not pile up. */
  @Setup(Level.Invocation)
  public void redeemLast() {
    if (accrued) {
      points.redeem(member, 10, "reward").orElseThrow();
      accrued = false;
    }
  }

  @Benchmark
  public Outcome<PointsAccount> accrue() {
    Outcome<PointsAccount> o = points.accrue(member, 10, "order");
    accrued = true;
    return o;
  }

  /** Drops the iteration's account, so a PostgreSQL database does not fill up over runs. */
  @TearDown(Level.Iteration)
  public void dropAccount() {
    Repository<CustomerId, PointsAccount> repo = opened.repository(LoyaltyStorage.POINTS_ACCOUNTS);
    repo.find(member).ifPresent(a -> repo.delete(member, a.version()));
  }

  @TearDown(Level.Trial)
  public void close() {
    opened.close();
  }
}
