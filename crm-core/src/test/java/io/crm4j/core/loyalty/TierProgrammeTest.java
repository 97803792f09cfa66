package io.crm4j.core.loyalty;

import static io.crm4j.core.testing.Fixtures.CLOCK;
import static io.crm4j.core.testing.Fixtures.T0;
import static io.crm4j.core.testing.Fixtures.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.lifecycle.CustomerFacts;
import io.crm4j.core.lifecycle.CustomerSignals;
import io.crm4j.core.lifecycle.FactSource;
import io.crm4j.core.lifecycle.ScheduledEvaluation;
import io.crm4j.core.service.CustomerService;
import io.crm4j.core.store.memory.InMemoryStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tier programmes, their measures and the tier service. */
class TierProgrammeTest {

  private static final TierProgramme P = TierProgramme.custom("club").tier("BLUE", 0).tier("SILVER", 100)
      .tier("GOLD", new BigDecimal("500.5")).periodMonths(6).build();

  @Test
  void qualifiedIndex_highestThresholdReached() {
    assertThat(P.qualifiedIndex(new BigDecimal("99.99"))).isZero();
    assertThat(P.qualifiedIndex(new BigDecimal("100"))).isEqualTo(1);
    assertThat(P.qualifiedIndex(new BigDecimal("500.5"))).isEqualTo(2);
    assertThat(P.indexOf("GOLD")).isEqualTo(2);
    assertThatThrownBy(() -> P.indexOf("RED")).hasMessage("tier must be one of programme 'club', but was 'RED'");
  }

