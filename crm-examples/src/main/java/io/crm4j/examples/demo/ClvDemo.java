package io.crm4j.examples.demo;

import io.crm4j.core.activity.Purchase;
import io.crm4j.scoring.clv.BgNbdModel;
import io.crm4j.scoring.clv.ClvSummary;
import io.crm4j.scoring.clv.ClvTimeUnit;
import io.crm4j.scoring.clv.CustomerSummary;
import io.crm4j.scoring.clv.DiscountedClv;
import io.crm4j.scoring.clv.FitResult;
import io.crm4j.scoring.clv.GammaGammaModel;
import io.crm4j.scoring.clv.TransactionSummarizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CLV step of the demo. BG/NBD is fitted on the 39-week calibration period used by Fader,
 * Hardie and Lee (2005) (1997-01-01 to 1997-09-30) to draw their calibration plot; then BG/NBD and
 * Gamma-Gamma are fitted on the whole 78 weeks and give every customer's 12-month discounted CLV
 * as of the end of the data.
 */
final class ClvDemo {

  /** Last day of the calibration period of Fader, Hardie and Lee (2005). */
  static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
  /** Last day of the CDNOW data. */
  static final LocalDate DATA_END = LocalDate.of(1998, 6, 30);
  /** Calibration-plot classes 0..6 repeat purchases, then "7+". */
  static final int PLOT_CLASSES = 8;

  private ClvDemo() {}

  static DemoResult.Clv run(List<Purchase> purchases, int months, double monthlyDiscountRate) {
    ClvSummary calibration = TransactionSummarizer.of(CALIBRATION_END).summarize(purchases);
    FitResult<BgNbdModel> calibrationFit = BgNbdModel.fit(calibration);
    BgNbdModel calModel = calibrationFit.model();
    double[] actual = new double[PLOT_CLASSES];
    double[] expected = new double[PLOT_CLASSES];
    for (int i = 0; i < calibration.size(); i++) {
      actual[Math.min(calibration.frequency(i), PLOT_CLASSES - 1)]++;
      double below = 0;
      for (int n = 0; n < PLOT_CLASSES - 1; n++) {
        double p = calModel.probabilityOfPurchases(n, calibration.age(i));
        expected[n] += p;
        below += p;
      }
      expected[PLOT_CLASSES - 1] += Math.max(0, 1 - below);
    }

    ClvSummary full = TransactionSummarizer.of(DATA_END).summarize(purchases);
    BgNbdModel purchaseModel = BgNbdModel.fit(full).model();
    List<CustomerSummary> spenders = new ArrayList<>();
    for (int i = 0; i < full.size(); i++) {
      if (full.frequency(i) > 0 && full.monetaryValue(i) > 0) {
        spenders.add(full.customer(i));
      }
    }
    GammaGammaModel spendModel = GammaGammaModel.fit(ClvSummary.of(spenders)).model();
    double[] values = DiscountedClv.of(purchaseModel, spendModel).values(full, months, monthlyDiscountRate, ClvTimeUnit.WEEKS);
    Map<String, Double> byCustomer = new LinkedHashMap<>();
    for (int i = 0; i < full.size(); i++) {
      byCustomer.put(full.id(i), values[i]);
    }
    return new DemoResult.Clv(calModel.parameters(), actual, expected, purchaseModel.parameters(),
        spendModel.parameters(), months, byCustomer);
  }
}
