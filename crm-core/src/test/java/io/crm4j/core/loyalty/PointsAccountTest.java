package io.crm4j.core.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.json.Crm4jJson;
import io.crm4j.core.money.Money;
import io.crm4j.core.outcome.Outcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class PointsAccountTest {

  private static final CustomerId M = CustomerId.of("M-1");

  private static Instant t(String day) {
    return Instant.parse(day + "T12:00:00Z");
  }

  private static PointsAccount applied(Outcome<PointsAccount> o) {
    assertThat(o.applied()).as("%s", o).isTrue();
    return o.orElseThrow();
  }

  @Test
  void accrue_foreignCurrencySpend_earnsNothingAndKeepsTheSpend() {
    // regression: the USD purchase threw CurrencyMismatchException from the cumulative spend
    PointsProgramme p = PointsProgramme.custom("p").rule(new AccrualRule.PerCurrencyUnit(Money.of("1", "EUR"), 1))
        .rule(new AccrualRule.PerMonthOfTenure(2)).build();
    PointsAccount a = applied(PointsAccount.open(M, p).accrue(p, AccrualBasis.purchase(Money.of("10", "EUR"),
        t("2026-01-01"), "A-1")));
    assertThat(a.accrue(p, AccrualBasis.purchase(Money.of("50", "USD"), t("2026-01-02"), "A-2")))
        .isInstanceOfSatisfying(Outcome.Rejected.class,
            r -> assertThat(r.message()).isEqualTo("the basis A-2 earns no points"));
    // a bill in USD still earns its month of tenure (2 points), not its spend
    a = applied(a.accrue(p, AccrualBasis.monthlyBill(Money.of("50", "USD"), t("2026-01-03"), "B-1")));
    assertThat(a.balance()).isEqualTo(12);
    assertThat(a.cumulativeSpend()).isEqualTo(Money.of("10", "EUR"));
    assertThat(p.spendCurrency()).contains(Currency.getInstance("EUR"));
  }

  @Test
  void refund_takesBackWhatTheRestNoLongerEarns() {
    PointsProgramme p = PointsProgramme.custom("p").rule(new AccrualRule.PerCurrencyUnit(Money.of("10", "EUR"), 1))
        .clubThreshold(Money.of("100", "EUR")).build();
    AccrualBasis bought = AccrualBasis.purchase(Money.of("125", "EUR"), t("2026-01-01"), "A-1");
    PointsAccount a = applied(PointsAccount.open(M, p).accrue(p, bought));
    a = applied(a.redeem(p, 10, "gift", t("2026-01-02")));
    assertThat(a.balance()).isEqualTo(2);
    // EUR 125 earned 12 points; after EUR 20 back, EUR 105 earns 10: 2 go back
    PointsAccount a1 = applied(a.refund(p, bought, Money.zero("EUR"), Money.of("20", "EUR"), "R-1", t("2026-01-03")));
    assertThat(a1.entries().get(2)).satisfies(e -> {
      assertThat(e.type()).isEqualTo(LedgerEntry.Type.REVERSAL);
      assertThat(e.points()).isEqualTo(-2);
      assertThat(e.relatesTo()).isEqualTo(1L);
    });
    assertThat(a1.cumulativeSpend()).isEqualTo(Money.of("105", "EUR"));
    assertThat(a1.clubMemberOn(t("2026-01-03"))).isTrue();
    // the rest (EUR 105) would take back 10 more, but only 0 are held and the balance may not go negative
    PointsAccount rest = applied(a1.refund(p, bought, Money.of("20", "EUR"), Money.of("105", "EUR"), "R-2",
        t("2026-01-04")));
    assertThat(rest.balance()).isZero();
    assertThat(rest.entries()).hasSize(3);
    assertThat(rest.cumulativeSpend()).isEqualTo(Money.of("0", "EUR"));
    assertThat(rest.clubSince()).isNull();
    // with a negative balance allowed, all 10 go back
    PointsProgramme negative = PointsProgramme.from(p).allowNegative(true).build();
    assertThat(applied(a1.refund(negative, bought, Money.of("20", "EUR"), Money.of("105", "EUR"), "R-2",
        t("2026-01-04"))).balance()).isEqualTo(-10);
    assertThatThrownBy(() -> a1.refund(p, bought, Money.of("20", "EUR"), Money.of("106", "EUR"), "R-3",
        t("2026-01-04"))).hasMessage("refunds must be > 0 and add up to at most the purchase's EUR 125.00, but were "
            + "EUR 20.00 before and EUR 106.00 now");
  }

  @Test
  void refund_ofAPurchaseThatEarnedNothing_changesNothing() {
    PointsProgramme p = PointsProgramme.custom("p").rule(new AccrualRule.PerCurrencyUnit(Money.of("1", "EUR"), 1))
        .build();
    AccrualBasis dollars = AccrualBasis.purchase(Money.of("30", "USD"), t("2026-01-01"), "A-1");
    assertThat(PointsAccount.open(M, p).refund(p, dollars, Money.zero("USD"), Money.of("30", "USD"), "R-1",
        t("2026-01-02"))).isInstanceOfSatisfying(Outcome.Rejected.class,
            r -> assertThat(r.message()).isEqualTo("the refund R-1 takes back nothing"));
  }

  @Test
  void redeem_usesThePointsThatExpireFirst() {
    PointsProgramme p = PointsProgramme.custom("p").expiry(new ExpiryPolicy.AfterDays(100)).build();
    PointsAccount a = PointsAccount.open(M, p);
    a = applied(a.accrue(p, 50, "old", t("2026-01-01")));   // expires 2026-04-11
    a = applied(a.accrue(p, 70, "new", t("2026-02-01")));   // expires 2026-05-12
    a = applied(a.redeem(p, 60, "gift", t("2026-03-01")));  // 50 from the old lot, 10 from the new
    assertThat(a.lots()).singleElement().satisfies(l -> {
      assertThat(l.accrualSeq()).isEqualTo(2);
      assertThat(l.remaining()).isEqualTo(60);
    });
    // 2026-02-01 + 100 days = 2026-05-12: the remaining 60 expire then, booked at that instant
    a = applied(a.expire(p, t("2026-06-01")));
    LedgerEntry last = a.entries().get(a.entries().size() - 1);
    assertThat(last.type()).isEqualTo(LedgerEntry.Type.EXPIRY);
    assertThat(last.points()).isEqualTo(-60);
    assertThat(last.at()).isEqualTo(t("2026-05-12"));
    assertThat(a.balance()).isZero();
    assertThat(a.expire(p, t("2026-06-02"))).isInstanceOf(Outcome.Rejected.class);
  }

  @Test
  void redeem_pendingPoints_areLockedUntilAvailable() {
    PointsProgramme p = PointsProgramme.custom("p").pendingDays(14).build();
    PointsAccount a = applied(PointsAccount.open(M, p).accrue(p, 100, "order", t("2026-01-01")));
    assertThat(a.pending(t("2026-01-14"))).isEqualTo(100);
    assertThat(a.available(t("2026-01-14"))).isZero();
    assertThat(a.redeem(p, 10, "early", t("2026-01-14"))).isInstanceOfSatisfying(Outcome.Rejected.class,
        r -> assertThat(r.message()).isEqualTo("redeeming 10 needs that many available points, but 0 are available"));
    assertThat(a.available(t("2026-01-15"))).isEqualTo(100);
    a = applied(a.redeem(p, 10, "on time", t("2026-01-15")));
    assertThat(a.balance()).isEqualTo(90);
  }

  @Test
  void expire_inactivityModel_expiresEverythingAfterTheQuietSpan() {
    PointsProgramme p = PointsProgramme.custom("p").expiry(new ExpiryPolicy.AfterInactivity(30)).build();
    PointsAccount a = PointsAccount.open(M, p);
    a = applied(a.accrue(p, 40, "a", t("2026-01-01")));
    a = applied(a.accrue(p, 60, "b", t("2026-01-20")));  // activity resets the span
    assertThat(a.expire(p, t("2026-02-18"))).isInstanceOf(Outcome.Rejected.class);
    // 2026-01-20 + 30 days = 2026-02-19
    a = applied(a.expire(p, t("2026-02-19")));
    assertThat(a.balance()).isZero();
    assertThat(a.entries()).extracting(LedgerEntry::points).containsExactly(40L, 60L, -40L, -60L);
  }

  @Test
  void reverse_takesTheReturnedOrdersLotFirstAndRejectsBelowZero() {
    PointsProgramme p = PointsProgramme.custom("p").build();
    PointsAccount a = PointsAccount.open(M, p);
    a = applied(a.accrue(p, 30, "order-1", t("2026-01-01")));
    a = applied(a.accrue(p, 20, "order-2", t("2026-01-02")));
    a = applied(a.reverse(p, 2, 15, "returned part of order-2", t("2026-01-03")));
    assertThat(a.lots()).extracting(PointsLot::accrualSeq, PointsLot::remaining)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 30L), org.assertj.core.groups.Tuple.tuple(2L, 5L));
    a = applied(a.redeem(p, 30, "gift", t("2026-01-04")));
    // 5 points held; reversing the rest of order-1 (30) would go below zero
    PointsAccount held = a;
    assertThat(a.reverse(p, 1, 30, "returned order-1", t("2026-01-05"))).isInstanceOf(Outcome.Rejected.class);
    assertThatThrownBy(() -> held.reverse(p, 2, 6, "too much", t("2026-01-05")))
        .hasMessage("points must be <= 5 still reversible on line 2, but was 6");
    assertThatThrownBy(() -> held.reverse(p, 4, 1, "not an accrual", t("2026-01-05")))
        .hasMessageContaining("accrualSeq must name an accrual line");
  }

  @Test
  void redeem_negativeAllowed_runsADebtThatLaterAccrualsRepay() {
    PointsProgramme p = PointsProgramme.custom("p").allowNegative(true).build();
    PointsAccount a = applied(PointsAccount.open(M, p).accrue(p, 10, "a", t("2026-01-01")));
    a = applied(a.redeem(p, 25, "advance", t("2026-01-02")));
    assertThat(a.balance()).isEqualTo(-15);
    assertThat(a.lots()).isEmpty();
    assertThat(a.available(t("2026-01-02"))).isZero();
    a = applied(a.accrue(p, 20, "b", t("2026-01-03")));
    // -15 + 20 = 5, all held in the new lot
    assertThat(a.balance()).isEqualTo(5);
    assertThat(a.lots()).singleElement().satisfies(l -> assertThat(l.remaining()).isEqualTo(5));
  }

  @Test
  void forfeitAll_takesPendingPointsToo() {
    PointsProgramme p = PointsProgramme.custom("p").pendingDays(30).build();
    PointsAccount a = applied(PointsAccount.open(M, p).accrue(p, 10, "a", t("2026-01-01")));
    a = applied(a.forfeitAll(p, "fraud", t("2026-01-02")));
    assertThat(a.balance()).isZero();
    assertThat(a.entries().get(1).type()).isEqualTo(LedgerEntry.Type.FORFEIT);
  }

  @Test
  void accrue_basis_earnsByRulesAndCampaigns() {
    PointsProgramme p = PointsProgramme.custom("p")
        .rule(new AccrualRule.PerCurrencyUnit(Money.of("10", "CNY"), 1))
        .campaign(new Campaign("double week", t("2026-01-01"), t("2026-01-08"), new BigDecimal("2"), 5))
        .build();
    PointsAccount a = PointsAccount.open(M, p);
    // floor(99 / 10) = 9, doubled = 18, plus 5 = 23
    a = applied(a.accrue(p, AccrualBasis.purchase(Money.of("99", "CNY"), t("2026-01-02"), "o-1")));
    assertThat(a.balance()).isEqualTo(23);
    // after the campaign: 9
    a = applied(a.accrue(p, AccrualBasis.purchase(Money.of("99", "CNY"), t("2026-01-08"), "o-2")));
    assertThat(a.balance()).isEqualTo(32);
    assertThat(a.qualifyingPoints(t("2026-01-01"), t("2026-01-08"))).isEqualTo(23);
    assertThat(a.accrue(p, new AccrualBasis(null, 0, t("2026-01-09"), "nothing")))
        .isInstanceOf(Outcome.Rejected.class);
  }

  @Test
  void operations_badInput_areRefused() {
    PointsProgramme p = PointsProgramme.custom("p").build();
    PointsAccount a = applied(PointsAccount.open(M, p).accrue(p, 10, "a", t("2026-01-02")));
    assertThatThrownBy(() -> a.accrue(p, 0, "zero", t("2026-01-03"))).hasMessage("points must be > 0, but was 0");
    assertThatThrownBy(() -> a.redeem(p, -1, "neg", t("2026-01-03"))).hasMessage("points must be > 0, but was -1");
    assertThatThrownBy(() -> a.accrue(p, 1, "late", t("2026-01-01")))
        .hasMessageContaining("at must not be before the last ledger line");
    PointsProgramme other = PointsProgramme.custom("other").build();
    assertThatThrownBy(() -> a.accrue(other, 1, "x", t("2026-01-03")))
        .hasMessage("programme must be 'p', but was 'other'");
    assertThatThrownBy(() -> new PointsAccount(M, 0, "p", java.util.List.of(
        new LedgerEntry(2, t("2026-01-01"), LedgerEntry.Type.ACCRUAL, 1, "x", null, null, null)),
        java.util.List.of(), 1, null, null, null)).hasMessageContaining("entries must be numbered");
  }

  @Test
  void json_roundTrips() {
    PointsProgramme p = PointsProgramme.custom("p").expiry(new ExpiryPolicy.EndOfMonth(1)).pendingDays(3)
        .clubThreshold(Money.of("1", "EUR")).build();
    PointsAccount a = applied(PointsAccount.open(M, p)
        .accrue(p, AccrualBasis.purchase(Money.of("5", "EUR"), t("2026-01-01"), "o")));
    a = applied(a.accrue(p, 7, "bonus", t("2026-01-02")));
    assertThat(Crm4jJson.read(Crm4jJson.write(a), PointsAccount.class)).isEqualTo(a);
  }
}