  @Test
  void periodOf_calendarHalfYears() {
    Instant joined = Instant.parse("2026-03-10T00:00:00Z");
    assertThat(P.periodOf(Instant.parse("2026-05-01T00:00:00Z"), joined)).isEqualTo(new TierProgramme.Period(
        Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-07-01T00:00:00Z")));
    assertThat(P.periodOf(Instant.parse("2026-07-01T00:00:00Z"), joined).start())
        .isEqualTo(Instant.parse("2026-07-01T00:00:00Z"));
    assertThat(P.previous(P.periodOf(Instant.parse("2026-07-01T00:00:00Z"), joined)).start())
        .isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    TierProgramme shanghai = TierProgramme.from(P).periodMonths(12).zone(ZoneId.of("Asia/Shanghai")).build();
    // 2026-12-31T17:00Z is already 2027-01-01 01:00 in Shanghai (UTC+8)
    assertThat(shanghai.periodOf(Instant.parse("2026-12-31T17:00:00Z"), joined).start())
        .isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
  }

  @Test
  void periodOf_rolling_isTheMonthsEndingAtTheInstant() {
    TierProgramme rolling = TierProgramme.from(P).window(TierProgramme.Window.ROLLING).periodMonths(12).build();
    Instant at = Instant.parse("2027-03-15T12:00:00Z");
    TierProgramme.Period w = rolling.periodOf(at, Instant.parse("2020-01-01T00:00:00Z"));
    // (2026-03-15T12:00Z, 2027-03-15T12:00Z] as a half-open [start, end)
    assertThat(w).isEqualTo(new TierProgramme.Period(Instant.parse("2026-03-15T12:00:00.000000001Z"),
        Instant.parse("2027-03-15T12:00:00.000000001Z")));
    assertThat(rolling.previous(w).end()).isEqualTo(w.start());
    // months count in the zone: one month before 2026-03-31 is 2026-02-28 (no 31 February)
    TierProgramme monthly = TierProgramme.from(rolling).periodMonths(1).build();
    assertThat(monthly.periodOf(Instant.parse("2026-03-31T00:00:00Z"), at).start())
        .isEqualTo(Instant.parse("2026-02-28T00:00:00.000000001Z"));
    assertThat(TierProgramme.from(P).window(TierProgramme.Window.ROLLING).periodMonths(5).build().periodMonths())
        .as("any length for rolling windows").isEqualTo(5);
  }

  @Test
  void builder_invalid_isRefused() {
    assertThatThrownBy(() -> TierProgramme.custom("x").tier("A", 5)).hasMessage("threshold of the first tier must be 0, but was 5");
    assertThatThrownBy(() -> TierProgramme.custom("x").tier("A", 0).tier("B", 0)).hasMessage("threshold must rise above 0, but was 0");
    assertThatThrownBy(() -> TierProgramme.custom("x").tier("A", 0).tier("A", 3))
        .hasMessage("tier names must be distinct, but 'A' repeats");
    assertThatThrownBy(() -> TierProgramme.custom("x").tier("A", 0).build()).hasMessage("tiers must hold at least two tiers, but held 1");
    assertThatThrownBy(() -> TierProgramme.custom("x").tier("A", 0).tier("B", 1).periodMonths(5).build())
        .hasMessage("periodMonths must divide 12 for calendar windows, but was 5");
    assertThatThrownBy(() -> TierProgramme.custom("x").periodMonths(0)).hasMessage("periodMonths must be in [1, 120], but was 0");
    assertThatThrownBy(() -> TierProgramme.custom("x").graceDays(-1)).hasMessage("graceDays must be >= 0, but was -1");
    assertThatThrownBy(() -> new TierProgramme.Tier("A", new BigDecimal("-1"))).hasMessage("threshold must be >= 0, but was -1");
    assertThat(TierProgramme.custom("x").tier("A", 0).tier("B", 1).periodMonths(5)
        .window(TierProgramme.Window.ANNIVERSARY).build().periodMonths()).isEqualTo(5);
  }

  @Test
  void measures_pointsAndScore() {
    try (InMemoryStore store = InMemoryStore.create()) {
      CustomerId c = CustomerId.of("C-1");
      PointsProgramme shop = PointsProgramme.custom("shop").build();
      PointsService points = PointsService.of(store, CLOCK, shop);
      points.accrue(c, 120, "order");
      points.redeem(c, 50, "gift");
      CustomerFacts facts = CustomerFacts.of(c, T0, List.of());
      // redemptions do not lower qualifying points: 120
      assertThat(TierMeasure.qualifyingPoints(store).measure(facts, T0, T0.plusSeconds(1))).isEqualByComparingTo("120");
      assertThat(TierMeasure.qualifyingPoints(store).measure(CustomerFacts.of(CustomerId.of("C-2"), T0, List.of()),
          T0, T0.plusSeconds(1))).isEqualByComparingTo("0");
      assertThat(TierMeasure.score((id, at) -> 612.5).measure(facts, T0, T0)).isEqualByComparingTo("612.5");
      assertThat(TierMeasure.score((id, at) -> -3).measure(facts, T0, T0)).isEqualByComparingTo("0");
      assertThatThrownBy(() -> TierMeasure.score((id, at) -> Double.NaN).measure(facts, T0, T0))
          .hasMessage("score must be a finite number, but was NaN for C-1");
    }
  }

  @Test
  void tierService_scoreTiersDuringEvaluationAndManualOverride() {
    try (InMemoryStore store = InMemoryStore.create()) {
      CustomerService.of(store, CLOCK).register(customer("C-1"));
      TierService tiers = TierService.of(store, CLOCK, TierConfig.of(P, TierMeasure.score((id, at) -> 250)));
      ScheduledEvaluation e = ScheduledEvaluation.of(store,
          FactSource.fromActivities(store.activities(), CustomerSignals.none()), List.of(tiers));
      assertThat(e.evaluateAll(T0).count("tier BLUE -> SILVER")).isEqualTo(1);
      assertThat(tiers.find(CustomerId.of("C-1")).orElseThrow().tier()).isEqualTo("SILVER");
      assertThat(tiers.setByHand(CustomerId.of("C-1"), "BLUE", "abuse").applied()).isTrue();
      assertThat(e.evaluateAll(T0).changeCount()).isZero();
      assertThat(tiers.release(CustomerId.of("C-1"), "cleared").applied()).isTrue();
      assertThat(e.evaluateAll(T0).count("tier BLUE -> SILVER")).isEqualTo(1);
      assertThat(tiers.programme()).isSameAs(P);
      assertThatThrownBy(() -> tiers.setByHand(CustomerId.of("C-1"), "RED", "x"))
          .hasMessage("tier must be one of programme 'club', but was 'RED'");
    }
  }
}
