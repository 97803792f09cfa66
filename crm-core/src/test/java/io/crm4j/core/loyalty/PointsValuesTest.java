package io.crm4j.core.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.money.Money;
import io.crm4j.core.money.Percentage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The points programme's small values: entries, lots, bases, rules, campaigns, discounts, the programme. */
class PointsValuesTest {

  private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void ledgerEntry_signMustMatchType() {
    assertThatThrownBy(() -> new LedgerEntry(1, AT, LedgerEntry.Type.ACCRUAL, 0, "x", null, null, null))
        .hasMessage("points must be > 0 for ACCRUAL, but was 0");
    assertThatThrownBy(() -> new LedgerEntry(1, AT, LedgerEntry.Type.REDEMPTION, 5, "x", null, null, null))
        .hasMessage("points must be < 0 for REDEMPTION, but was 5");
    assertThatThrownBy(() -> new LedgerEntry(0, AT, LedgerEntry.Type.EXPIRY, -1, "x", null, null, null))
        .hasMessage("seq must be >= 1, but was 0");
  }

  @Test
  void pointsLot_remainingMustBePositive() {
    assertThatThrownBy(() -> new PointsLot(1, 0, AT, null)).hasMessage("remaining must be > 0, but was 0");
    assertThat(new PointsLot(1, 3, AT, null).availableOn(AT)).isTrue();
    assertThat(new PointsLot(1, 3, AT, null).availableOn(AT.minusNanos(1))).isFalse();
  }

  @Test
  void accrualBasis_invalid_isRefused() {
    assertThatThrownBy(() -> new AccrualBasis(Money.of("-1", "EUR"), 0, AT, "r"))
        .hasMessage("spend must be >= 0, but was EUR -1.00");
    assertThatThrownBy(() -> new AccrualBasis(null, -1, AT, "r")).hasMessage("tenureMonths must be >= 0, but was -1");
    assertThat(AccrualBasis.monthlyBill(Money.of("1", "EUR"), AT, "b").tenureMonths()).isEqualTo(1);
  }

  @Test
  void accrualRules_pointsFor() {
    AccrualRule perTen = new AccrualRule.PerCurrencyUnit(Money.of("10", "CNY"), 1);
    assertThat(perTen.pointsFor(AccrualBasis.purchase(Money.of("129.99", "CNY"), AT, "o"))).isEqualTo(12);
    assertThat(perTen.pointsFor(AccrualBasis.purchase(Money.of("129.99", "EUR"), AT, "o"))).isZero();
    assertThat(new AccrualRule.PerMonthOfTenure(2).pointsFor(new AccrualBasis(null, 3, AT, "t"))).isEqualTo(6);
    assertThatThrownBy(() -> new AccrualRule.PerCurrencyUnit(Money.of("0", "CNY"), 1))
        .hasMessageContaining("unit must be > 0");
    assertThatThrownBy(() -> new AccrualRule.PerCurrencyUnit(Money.of("1", "CNY"), 0))
        .hasMessage("points must be > 0, but was 0");
    assertThatThrownBy(() -> new AccrualRule.PerMonthOfTenure(0)).hasMessage("points must be > 0, but was 0");
  }

  @Test
  void campaign_appliesOnlyInsideItsSpan() {
    Campaign c = new Campaign("spring", AT, AT.plusSeconds(10), new BigDecimal("1.5"), 2);
    // floor(7 * 1.5) + 2 = 10 + 2 = 12
    assertThat(c.apply(7, AT)).isEqualTo(12);
    assertThat(c.apply(7, AT.plusSeconds(10))).isEqualTo(7);
    assertThat(c.apply(0, AT)).isZero();
    assertThatThrownBy(() -> new Campaign("x", AT, AT, BigDecimal.ONE, 0)).hasMessageContaining("to must be after from");
    assertThatThrownBy(() -> new Campaign("x", AT, AT.plusSeconds(1), new BigDecimal("0.5"), 0))
        .hasMessage("multiplier must be >= 1, but was 0.5");
    assertThatThrownBy(() -> new Campaign("x", AT, AT.plusSeconds(1), BigDecimal.ONE, -1))
        .hasMessage("bonusPoints must be >= 0, but was -1");
  }

  @Test
  void discountSchedule_picksTheHighestReachedStep() {
    DiscountSchedule d = new DiscountSchedule(List.of(new DiscountSchedule.Step(100, Percentage.of("5")),
        new DiscountSchedule.Step(10, Percentage.of("1"))));
    assertThat(d.discountFor(9)).isEqualTo(Percentage.ZERO);
    assertThat(d.discountFor(10)).isEqualTo(Percentage.of("1"));
    assertThat(d.discountFor(1000)).isEqualTo(Percentage.of("5"));
    assertThatThrownBy(() -> new DiscountSchedule(List.of(new DiscountSchedule.Step(10, Percentage.of("5")),
        new DiscountSchedule.Step(20, Percentage.of("1"))))).hasMessageContaining("never fall in discount");
    assertThatThrownBy(() -> new DiscountSchedule.Step(0, Percentage.of("1"))).hasMessage("minPoints must be > 0, but was 0");
  }

  @Test
  void pointsProgramme_builderChecksAtOnce() {
    assertThatThrownBy(() -> PointsProgramme.custom(" ")).hasMessageContaining("name must not be blank");
    assertThatThrownBy(() -> PointsProgramme.custom("p").pendingDays(-1)).hasMessage("pendingDays must be >= 0, but was -1");
    assertThatThrownBy(() -> PointsProgramme.custom("p").clubThreshold(Money.of("0", "EUR")))
        .hasMessageContaining("clubThreshold must be > 0");
    PointsProgramme telecom = PointsProgramme.telecom(Money.of("10", "CNY"));
    assertThat(telecom.rules()).hasSize(2);
    assertThat(telecom.expiry()).isEqualTo(new ExpiryPolicy.Never());
    assertThat(telecom.allowNegative()).isFalse();
    // 1 month + floor(128 / 10) = 13
    assertThat(telecom.pointsFor(AccrualBasis.monthlyBill(Money.of("128", "CNY"), AT, "b"))).isEqualTo(13);
    PointsProgramme copy = PointsProgramme.from(telecom).allowNegative(true).build();
    assertThat(copy.allowNegative()).isTrue();
    assertThat(copy.rules()).isEqualTo(telecom.rules());
    assertThat(copy.clubThreshold()).isEmpty();
    assertThat(copy.discounts()).isEmpty();
  }
}
