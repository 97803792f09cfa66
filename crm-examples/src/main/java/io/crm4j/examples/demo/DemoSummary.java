package io.crm4j.examples.demo;

import io.crm4j.examples.analysis.AnalysisResult;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints the compact summary of a {@link DemoResult}. */
final class DemoSummary {

  private DemoSummary() {}

  static void print(DemoResult r, PrintStream out) {
    out.println();
    out.println("lifecycle:  " + counts(r.lifecycle().statuses()) + " (changes this run: "
        + r.lifecycle().changesThisRun() + ")");
    out.println("loyalty:    " + counts(r.lifecycle().rungs()));
    AnalysisResult a = r.analysis();
    out.println("BG/NBD (39-week calibration): " + params(a.bgnbd().parameters()));
    for (AnalysisResult.ModelCheck m : a.models()) {
      out.printf(Locale.ROOT, "  %-10s holdout RMSE %.4f, expected %.0f repeat purchases (actual %d)%s%n",
          m.fit().model(), m.holdoutRmse(), m.expectedHoldoutPurchases(), a.holdout().actualPurchases(),
          m.fit().model().equals(a.best()) ? "  <- used" : "");
    }
    out.println("Gamma-Gamma: " + params(a.gammaGamma().parameters()));
    double[] clv = a.customers().clv();
    double total = 0;
    for (double v : clv) {
      total += v;
    }
    out.printf(Locale.ROOT, "CLV %d months, 1 %% a month discount: total USD %,.0f, mean USD %.2f%n",
        a.settings().clvMonths(), total, total / clv.length);
    out.println("  top: " + DemoJob.top(a, 3).stream()
        .map(e -> String.format(Locale.ROOT, "%s USD %.0f", e.getKey(), e.getValue()))
        .collect(Collectors.joining(", ")));
    out.printf(Locale.ROOT, "ABC:        %s (top 20 %% hold %.1f %% of spend)%n", counts(a.abcClasses()),
        100 * a.paretoShare());
    out.println("pyramid:    " + counts(a.pyramid()));
    out.println("RFM:        " + counts(a.rfmSegments()));
    DemoResult.Credit c = r.credit();
    out.printf(Locale.ROOT, "credit:     %d variables, AUC training %.3f, portfolio %.3f, KS %.3f; credit offered to %d%n",
        c.variables().size(), c.trainingAuc(), c.holdoutAuc(), c.holdoutKs(), c.offeredCredit());
    out.println("  grades: " + counts(c.grades()));
    DemoResult.Complaints k = r.complaints();
    out.printf(Locale.ROOT, "complaints: %d received, %d resolved, median resolution %.1f business hours%n",
        k.received(), k.resolved(), k.medianResolutionHours());
    out.println("  resolution SLA met: " + k.resolutionCompliance().entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1]).collect(Collectors.joining(", ")));
    out.println("  clocks at month end: " + counts(k.resolutionStates()));
    out.flush();
  }

  private static String counts(Map<String, Long> m) {
    return m.entrySet().stream().filter(e -> e.getValue() > 0).map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  private static String params(Map<String, Double> m) {
    return m.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s=%.3f", e.getKey(), e.getValue()))
        .collect(Collectors.joining(" "));
  }
}
