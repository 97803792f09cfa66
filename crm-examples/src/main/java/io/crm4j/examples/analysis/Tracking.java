package io.crm4j.examples.analysis;

import io.crm4j.scoring.clv.ClvTimeUnit;
import io.crm4j.scoring.clv.PurchaseModel;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Actual and expected cumulative repeat purchases of the cohort over calibration and holdout, as
 * lifetimes' {@code expected_cumulative_transactions} computes them: each customer's purchase days
 * after their first count as repeat purchases, and a customer whose first purchase was on day b
 * contributes E[X(t − b)] of a new customer to the expectation at day t.
 */
final class Tracking {

  private Tracking() {}

  static AnalysisResult.Tracking of(TransactionLog log, LocalDate calibrationEnd, LocalDate end,
      ClvTimeUnit unit, PurchaseModel model) {
    int n = log.customerIds().size();
    int[] firstDay = new int[n];
    Arrays.fill(firstDay, Integer.MAX_VALUE);
    int origin = Integer.MAX_VALUE;
    for (int k = 0; k < log.size(); k++) {
      firstDay[log.customer(k)] = Math.min(firstDay[log.customer(k)], log.day(k));
      origin = Math.min(origin, log.day(k));
    }
    int calEnd = Math.toIntExact(calibrationEnd.toEpochDay());
    int last = Math.toIntExact(end.toEpochDay());
    int days = last - origin + 1;
    // births per day, cohort only (first purchase on or before the calibration end)
    long[] births = new long[days];
    for (int c = 0; c < n; c++) {
      if (firstDay[c] <= calEnd) {
        births[firstDay[c] - origin]++;
      }
    }
    // repeat purchase days per day: distinct (customer, day) pairs after the customer's first day
    long[] keys = new long[log.size()];
    int m = 0;
    for (int k = 0; k < log.size(); k++) {
      int c = log.customer(k);
      int d = log.day(k);
      if (firstDay[c] <= calEnd && d > firstDay[c] && d <= last) {
        keys[m++] = (long) c * (days + 1L) + (d - origin);
      }
    }
    Arrays.sort(keys, 0, m);
    long[] repeats = new long[days];
    for (int i = 0; i < m; i++) {
      if (i == 0 || keys[i] != keys[i - 1]) {
        repeats[(int) (keys[i] % (days + 1L))]++;
      }
    }
    // E[X(s)] of a new customer for s = 0..days-1 days, in the model's unit
    double[] expectedAfter = new double[days];
    for (int s = 0; s < days; s++) {
      expectedAfter[s] = model.expectedPurchases(unit.fromDays(s));
    }
    double perPeriod = unit.days();
    int periods = (int) Math.ceil(days / perPeriod);
    double[] period = new double[periods];
    double[] actual = new double[periods];
    double[] expected = new double[periods];
    int calibrationPeriods = 0;
    long cumulative = 0;
    int day = 0;
    for (int p = 0; p < periods; p++) {
      int endDay = Math.min(days - 1, (int) Math.ceil((p + 1) * perPeriod) - 1);
      for (; day <= endDay; day++) {
        cumulative += repeats[day];
      }
      period[p] = unit.fromDays(endDay + 1.0);
      actual[p] = cumulative;
      double e = 0;
      for (int b = 0; b <= endDay; b++) {
        if (births[b] > 0) {
          e += births[b] * expectedAfter[endDay - b];
        }
      }
      expected[p] = e;
      if (origin + endDay <= calEnd) {
        calibrationPeriods = p + 1;
      }
    }
    return new AnalysisResult.Tracking(period, actual, expected, calibrationPeriods);
  }
}
