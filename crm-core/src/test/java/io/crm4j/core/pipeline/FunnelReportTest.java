package io.crm4j.core.pipeline;

import static io.crm4j.core.testing.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import io.crm4j.core.money.Percentage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunnelReportTest {

  static final SalesStages STAGES = SalesStages.ofDefaults();

  static Instant day(int d) {
    return T0.plus(Duration.ofDays(d));
  }

  static Opportunity opened(String id) {
    return Opportunity.open(OpportunityId.of(id), "deal", null, OwnerId.of("anna"), Money.of("1.00", "EUR"),
        LocalDate.of(2026, 6, 30), STAGES, null, T0);
  }

  /**
   * A stays New; B reaches Qualified; C climbs every stage and is won on day 10; D skips to
   * Proposition and is lost; E is lost from New; F is won from Qualified on day 4.
   * Reached (by hand): New 6; Qualified B C D F = 4 (D passed it by skipping); Proposition C D F = 3
   * (F's win ranks above it); Won C F = 2. Win rate 2 / (2 + 2) = 50 %; cycle (10 + 4) / 2 = 7 days.
   */
  static List<Opportunity> book() {
    return List.of(
        opened("A"),
        opened("B").moveTo("Qualified", STAGES, day(1)).orElseThrow(),
        opened("C").moveTo("Qualified", STAGES, day(1)).orElseThrow().moveTo("Proposition", STAGES, day(5))
            .orElseThrow().win("signed", STAGES, day(10)).orElseThrow(),
        opened("D").moveTo("Proposition", STAGES, day(2)).orElseThrow().lose("price", STAGES, day(8)).orElseThrow(),
        opened("E").lose("no need", STAGES, day(1)).orElseThrow(),
        opened("F").moveTo("Qualified", STAGES, day(1)).orElseThrow().win("signed", STAGES, day(4)).orElseThrow());
  }

  static List<Lead> leads() {
    Lead converted = Lead.create(LeadId.of("L-1"), LeadSource.INBOUND, OwnerId.of("anna"), "x", T0)
        .startWorking(T0).orElseThrow().qualify(T0).orElseThrow()
        .convert(CustomerId.of("C-1"), OpportunityId.of("C"), T0).orElseThrow();
    return List.of(converted,
        Lead.create(LeadId.of("L-2"), LeadSource.INBOUND, OwnerId.of("anna"), "x", T0),
        Lead.create(LeadId.of("L-3"), LeadSource.CAMPAIGN, OwnerId.of("anna"), "x", T0),
        Lead.create(LeadId.of("L-4"), LeadSource.REFERRAL, OwnerId.of("anna"), "x", T0));
  }

  @Test
  void of_countsStepsRatesAndCycle() {
    FunnelReport report = FunnelReport.of(leads(), book(), STAGES);

    assertThat(report.steps()).extracting(FunnelReport.Step::stage)
        .containsExactly("New", "Qualified", "Proposition", "Won");
    assertThat(report.steps()).extracting(FunnelReport.Step::reached).containsExactly(6L, 4L, 3L, 2L);
    assertThat(report.steps()).extracting(FunnelReport.Step::current).containsExactly(1L, 1L, 0L, 2L);
    // 4/6 = 66.666...%, 3/4 = 75 %, 2/3 = 66.666...% (by hand)
    assertThat(rate(report.steps().get(0))).isCloseTo(new BigDecimal("66.6666666666"), within(new BigDecimal("1e-9")));
    assertThat(rate(report.steps().get(1))).isEqualByComparingTo("75");
    assertThat(rate(report.steps().get(2))).isCloseTo(new BigDecimal("66.6666666666"), within(new BigDecimal("1e-9")));
    assertThat(report.steps().get(3).conversionToNext()).isEmpty();
    assertThat(report.won()).isEqualTo(2);
    assertThat(report.lost()).isEqualTo(2);
    assertThat(report.winRate()).contains(Percentage.of("50"));
    assertThat(report.averageSalesCycle()).contains(Duration.ofDays(7));
    assertThat(report.leads()).isEqualTo(4);
    assertThat(report.convertedLeads()).isEqualTo(1);
    assertThat(report.leadConversionRate()).contains(Percentage.of("25"));
  }

  @Test
  void of_nothing_hasEmptyRatesNotNaN() {
    FunnelReport report = FunnelReport.of(List.of(), List.of(), STAGES);
    assertThat(report.steps()).allSatisfy(s -> assertThat(s.conversionToNext()).isEmpty());
    assertThat(report.winRate()).isEmpty();
    assertThat(report.leadConversionRate()).isEmpty();
    assertThat(report.averageSalesCycle()).isEmpty();
  }

  @Test
  void of_nullArguments_throw() {
    assertThatThrownBy(() -> FunnelReport.of(null, List.of(), STAGES)).hasMessage("leads");
    assertThatThrownBy(() -> FunnelReport.of(List.of(), null, STAGES)).hasMessage("opportunities");
    assertThatThrownBy(() -> FunnelReport.of(List.of(), List.of(), null)).hasMessage("stages");
  }

  private static BigDecimal rate(FunnelReport.Step step) {
    return step.conversionToNext().orElseThrow().value();
  }
}
