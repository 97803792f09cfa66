package io.crm4j.core.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.testing.PointsOps;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of the points ledger under random sequences of accruals, redemptions, reversals,
 * expiries and forfeitures, for every expiry model, with and without a pending period.
 */
class PointsLedgerProperties {

  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  /** One random operation: what, how many points, which accrual (as a fraction of the accruals so far), how long after the previous one. */
  record Op(int kind, long points, double pick, int hoursLater) {}

  @Property(tries = 300)
  void randomOperations_keepBalanceNonNegativeAndEqualToTheLedgerSum(@ForAll("programmes") PointsProgramme p,
      @ForAll("ops") List<Op> ops) {
    PointsAccount account = PointsAccount.open(CustomerId.of("M-1"), p);
    Instant at = START;
    for (Op op : ops) {
      at = at.plus(Duration.ofHours(op.hoursLater()));
      PointsAccount before = account;
      Outcome<PointsAccount> o = apply(account, p, op, at);
      if (o instanceof Outcome.Applied<PointsAccount> a) {
        account = a.value();
      }
      assertThat(account.entries().subList(0, before.entries().size())).isEqualTo(before.entries());
      long sum = account.entries().stream().mapToLong(LedgerEntry::points).sum();
      assertThat(account.balance()).isEqualTo(sum);
      if (!p.allowNegative()) {
        assertThat(account.balance()).isGreaterThanOrEqualTo(0);
      }
      if (account.balance() >= 0) {
        assertThat(account.lots().stream().mapToLong(PointsLot::remaining).sum()).isEqualTo(account.balance());
      } else {
        assertThat(account.lots()).isEmpty();
      }
      assertThat(account.available(at)).isBetween(0L, Math.max(0, account.balance()));
    }
  }

  private static Outcome<PointsAccount> apply(PointsAccount a, PointsProgramme p, Op op, Instant at) {
    return PointsOps.apply(a, p, op.kind(), op.points(), op.pick(), at);
  }

  @Provide
  Arbitrary<List<Op>> ops() {
    Arbitrary<Op> op = Combinators.combine(
        Arbitraries.integers().between(0, 5).edgeCases(e -> e.includeOnly(0, 2)),
        Arbitraries.longs().between(1, 400),
        Arbitraries.doubles().between(0, 0.999).ofScale(3),
        Arbitraries.integers().between(0, 24 * 60)).as(Op::new);
    return op.list().ofMaxSize(60);
  }

  @Provide
  Arbitrary<PointsProgramme> programmes() {
    Arbitrary<ExpiryPolicy> expiry = Arbitraries.oneOf(
        Arbitraries.just(new ExpiryPolicy.Never()),
        Arbitraries.integers().between(1, 120).map(ExpiryPolicy.AfterDays::new),
        Arbitraries.integers().between(0, 2).map(ExpiryPolicy.EndOfMonth::new),
        Arbitraries.integers().between(0, 1).map(ExpiryPolicy.EndOfYear::new),
        Arbitraries.integers().between(1, 90).map(ExpiryPolicy.AfterInactivity::new));
    return Combinators.combine(expiry, Arbitraries.integers().between(0, 20), Arbitraries.of(false, false, true))
        .as((e, pending, negative) -> PointsProgramme.custom("p").expiry(e).pendingDays(pending)
            .allowNegative(negative).build());
  }
}
