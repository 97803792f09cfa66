package io.crm4j.core.spi;

import static io.crm4j.core.testing.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.loyalty.AccrualBasis;
import io.crm4j.core.loyalty.AccrualRule;
import io.crm4j.core.loyalty.ExpiryPolicy;
import io.crm4j.core.loyalty.LadderCriteria;
import io.crm4j.core.loyalty.LadderService;
import io.crm4j.core.loyalty.LedgerEntry;
import io.crm4j.core.loyalty.LoyaltyEvent;
import io.crm4j.core.loyalty.LoyaltyLadder;
import io.crm4j.core.loyalty.LoyaltyStorage;
import io.crm4j.core.loyalty.PointsAccount;
import io.crm4j.core.loyalty.PointsProgramme;
import io.crm4j.core.loyalty.PointsService;
import io.crm4j.core.loyalty.TierMeasure;
import io.crm4j.core.loyalty.TierProgramme;
import io.crm4j.core.loyalty.TierConfig;
import io.crm4j.core.loyalty.TierService;
import io.crm4j.core.money.Money;
import io.crm4j.core.outcome.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The storage contract for points accounts, ladder and tier memberships. */
public interface LoyaltyStoreContract extends StoreFixture {

  PointsProgramme SHOP = PointsProgramme.custom("shop")
      .rule(new AccrualRule.PerCurrencyUnit(Money.of("1", "EUR"), 1))
      .expiry(new ExpiryPolicy.EndOfYear(1))
      .pendingDays(14)
      .build();

  @Test
  default void pointsAccount_roundTripsAndTheLedgerOnlyGrows() {
    try (Store store = newStore()) {
      PointsService points = PointsService.of(store, CLOCK, SHOP);
      CustomerId m = CustomerId.of("M-1");
      List<DomainEvent> seen = new CopyOnWriteArrayList<>();
      store.events().subscribe(seen::add);
      points.accrue(m, AccrualBasis.purchase(Money.of("120.50", "EUR"), CLOCK.instant(), "order-1"));
      PointsAccount afterOne = points.find(m).orElseThrow();
      points.accrue(m, 30, "welcome bonus");
      Outcome<PointsAccount> reversed = points.reverse(m, 1, 20, "returned a shirt");
      assertThat(reversed.applied()).isTrue();
      // pending for 14 days: nothing may be redeemed yet
      assertThat(points.redeem(m, 1, "coffee")).isInstanceOf(Outcome.Rejected.class);

      PointsAccount stored = points.find(m).orElseThrow();
      assertThat(stored).isEqualTo(reversed.orElseThrow());
      assertThat(stored.version()).isEqualTo(3);
      assertThat(stored.entries().get(0)).isEqualTo(afterOne.entries().get(0));
      // 120 (floor of 120.50 per EUR 1) + 30 - 20 = 130
      assertThat(stored.entries()).extracting(LedgerEntry::points).containsExactly(120L, 30L, -20L);
      assertThat(stored.balance()).isEqualTo(130);
      assertThat(stored.cumulativeSpend()).isEqualTo(Money.of("120.50", "EUR"));
      assertThat(seen).filteredOn(e -> e instanceof LoyaltyEvent.PointsPosted).hasSize(3);
    }
  }

  /**
   * The telecom preset through the points service: tenure counted from the activation date
   * (2021-03-15), stored and read back, and the next month's discount from the stored ledger.
   * Whole months in the network: 58 on 2026-01-31, 59 on 2026-02-28 (counted by hand).
   */
  @Test
  default void settleBill_tenureFromActivation_isStoredAndSetsNextMonthsDiscount() {
    try (Store store = newStore()) {
      PointsProgramme telecom = PointsProgramme.from(PointsProgramme.telecom(Money.of("10", "CNY")))
          .discounts(new io.crm4j.core.loyalty.DiscountSchedule(List.of(
              new io.crm4j.core.loyalty.DiscountSchedule.Step(50, io.crm4j.core.money.Percentage.of("8")))))
          .build();
      io.crm4j.core.pipeline.TestClock clock = new io.crm4j.core.pipeline.TestClock(
          java.time.Instant.parse("2026-01-31T12:00:00Z"));
      PointsService points = PointsService.of(store, clock, telecom);
      CustomerId m = CustomerId.of("M-138");
      java.time.LocalDate activated = java.time.LocalDate.parse("2021-03-15");
      assertThat(points.settleBill(m, Money.of("128.00", "CNY"), true, activated, "2026-01").applied()).isTrue();
      clock.set(java.time.Instant.parse("2026-02-28T12:00:00Z"));
      assertThat(points.settleBill(m, Money.of("95.50", "CNY"), true, activated, "2026-02").applied()).isTrue();

      PointsAccount stored = points.find(m).orElseThrow();
      // 58 + floor(12.8) = 70, then 1 + floor(9.55) = 10
      assertThat(stored.entries()).extracting(LedgerEntry::reference, LedgerEntry::points).containsExactly(
          org.assertj.core.groups.Tuple.tuple("tenure: 58 months in the network", 58L),
          org.assertj.core.groups.Tuple.tuple("2026-01", 12L),
          org.assertj.core.groups.Tuple.tuple("tenure: 59 months in the network", 1L),
          org.assertj.core.groups.Tuple.tuple("2026-02", 9L));
      assertThat(stored.balance()).isEqualTo(80);
      assertThat(stored.cumulativeSpend()).isEqualTo(Money.of("223.50", "CNY"));
      assertThat(telecom.nextMonthDiscount(stored, java.time.YearMonth.of(2026, 1)))
          .isEqualTo(io.crm4j.core.money.Percentage.of("8"));
    }
  }

