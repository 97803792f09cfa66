package io.crm4j.examples.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.crm4j.scoring.clv.ClvSummary;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Writes an {@link AnalysisResult} into a folder: one PNG per chart, {@code index.html} (a page that
 * needs nothing but those PNGs), {@code results.json} (every figure the page and the charts show)
 * and {@code customers.csv} (one row per customer).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AnalysisReport {

  public static final String PAGE = "index.html";
  public static final String RESULTS = "results.json";
  public static final String CUSTOMERS = "customers.csv";

  private AnalysisReport() {}

  /** Writes the report into {@code dir} (created if missing) and returns the files written, the page last. */
  public static List<Path> write(AnalysisResult result, Path dir) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(dir, "dir");
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(RESULTS), json(result), StandardCharsets.UTF_8);
      writeCustomers(result.customers(), dir.resolve(CUSTOMERS));
    } catch (IOException e) {
      throw new UncheckedIOException("out must be a writable folder, but writing into " + dir + " failed: "
          + e.getMessage(), e);
    }
    List<Path> written = new ArrayList<>(List.of(dir.resolve(RESULTS), dir.resolve(CUSTOMERS)));
    written.addAll(page(result).links("Per customer and every figure:", List.of(CUSTOMERS, RESULTS))
        .write(AnalysisCharts.all(result), dir, PAGE));
    return written;
  }

  /** The figures as indented JSON (the per-customer columns are in {@link #CUSTOMERS}, not here). */
  public static String json(AnalysisResult r) {
    try {
      return new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).writeValueAsString(figures(r));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the analysis must serialise as JSON, but: " + e.getMessage(), e);
    }
  }

  /** The figures by name, as {@link #json} writes them (for a caller that nests them in its own JSON). */
  public static Map<String, Object> figures(AnalysisResult r) {
    Objects.requireNonNull(r, "r");
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("settings", r.settings());
    root.put("log", r.log());
    root.put("bgnbd", r.bgnbd().parameters());
    root.put("gammaGamma", r.gammaGamma() == null ? null : r.gammaGamma().parameters());
    root.put("bestModel", r.best());
    root.put("models", r.models());
    if (r.gammaGamma() != null) {
      root.put("gammaGammaFit", r.gammaGamma());
    }
    root.put("frequencies", r.frequencies());
    root.put("holdout", r.holdout());
    Map<String, Object> clv = new LinkedHashMap<>();
    clv.put("months", r.settings().clvMonths());
    clv.put("monthlyDiscountRate", r.settings().monthlyDiscountRate());
    clv.put("total", sum(r.customers().clv()));
    clv.put("expectedPurchases", sum(r.customers().expectedPurchases()));
    root.put("clv", clv);
    root.put("tracking", r.tracking());
    root.put("probabilityAlive", r.aliveMatrix());
    root.put("rfmSegments", r.rfmSegments());
    root.put("abcBasis", r.abcBasis());
    root.put("abcClasses", r.abcClasses());
    root.put("paretoShare", r.paretoShare());
    root.put("lorenz", Map.of("customerShare", r.lorenz()[0], "spendShare", r.lorenz()[1]));
    root.put("pyramid", r.pyramid());
    root.put("lifecycle", r.lifecycle());
    root.put("retention", r.retention());
    root.put("churnScorecard", r.churn());
    return root;
  }

  private static double sum(double[] values) {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return s;
  }

  private static void writeCustomers(AnalysisResult.Customers c, Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("customer_id,frequency,recency,T,monetary_value,spend,p_alive,expected_purchases,clv,rfm_segment,"
          + "abc_class,pyramid_tier,lifecycle_status\n");
      StringBuilder b = new StringBuilder(256);
      ClvSummary s = c.summary();
      for (int i = 0; i < s.size(); i++) {
        b.setLength(0);
        b.append(csv(s.id(i))).append(',').append(s.frequency(i)).append(',').append(num(s.recency(i)))
            .append(',').append(num(s.age(i))).append(',').append(num(s.monetaryValue(i))).append(',')
            .append(num(c.spend()[i])).append(',').append(num(c.probabilityAlive()[i])).append(',')
            .append(num(c.expectedPurchases()[i])).append(',').append(num(c.clv()[i])).append(',')
            .append(csv(c.rfmSegment()[i])).append(',').append(c.abcClass()[i]).append(',')
            .append(c.pyramidTier()[i]).append(',').append(c.lifecycleStatus()[i]).append('\n');
        w.append(b);
      }
    }
  }

  /** A CSV field, quoted when it holds a delimiter, a quote or a line break. */
  static String csv(String field) {
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }

  private static String num(double v) {
    return Double.toString(v);
  }

  /** The page with the analysis's figures table; the caller adds links and charts. */
  public static ReportPage page(AnalysisResult r) {
    AnalysisResult.Settings s = r.settings();
    ReportPage page = new ReportPage("crm4j analysis", "");
    page.row("transactions", Integer.toString(r.log().rows()))
        .row("customers (cohort analysed)", r.log().customers() + " (" + r.log().cohort() + ")")
        .row("first and last purchase", r.log().firstDay() + " to " + r.log().lastDay())
        .row("calibration end", s.calibrationEnd() == null ? "none (no holdout check)" : s.calibrationEnd().toString())
        .row("as of", s.asOf().toString())
        .row("time unit", s.unit())
        .row("BG/NBD", params(r.bgnbd().parameters()));
    if (r.gammaGamma() != null) {
      page.row("Gamma-Gamma", params(r.gammaGamma().parameters()));
    }
    for (AnalysisResult.ModelCheck m : r.models()) {
      page.row(m.fit().model() + (m.fit().model().equals(r.best()) ? " (used)" : ""),
          m.holdoutRmse() == null ? "log-likelihood " + fmt(m.fit().logLikelihood())
              : "holdout RMSE " + fmt(m.holdoutRmse()) + ", MAE " + fmt(m.holdoutMae()) + ", expected "
                  + fmt(m.expectedHoldoutPurchases()) + " purchases"
                  + (r.holdout() == null ? "" : " (actual " + r.holdout().actualPurchases() + ")")
              + (m.fit().problem() == null ? "" : "; did not converge: " + m.fit().problem()));
    }
    if (r.gammaGamma() != null) {
      page.row(s.clvMonths() + "-month CLV, total", s.currency() + " "
          + String.format(Locale.ROOT, "%,.2f", sum(r.customers().clv())));
    }
    if (r.retention() != null) {
      AnalysisResult.RetentionCurve c = r.retention();
      page.row("sBG retention, cohort of " + c.cohortStart(), "alpha = " + fmt(c.alpha()) + ", beta = "
          + fmt(c.beta()) + " (" + c.cohortSize() + " customers, months 0 to " + c.fittedMonths() + ")");
    }
    if (r.churn() != null) {
      AnalysisResult.ChurnScorecard c = r.churn();
      page.row("churn scorecard", "AUC " + fmt(c.summary().auc()) + ", KS " + fmt(c.summary().ks()) + ", top-decile"
          + " lift " + fmt(c.lift().get(0).lift()) + " on " + c.customers() + " customers (churn rate "
          + String.format(Locale.ROOT, "%.1f %%", 100 * c.churnRate()) + "; features " + String.join(", ",
              c.variables()) + ")");
    }
    return page.row(r.abcBasis() + " share of the top 20 %",
        String.format(Locale.ROOT, "%.1f %%", 100 * r.paretoShare()));
  }

  private static String params(Map<String, Double> p) {
    StringBuilder b = new StringBuilder();
    p.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(" = ").append(fmt(v)));
    return b.toString();
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.4g", v);
  }
}
