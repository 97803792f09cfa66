package io.crm4j.scoring.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crm4j.core.money.Money;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeasonalIndexTest {

  /**
   * Three years of monthly sales, built by hand so that the month averages are
   * 60, 60, 80, 100, 120, 140, 160, 140, 120, 100, 60, 60 (e.g. January (65 + 58 + 57) / 3 = 60,
   * July (150 + 164 + 166) / 3 = 160). The 36 months total 3600, so the overall monthly average is
   * 100 and each index equals its month average in percent; they sum to 1200 %.
   */
  static final double[] THREE_YEARS = {
      65, 56, 90, 94, 120, 148, 150, 142, 126, 97, 61, 53, // 2023
      58, 66, 76, 103, 129, 135, 164, 132, 119, 105, 54, 62, // 2024
      57, 58, 74, 103, 111, 137, 166, 146, 115, 98, 65, 65}; // 2025

  static final double[] EXPECTED = {60, 60, 80, 100, 120, 140, 160, 140, 120, 100, 60, 60};

  @Test
  void monthly_threeYearExample() {
    SeasonalIndex index = SeasonalIndex.monthly(YearMonth.of(2023, 1), THREE_YEARS);
    assertThat(index.seasons()).isEqualTo(12);
    for (int m = 1; m <= 12; m++) {
      assertThat(index.indexPercent(m)).as("month %d", m).isCloseTo(EXPECTED[m - 1], within(1e-9));
    }
    assertThat(index.indexPercents().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1200, within(1e-9));
  }

  @Test
  void monthly_historyStartingInJulyIsMappedByCalendarMonth() {
    // the same 36 values rotated to start in July 2023 give the same indexes
    double[] rotated = new double[36];
    for (int i = 0; i < 36; i++) {
      rotated[i] = THREE_YEARS[(i + 6) % 36];
    }
    SeasonalIndex index = SeasonalIndex.monthly(YearMonth.of(2023, 7), rotated);
    assertThat(index.indexPercent(7)).isCloseTo(160, within(1e-9));
    assertThat(index.indexPercent(1)).isCloseTo(60, within(1e-9));
  }

  @Test
  void monthly_partialYearAveragesOverAvailableYears() {
    // 25 months: January appears three times (100, 100, 400 -> mean 200), every other month twice
    // with 100 each. Mean of the month means = (200 + 11 × 100) / 12 = 108.33; January index
    // = 200 / 108.33 × 100 = 184.615..., others 92.307...; computed by hand
    double[] sales = new double[25];
    java.util.Arrays.fill(sales, 100);
    sales[24] = 400;
    SeasonalIndex index = SeasonalIndex.monthly(YearMonth.of(2020, 1), sales);
    assertThat(index.indexPercent(1)).isCloseTo(200 / (1300.0 / 12) * 100, within(1e-9));
    assertThat(index.indexPercent(2)).isCloseTo(100 / (1300.0 / 12) * 100, within(1e-9));
  }

  /**
   * Annual target 1,000,000.00: month m gets target × index / 1200. By hand in cents:
   * 60 % -> 5,000,000 exactly; 80 % -> 6,666,666.67; 100 % -> 8,333,333.33; 120 % -> 10,000,000;
   * 140 % -> 11,666,666.67; 160 % -> 13,333,333.33. The floors sum to 99,999,997, so 3 cents
   * are left; the largest remainders (0.67 each) are March, June and August, which get one cent.
   */
  @Test
  void targets_splitToTheCentByLargestRemainder() {
    List<Money> targets = SeasonalIndex.monthly(YearMonth.of(2023, 1), THREE_YEARS)
        .targets(Money.of("1000000.00", "CNY"));
    assertThat(targets).extracting(Money::toString).containsExactly(
        "CNY 50000.00", "CNY 50000.00", "CNY 66666.67", "CNY 83333.33", "CNY 100000.00", "CNY 116666.67",
        "CNY 133333.33", "CNY 116666.67", "CNY 100000.00", "CNY 83333.33", "CNY 50000.00", "CNY 50000.00");
    assertThat(targets.stream().reduce(Money.zero("CNY"), Money::plus)).isEqualTo(Money.of("1000000.00", "CNY"));
  }

  @Test
  void targets_equalRemaindersGoToEarlierMonths() {
    // flat sales: each month's exact share of 0.05 is 5/12 cent; floors 0, 5 cents left for
    // equal remainders -> January to May get one cent each
    double[] flat = new double[24];
    java.util.Arrays.fill(flat, 10);
    List<Money> targets = SeasonalIndex.monthly(YearMonth.of(2024, 1), flat).targets(Money.of("0.05", "EUR"));
    assertThat(targets).extracting(Money::minorUnits).containsExactly(1L, 1L, 1L, 1L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
  }

  @Test
  void targets_beyondALongOfMinorUnits_isAnArgumentError() {
    // 1e17 EUR is 1e19 cents, more than a long holds; it surfaced as a bare ArithmeticException
    assertThatThrownBy(() -> SeasonalIndex.monthly(YearMonth.of(2023, 1), THREE_YEARS)
        .targets(Money.of("100000000000000000", "EUR"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("annualTarget must be at most 9223372036854775807 minor units, but was EUR 100000000000000000.00");
  }

  @Test
  void quarterly_fromTheThreeYearExample() {
    // quarter averages 60+60+80 = 200, 360, 420, 220; mean 300 -> 66.67, 120, 140, 73.33 (sum 400)
    SeasonalIndex q = SeasonalIndex.quarterly(YearMonth.of(2023, 1), THREE_YEARS);
    assertThat(q.seasons()).isEqualTo(4);
    assertThat(q.indexPercents()).containsExactly(200 / 3.0, 120.0, 140.0, 220 / 3.0);
    List<Money> targets = q.targets(Money.of("1200.00", "USD"));
    // 1200 × 200/1200 = 200.00, 360.00, 420.00, 220.00
    assertThat(targets).extracting(Money::toString).containsExactly("USD 200.00", "USD 360.00", "USD 420.00", "USD 220.00");
    assertThat(q.toString()).startsWith("SeasonalIndex[66.66");
  }

  @Test
  void monthly_rejectsShortOrNegativeHistory() {
    assertThatThrownBy(() -> SeasonalIndex.monthly(YearMonth.of(2024, 1), new double[23]))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("sales must cover at least 24 months (2 years), but had 23");
    double[] negative = THREE_YEARS.clone();
    negative[5] = -1;
    assertThatThrownBy(() -> SeasonalIndex.monthly(YearMonth.of(2023, 1), negative))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("sales must be finite and >= 0, but sales[5] (2023-06) was -1.0");
    negative[5] = Double.NaN;
    assertThatThrownBy(() -> SeasonalIndex.monthly(YearMonth.of(2023, 1), negative)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SeasonalIndex.monthly(YearMonth.of(2023, 1), new double[24]))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("sales must not all be zero, but all 24 months were 0");
    assertThatThrownBy(() -> SeasonalIndex.monthly(YearMonth.of(2023, 1), THREE_YEARS,
        SeasonalConfig.custom().minimumYears(4).build())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sales must cover at least 48 months (4 years), but had 36");
  }

  @Test
  void quarterly_rejectsBrokenQuarters() {
    assertThatThrownBy(() -> SeasonalIndex.quarterly(YearMonth.of(2023, 2), THREE_YEARS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("firstMonth must open a quarter (January, April, July or October), but was 2023-02");
    assertThatThrownBy(() -> SeasonalIndex.quarterly(YearMonth.of(2023, 1), new double[25]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("monthlySales must fill whole quarters (a multiple of 3 months), but had 25");
  }

  @Test
  void accessors_rejectBadArguments() {
    SeasonalIndex index = SeasonalIndex.monthly(YearMonth.of(2023, 1), THREE_YEARS);
    assertThatThrownBy(() -> index.indexPercent(13)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("season must be in [1, 12], but was 13");
    assertThatThrownBy(() -> index.targets(Money.of("-1.00", "EUR"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("annualTarget must be >= 0, but was EUR -1.00");
    assertThatThrownBy(() -> SeasonalIndex.monthly(null, THREE_YEARS)).isInstanceOf(NullPointerException.class);
  }
}