  @Test
  default void accrue_eightThreadsOnOneMember_loseNothing() throws Exception {
    try (Store store = newStore()) {
      PointsService points = PointsService.of(store, CLOCK, SHOP).withAttempts(10_000);
      CustomerId m = CustomerId.of("M-8");
      int threads = 8;
      int perThread = 12;
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Long>> accepted = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        accepted.add(pool.submit(() -> {
          go.await();
          long sum = 0;
          for (int i = 0; i < perThread; i++) {
            long p = 1 + thread * 100L + i;
            if (points.accrue(m, p, "t" + thread + "-" + i).applied()) {
              sum += p;
            }
          }
          return sum;
        }));
      }
      go.countDown();
      long expected = 0;
      for (Future<Long> f : accepted) {
        expected += f.get(120, TimeUnit.SECONDS);
      }
      pool.shutdown();
      // every accrual is accepted: the sum over t = 0..7 and i = 0..11 of (1 + 100 t + i)
      // = 12 * 8 + 100 * 12 * (0 + ... + 7) + 8 * (0 + ... + 11) = 96 + 33 600 + 528 = 34 224
      assertThat(expected).isEqualTo(34_224);
      PointsAccount account = points.find(m).orElseThrow();
      assertThat(account.balance()).isEqualTo(expected);
      assertThat(account.entries()).hasSize(threads * perThread);
      assertThat(account.entries().stream().mapToLong(LedgerEntry::points).sum()).isEqualTo(expected);
      assertThat(account.version()).isEqualTo(threads * perThread);
    }
  }

  @Test
  default void ladderAndTierMemberships_roundTripWithManualHolds() {
    try (Store store = newStore()) {
      CustomerId c = CustomerId.of("C-9");
      LadderService ladder = LadderService.of(store, CLOCK, LoyaltyLadder.payne(LadderCriteria.ofDefaults()));
      assertThat(ladder.setByHand(c, "PARTNER", "signed a partnership").applied()).isTrue();
      assertThat(ladder.find(c).orElseThrow().rung()).isEqualTo("PARTNER");
      assertThat(ladder.find(c).orElseThrow().manual()).isTrue();
      assertThat(ladder.release(c, "partnership ended").applied()).isTrue();
      assertThat(ladder.find(c).orElseThrow().manual()).isFalse();
      assertThat(ladder.find(c).orElseThrow().history()).hasSize(2);

      TierProgramme programme = TierProgramme.custom("club").tier("BLUE", 0).tier("GOLD", 500).build();
      TierService tiers = TierService.of(store, CLOCK, TierConfig.of(programme, TierMeasure.qualifyingPoints(store)));
      assertThat(tiers.setByHand(c, "GOLD", "goodwill after a complaint").applied()).isTrue();
      assertThat(tiers.find(c).orElseThrow().tier()).isEqualTo("GOLD");
      assertThat(tiers.release(c, "goodwill period over").applied()).isTrue();
      assertThat(tiers.release(c, "twice").applied()).isFalse();
      assertThat(tiers.find(c).orElseThrow().version()).isEqualTo(3);
    }
  }

  /** No pending days and no expiry: every accrual can be redeemed at once. */
  PointsProgramme PLAIN = PointsProgramme.custom("plain").expiry(new ExpiryPolicy.Never()).pendingDays(0).build();

  /**
   * A ledger of 300 lines written one change at a time reads back whole from a fresh read, and an
   * old accrual can be reversed by its line number from there (which reads the stored lines).
   */
  @Test
  default void pointsAccount_longLedger_readsBackWholeAndReversesAnOldAccrual() {
    try (Store store = newStore()) {
      PointsService points = PointsService.of(store, CLOCK, PLAIN);
      CustomerId m = CustomerId.of("M-300");
      List<LedgerEntry> booked = new ArrayList<>();
      for (int i = 0; i < 150; i++) {
        booked.addAll(points.accrue(m, 10 + i, "order-" + i).orElseThrow().entries().subList(2 * i, 2 * i + 1));
        booked.addAll(points.redeem(m, 5, "reward-" + i).orElseThrow().entries().subList(2 * i + 1, 2 * i + 2));
      }
      PointsAccount stored = points.find(m).orElseThrow();
      assertThat(stored.entries()).hasSize(300).containsExactlyElementsOf(booked);
      // sum of (10 + i) - 5 over i = 0..149: 150 * 5 + 149 * 150 / 2 = 750 + 11 175 = 11 925
      assertThat(stored.balance()).isEqualTo(11_925)
          .isEqualTo(stored.entries().stream().mapToLong(LedgerEntry::points).sum());
      assertThat(stored.version()).isEqualTo(300);

      PointsAccount reversed = points.reverse(m, 3, 11, "returned order-1").orElseThrow();
      assertThat(reversed.entries()).hasSize(301);
      assertThat(reversed.entries().get(300)).satisfies(e -> {
        assertThat(e.seq()).isEqualTo(301);
        assertThat(e.points()).isEqualTo(-11);
        assertThat(e.relatesTo()).isEqualTo(3L);
      });
      PointsAccount again = points.find(m).orElseThrow();
      assertThat(again.entries().subList(0, 300)).containsExactlyElementsOf(booked);
      assertThat(again.entries().get(300)).isEqualTo(reversed.entries().get(300));
      assertThat(again.balance()).isEqualTo(11_914);
      // line 3 (order-1, 11 points) is fully reversed now: nothing more may be taken back
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> points.reverse(m, 3, 1, "twice"))
          .hasMessage("points must be <= 0 still reversible on line 3, but was 1");
    }
  }

  /** A stale write and a unit of work that throws leave the stored ledger as it was, and the next write goes on from there. */
  @Test
  default void pointsAccount_staleOrFailedWrite_appendsNoLines() {
    try (Store store = newStore()) {
      Repository<CustomerId, PointsAccount> repo = store.repository(LoyaltyStorage.POINTS_ACCOUNTS);
      CustomerId m = CustomerId.of("M-2");
      PointsAccount first = repo.insert(PointsAccount.open(m, PLAIN).accrue(PLAIN, 7, "a", CLOCK.instant()).orElseThrow());
      repo.update(first.accrue(PLAIN, 8, "b", CLOCK.instant()).orElseThrow());
      PointsAccount stale = first.accrue(PLAIN, 9, "c", CLOCK.instant()).orElseThrow();
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> repo.update(stale))
          .isInstanceOf(StaleVersionException.class);
      PointsAccount current = repo.find(m).orElseThrow();
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.run(tx -> {
        tx.repository(LoyaltyStorage.POINTS_ACCOUNTS).update(current.accrue(PLAIN, 10, "d", CLOCK.instant()).orElseThrow());
        throw new IllegalStateException("the caller's step failed");
      })).hasMessage("the caller's step failed");
      PointsAccount read = repo.find(m).orElseThrow();
      assertThat(read.entries()).extracting(LedgerEntry::reference).containsExactly("a", "b");
      assertThat(read.version()).isEqualTo(2);
      PointsAccount next = repo.update(read.accrue(PLAIN, 11, "e", CLOCK.instant()).orElseThrow());
      assertThat(repo.find(m).orElseThrow().entries()).extracting(LedgerEntry::reference, LedgerEntry::seq)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("a", 1L), org.assertj.core.groups.Tuple.tuple("b", 2L),
              org.assertj.core.groups.Tuple.tuple("e", 3L));
      assertThat(next.balance()).isEqualTo(26);
    }
  }

  /**
   * Deleting an account drops its lines: a new account under the same member starts an empty
   * ledger. An account built by hand (not read from the store) replaces the stored lines with its own.
   */
  @Test
  default void pointsAccount_deletedOrBuiltByHand_replacesTheStoredLines() {
    try (Store store = newStore()) {
      Repository<CustomerId, PointsAccount> repo = store.repository(LoyaltyStorage.POINTS_ACCOUNTS);
      CustomerId m = CustomerId.of("M-3");
      PointsAccount a = PointsAccount.open(m, PLAIN);
      for (int i = 0; i < 5; i++) {
        a = a.accrue(PLAIN, 1 + i, "old-" + i, CLOCK.instant()).orElseThrow();
      }
      PointsAccount stored = repo.insert(a);
      assertThat(repo.delete(m, stored.version())).isTrue();
      repo.insert(PointsAccount.open(m, PLAIN).accrue(PLAIN, 40, "new", CLOCK.instant()).orElseThrow());
      PointsAccount read = repo.find(m).orElseThrow();
      assertThat(read.entries()).extracting(LedgerEntry::reference).containsExactly("new");

      PointsAccount byHand = new PointsAccount(m, read.version(), "plain", List.of(
          new LedgerEntry(1, CLOCK.instant(), LedgerEntry.Type.ACCRUAL, 3, "hand-1", CLOCK.instant(), null, null),
          new LedgerEntry(2, CLOCK.instant(), LedgerEntry.Type.ACCRUAL, 4, "hand-2", CLOCK.instant(), null, null)),
          List.of(), 7, CLOCK.instant(), null, null);
      repo.update(byHand);
      assertThat(repo.find(m).orElseThrow().entries()).extracting(LedgerEntry::reference)
          .containsExactly("hand-1", "hand-2");
      assertThat(repo.find(m).orElseThrow().accrue(PLAIN, 1, "after", CLOCK.instant()).orElseThrow().entries())
          .extracting(LedgerEntry::seq).containsExactly(1L, 2L, 3L);
    }
  }
}
