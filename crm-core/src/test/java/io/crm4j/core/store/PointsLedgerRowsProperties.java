package io.crm4j.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.loyalty.ExpiryPolicy;
import io.crm4j.core.loyalty.LedgerEntry;
import io.crm4j.core.loyalty.LoyaltyStorage;
import io.crm4j.core.loyalty.PointsAccount;
import io.crm4j.core.loyalty.PointsLot;
import io.crm4j.core.loyalty.PointsProgramme;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.spi.Repository;
import io.crm4j.core.spi.Store;
import io.crm4j.core.store.jdbc.JdbcStore;
import io.crm4j.core.store.memory.InMemoryStore;
import io.crm4j.core.testing.PointsOps;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Points accounts whose ledger lines are stored as rows, under random accruals, redemptions,
 * reversals, expiries and forfeitures, each in a unit of work of its own (some of which then fail):
 * after every step a fresh read from the store equals the same operations applied to an account
 * that was never stored, its
 * balance is the sum of its ledger, and a failed unit of work leaves the stored account as it was.
 * On the in-memory store and on H2.
 */
class PointsLedgerRowsProperties {

  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final CustomerId M = CustomerId.of("M-1");
  private static final AtomicInteger DATABASES = new AtomicInteger();

  /** One random operation: what, how many points, which accrual (a fraction of those so far), hours after the previous one, and whether its unit of work then fails. */
  record Op(int kind, long points, double pick, int hoursLater, boolean fails) {}

  @Property(tries = 60)
  void randomOperations_freshReadEqualsTheModelAndBalanceIsTheLedgerSum(@ForAll("stores") String kind,
      @ForAll("programmes") PointsProgramme p, @ForAll("ops") List<Op> ops) {
    try (Store store = kind.equals("memory") ? InMemoryStore.create()
        : JdbcStore.h2Memory("ledger-rows-" + DATABASES.incrementAndGet())) {
      Repository<CustomerId, PointsAccount> repo = store.repository(LoyaltyStorage.POINTS_ACCOUNTS);
      PointsAccount model = PointsAccount.open(M, p);
      Instant at = START;
      for (Op op : ops) {
        at = at.plus(Duration.ofHours(op.hoursLater()));
        Instant when = at;
        PointsAccount stored = repo.find(M).orElse(PointsAccount.open(M, p));
        Outcome<PointsAccount> o = apply(stored, p, op, when);
        Outcome<PointsAccount> expected = apply(model, p, op, when);
        assertThat(o.applied()).isEqualTo(expected.applied());
        if (!o.applied()) {
          continue;
        }
        PointsAccount changed = o.orElseThrow();
        if (op.fails()) {
          assertThatThrownBy(() -> store.run(tx -> {
            tx.repository(LoyaltyStorage.POINTS_ACCOUNTS).save(changed);
            throw new IllegalStateException("failed after the write");
          })).hasMessage("failed after the write");
        } else {
          store.run(tx -> tx.repository(LoyaltyStorage.POINTS_ACCOUNTS).save(changed));
          model = expected.orElseThrow().withVersion(model.version() + 1);
        }
        PointsAccount read = repo.find(M).orElse(PointsAccount.open(M, p));
        assertThat(read.entries()).containsExactlyElementsOf(model.entries());
        assertThat(read.lots()).isEqualTo(model.lots());
        assertThat(read.version()).isEqualTo(model.version());
        assertThat(read.balance()).isEqualTo(model.balance())
            .isEqualTo(read.entries().stream().mapToLong(LedgerEntry::points).sum());
        if (read.balance() >= 0) {
          assertThat(read.lots().stream().mapToLong(PointsLot::remaining).sum()).isEqualTo(read.balance());
        }
      }
    }
  }

  private static Outcome<PointsAccount> apply(PointsAccount a, PointsProgramme p, Op op, Instant at) {
    return PointsOps.apply(a, p, op.kind(), op.points(), op.pick(), at);
  }

  @Provide
  Arbitrary<String> stores() {
    return Arbitraries.of("memory", "h2");
  }

  @Provide
  Arbitrary<List<Op>> ops() {
    Arbitrary<Op> op = Combinators.combine(
        Arbitraries.integers().between(0, 5),
        Arbitraries.longs().between(1, 400),
        Arbitraries.doubles().between(0, 0.999).ofScale(3),
        Arbitraries.integers().between(0, 24 * 60),
        Arbitraries.of(false, false, false, true)).as(Op::new);
    return op.list().ofMaxSize(40);
  }

  @Provide
  Arbitrary<PointsProgramme> programmes() {
    Arbitrary<ExpiryPolicy> expiry = Arbitraries.oneOf(
        Arbitraries.just(new ExpiryPolicy.Never()),
        Arbitraries.integers().between(1, 120).map(ExpiryPolicy.AfterDays::new),
        Arbitraries.integers().between(0, 1).map(ExpiryPolicy.EndOfYear::new),
        Arbitraries.integers().between(1, 90).map(ExpiryPolicy.AfterInactivity::new));
    return Combinators.combine(expiry, Arbitraries.integers().between(0, 20), Arbitraries.of(false, false, true))
        .as((e, pending, negative) -> PointsProgramme.custom("p").expiry(e).pendingDays(pending)
            .allowNegative(negative).build());
  }
}
