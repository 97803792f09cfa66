package io.crm4j.scoring.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.CurrencyMismatchException;
import io.crm4j.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransactionSummarizerTest {

  private static final LocalDate CAL_END = LocalDate.of(1997, 9, 30);

  /** CDNOW_sample.txt as parallel arrays (sample id, date, dollar value). */
  private static Object[] cdnowSample() {
    List<String[]> rows = ClvData.rows("CDNOW_sample.txt", "\\s+", false);
    String[] ids = new String[rows.size()];
    LocalDate[] dates = new LocalDate[rows.size()];
    double[] amounts = new double[rows.size()];
    DateTimeFormatter f = DateTimeFormatter.BASIC_ISO_DATE;
    for (int i = 0; i < rows.size(); i++) {
      String[] r = rows.get(i);
      ids[i] = r[1].replaceFirst("^0+", "");
      dates[i] = LocalDate.parse(r[2], f);
      amounts[i] = Double.parseDouble(r[4]);
    }
    return new Object[] {ids, dates, amounts};
  }

  @Test
  void summarize_rebuildsShippedCdnowSummary() {
    // the shipped summaries (lifetimes 0.11.3 data, Fader-Hardie-Lee 2005) hold x exactly and
    // t_x, T, zbar rounded to 2 decimals; rebuilding from the transaction log must agree
    Object[] s = cdnowSample();
    ClvSummary built = TransactionSummarizer.of(CAL_END)
        .summarize((String[]) s[0], (LocalDate[]) s[1], (double[]) s[2]);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < built.size(); i++) {
      index.put(built.id(i), i);
    }
    List<String[]> shipped = ClvData.rows("cdnow_customers_summary_with_transactions.csv", ",", true);
    assertThat(built.size()).isEqualTo(2357).isEqualTo(shipped.size());
    for (String[] row : shipped) {
      int i = index.get(row[0]);
      assertThat(built.frequency(i)).as("frequency of %s", row[0]).isEqualTo(Integer.parseInt(row[1]));
      assertThat(round2(built.recency(i))).as("recency of %s", row[0]).isEqualTo(Double.parseDouble(row[2]));
      assertThat(round2(built.age(i))).as("T of %s", row[0]).isEqualTo(Double.parseDouble(row[3]));
      assertThat(built.monetaryValue(i)).as("zbar of %s", row[0]).isCloseTo(Double.parseDouble(row[4]), within(0.0051));
    }
  }

  private static double round2(double v) {
    return Math.round(v * 100) / 100.0;
  }

  @Test
  void summarize_mergesSameDayPurchasesAndUsesRepeatDaysOnly() {
    // customer a: day 0 (10 + 5), day 7 (20), day 14 (30 + 10); calibration end = day 21.
    // frequency 2 repeat days, recency 14 days = 2 weeks, T 21 days = 3 weeks,
    // monetary = mean(20, 40) = 30
    LocalDate d0 = LocalDate.of(2024, 1, 1);
    String[] ids = {"a", "a", "a", "a", "a", "b"};
    LocalDate[] dates = {d0, d0, d0.plusDays(7), d0.plusDays(14), d0.plusDays(14), d0.plusDays(3)};
    double[] amounts = {10, 5, 20, 30, 10, 8};
    ClvSummary s = TransactionSummarizer.of(d0.plusDays(21)).summarize(ids, dates, amounts);
    assertThat(s.customer(0)).isEqualTo(new CustomerSummary("a", 2, 2.0, 3.0, 30.0));
    assertThat(s.customer(1)).isEqualTo(new CustomerSummary("b", 0, 0.0, 18.0 / 7, 0.0));
  }

  @Test
  void summarize_acceptsPurchasesAndDayUnit() {
    Instant t0 = Instant.parse("2024-03-01T10:00:00Z");
    List<Purchase> purchases = List.of(
        Purchase.of(CustomerId.of("c1"), t0, Money.of("12.50", "EUR")),
        Purchase.of(CustomerId.of("c1"), t0.plusSeconds(86_400 * 10), Money.of("7.50", "EUR")),
        Purchase.of(CustomerId.of("c2"), t0.plusSeconds(86_400 * 40), Money.of("3.00", "EUR")));
    ClvSummary s = TransactionSummarizer.custom(LocalDate.of(2024, 3, 31)).unit(ClvTimeUnit.DAYS).build()
        .summarize(purchases);
    // c2 first bought after the calibration end, so only c1 remains: x 1, t_x 10 days, T 30 days
    assertThat(s.size()).isEqualTo(1);
    assertThat(s.customer(0)).isEqualTo(new CustomerSummary("c1", 1, 10.0, 30.0, 7.5));
  }

  @Test
  void summarize_monetaryValueDoesNotDependOnRowOrder() {
    // issue 18: repeat days d1 = {24.01, 8.61}, d2 = {3.09, 8.98}. Summed in row order, the rows
    // below gave 22.345000000000006 in one order and 22.345 in the other; the exact sum 44.69
    // rounds to the double 44.69, so the mean is 22.345 (Python: math.fsum([24.01, 3.09, 8.61, 8.98]) / 2)
    LocalDate d0 = LocalDate.of(2020, 1, 1);
    LocalDate d1 = d0.plusDays(7);
    LocalDate d2 = d0.plusDays(14);
    String[] ids = {"c", "c", "c", "c", "c"};
    LocalDate[] orderA = {d0, d1, d2, d1, d2};
    double[] amountsA = {10.0, 24.01, 3.09, 8.61, 8.98};
    LocalDate[] orderB = {d0, d2, d1, d1, d2};
    double[] amountsB = {10.0, 3.09, 24.01, 8.61, 8.98};
    TransactionSummarizer s = TransactionSummarizer.custom(d0.plusDays(20)).holdoutEnd(d0.plusDays(40)).build();
    double a = s.summarize(ids, orderA, amountsA).monetaryValue(0);
    double b = s.summarize(ids, orderB, amountsB).monetaryValue(0);
    assertThat(Double.doubleToRawLongBits(a)).isEqualTo(Double.doubleToRawLongBits(b));
    assertThat(a).isEqualTo(22.345);
    // the holdout mean is summed the same way: the same amounts after the calibration end, one day
    LocalDate h = d0.plusDays(30);
    HoldoutSummary ha = s.summarizeWithHoldout(ids, new LocalDate[] {d0, h, h, h, h},
        new double[] {10.0, 24.01, 3.09, 8.61, 8.98});
    HoldoutSummary hb = s.summarizeWithHoldout(ids, new LocalDate[] {h, h, d0, h, h},
        new double[] {3.09, 24.01, 10.0, 8.61, 8.98});
    assertThat(ha.holdoutMonetaryValue(0)).isEqualTo(hb.holdoutMonetaryValue(0)).isEqualTo(44.69);
  }

  @Test
  void summarizeWithHoldout_countsHoldoutDays() {
    LocalDate d0 = LocalDate.of(2024, 1, 1);
    String[] ids = {"a", "a", "a", "a"};
    LocalDate[] dates = {d0, d0.plusDays(35), d0.plusDays(35), d0.plusDays(50)};
    double[] amounts = {1, 2, 4, 6};
    HoldoutSummary h = TransactionSummarizer.custom(d0.plusDays(27)).holdoutEnd(d0.plusDays(55)).build()
        .summarizeWithHoldout(ids, dates, amounts);
    // holdout (day 28..55] has purchase days 35 (2+4) and 50 (6): frequency 2, mean 6, 28 days = 4 weeks
    assertThat(h.calibration().customer(0)).isEqualTo(new CustomerSummary("a", 0, 0.0, 27.0 / 7, 0.0));
    assertThat(h.holdoutFrequency(0)).isEqualTo(2);
    assertThat(h.holdoutMonetaryValue(0)).isEqualTo(6.0);
    assertThat(h.duration()).isEqualTo(4.0);
  }

  @Test
  void summarize_rejectsBadInput() {
    TransactionSummarizer s = TransactionSummarizer.of(LocalDate.of(2024, 1, 31));
    LocalDate d = LocalDate.of(2024, 1, 1);
    assertThatThrownBy(() -> s.summarize(new String[] {"a"}, new LocalDate[] {d}, new double[] {Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("amounts[0] must be finite and >= 0, but was NaN");
    assertThatThrownBy(() -> s.summarize(new String[] {"a", " "}, new LocalDate[] {d, d}, new double[] {1, 1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("customerIds[1] must not be blank, but was ' '");
    assertThatThrownBy(() -> s.summarize(new String[] {"a"}, new LocalDate[0], new double[] {1}))
        .hasMessageContaining("equal lengths");
    assertThatThrownBy(() -> s.summarizeWithHoldout(new String[0], new LocalDate[0], new double[0]))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("holdoutEnd");
    assertThatThrownBy(() -> TransactionSummarizer.custom(d).holdoutEnd(d))
        .hasMessageContaining("holdoutEnd must be after calibrationEnd");
    List<Purchase> mixed = List.of(Purchase.of(CustomerId.of("a"), Instant.EPOCH, Money.of("1", "EUR")),
        Purchase.of(CustomerId.of("a"), Instant.EPOCH, Money.of("1", "USD")));
    assertThatThrownBy(() -> s.summarize(mixed)).isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void summarize_fullPrecisionCdnowGivesTheDocumentedLikelihoods() {
    // dataset README ("precision caveat"): on the summary rebuilt at full precision, BG/NBD's
    // maximised log-likelihood is -9582.4292 and Gamma-Gamma's -4055.9177 (against -9582.4256
    // and -4055.9232 on the 2-decimal files)
    Object[] s = cdnowSample();
    ClvSummary built = TransactionSummarizer.of(CAL_END)
        .summarize((String[]) s[0], (LocalDate[]) s[1], (double[]) s[2]);
    assertThat(BgNbdModel.fit(built).logLikelihood()).isCloseTo(-9582.4292, within(0.001));
    assertThat(GammaGammaModel.fit(built).logLikelihood()).isCloseTo(-4055.9177, within(0.001));
  }
}
