package io.crm4j.core.pipeline;

import static io.crm4j.core.testing.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.money.CurrencyMismatchException;
import io.crm4j.core.money.Money;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipelineForecastTest {

  static final SalesStages STAGES = SalesStages.ofDefaults();
  static final Currency EUR = Currency.getInstance("EUR");
  static final OwnerId ANNA = OwnerId.of("anna");
  static final OwnerId BO = OwnerId.of("bo");

  /** An opportunity opened at T0 and taken to {@code stage} a day later. */
  static Opportunity opportunity(String id, OwnerId owner, String eur, LocalDate close, String stage) {
    Opportunity o = Opportunity.open(OpportunityId.of(id), "deal " + id, null, owner, Money.of(eur, "EUR"), close,
        STAGES, null, T0);
    var at = T0.plus(Duration.ofDays(1));
    return switch (stage) {
      case "New" -> o;
      case "Won" -> o.win("signed", STAGES, at).orElseThrow();
      case "Lost" -> o.lose("went elsewhere", STAGES, at).orElseThrow();
      default -> o.moveTo(stage, STAGES, at).orElseThrow();
    };
  }

  /**
   * Q2 2026 holds O-1..O-5; O-6 closes on 1 July (Q3) and O-7 on 31 March (Q1), just outside.
   * Weighted by the preset probabilities, computed by hand:
   * O-1 10 % of 10 000.00 = 1 000.00; O-2 30 % of 25 000.00 = 7 500.00;
   * O-3 70 % of 8 333.33 = 5 833.331, rounded half-even to 5 833.33; O-4 won, 100 % of 4 000.00;
   * O-5 lost, 0 % of 50 000.00 = 0. Total 1 000 + 7 500 + 5 833.33 + 4 000 + 0 = 18 333.33.
   * Anna (O-1, O-3): 6 833.33; Bo (O-2, O-4, O-5): 11 500.00.
   */
  static List<Opportunity> book() {
    return List.of(
        opportunity("O-1", ANNA, "10000.00", LocalDate.of(2026, 4, 15), "New"),
        opportunity("O-2", BO, "25000.00", LocalDate.of(2026, 5, 20), "Qualified"),
        opportunity("O-3", ANNA, "8333.33", LocalDate.of(2026, 6, 30), "Proposition"),
        opportunity("O-4", BO, "4000.00", LocalDate.of(2026, 6, 1), "Won"),
        opportunity("O-5", BO, "50000.00", LocalDate.of(2026, 5, 1), "Lost"),
        opportunity("O-6", ANNA, "20000.00", LocalDate.of(2026, 7, 1), "Proposition"),
        opportunity("O-7", BO, "9000.00", LocalDate.of(2026, 3, 31), "Qualified"));
  }

  @Test
  void within_quarter_weighsTheQuartersOpportunitiesExactly() {
    PipelineForecast q2 = PipelineForecast.of(book(), STAGES, EUR).within(ForecastPeriod.quarter(2026, 2));

    assertThat(q2.lines()).extracting(l -> l.opportunity().id().value())
        .containsExactly("O-1", "O-2", "O-3", "O-4", "O-5");
    assertThat(q2.weightedTotal()).isEqualTo(Money.of("18333.33", "EUR"));
    assertThat(q2.amountTotal()).isEqualTo(Money.of("97333.33", "EUR"));
    assertThat(q2.weightedByOwner()).containsExactlyInAnyOrderEntriesOf(Map.of(
        ANNA, Money.of("6833.33", "EUR"), BO, Money.of("11500.00", "EUR")));
    assertThat(q2.weightedByStage()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "New", Money.of("1000.00", "EUR"), "Qualified", Money.of("7500.00", "EUR"),
        "Proposition", Money.of("5833.33", "EUR"), "Won", Money.of("4000.00", "EUR"), "Lost", Money.zero("EUR")));
    assertThat(q2.weightedByCategory()).containsExactlyInAnyOrderEntriesOf(Map.of(
        ForecastCategory.PIPELINE, Money.of("8500.00", "EUR"), ForecastCategory.BEST_CASE,
        Money.of("5833.33", "EUR"), ForecastCategory.CLOSED, Money.of("4000.00", "EUR"),
        ForecastCategory.OMITTED, Money.zero("EUR")));
  }

  @Test
  void weightedByQuarter_splitsTheBookAtQuarterBoundaries() {
    // Q1: O-7 30 % of 9 000.00 = 2 700.00; Q3: O-6 70 % of 20 000.00 = 14 000.00 (by hand)
    Map<ForecastPeriod, Money> byQuarter = PipelineForecast.of(book(), STAGES, EUR).weightedByQuarter();

    assertThat(byQuarter).containsExactlyInAnyOrderEntriesOf(Map.of(
        ForecastPeriod.quarter(2026, 1), Money.of("2700.00", "EUR"),
        ForecastPeriod.quarter(2026, 2), Money.of("18333.33", "EUR"),
        ForecastPeriod.quarter(2026, 3), Money.of("14000.00", "EUR")));
  }

  @Test
  void openOnly_leavesWonAndLostOut() {
    // 1 000.00 + 7 500.00 + 5 833.33 (O-1, O-2, O-3 of Q2)
    PipelineForecast open = PipelineForecast.of(book(), STAGES, EUR).within(ForecastPeriod.quarter(2026, 2))
        .openOnly();
    assertThat(open.weightedTotal()).isEqualTo(Money.of("14333.33", "EUR"));
    assertThat(open.currency()).isEqualTo(EUR);
  }

  @Test
  void weightedByMonth_groupsByExpectedCloseMonth() {
    Map<ForecastPeriod, Money> byMonth = PipelineForecast.of(book(), STAGES, EUR)
        .weightedBy(PipelineForecast.Line::month);
    // May: O-2 7 500.00 + O-5 0 = 7 500.00
    assertThat(byMonth.get(ForecastPeriod.monthOf(LocalDate.of(2026, 5, 1)))).isEqualTo(Money.of("7500.00", "EUR"));
    assertThat(byMonth).hasSize(5);
  }

  @Test
  void of_emptyBook_isZero() {
    assertThat(PipelineForecast.of(List.of(), STAGES, EUR).weightedTotal()).isEqualTo(Money.zero("EUR"));
  }

  @Test
  void of_otherCurrency_throws() {
    Opportunity usd = Opportunity.open(OpportunityId.of("O-9"), "x", null, ANNA, Money.of("1.00", "USD"),
        LocalDate.of(2026, 1, 1), STAGES, null, T0);
    assertThatThrownBy(() -> PipelineForecast.of(List.of(usd), STAGES, EUR))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void of_unknownStage_throws() {
    SalesStages other = SalesStages.custom().open("Lead", io.crm4j.core.money.Percentage.of("5"),
        ForecastCategory.PIPELINE).won("Done").lost("Gone").build();
    assertThatThrownBy(() -> PipelineForecast.of(book(), other, EUR))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stage must be one of");
  }

  @Test
  void of_nullArguments_throw() {
    assertThatThrownBy(() -> PipelineForecast.of(null, STAGES, EUR)).hasMessage("opportunities");
    assertThatThrownBy(() -> PipelineForecast.of(book(), STAGES, EUR).weightedBy(null)).hasMessage("key");
  }
}
