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
import org.knowm.xchart.BitmapEncoder;

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
    // Java2D without a display: must be set before the first AWT class loads
    System.setProperty("java.awt.headless", "true");
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      List<AnalysisCharts.Entry> charts = AnalysisCharts.all(result);
      for (AnalysisCharts.Entry e : charts) {
        Path file = dir.resolve(e.file());
        Files.write(file, BitmapEncoder.getBitmapBytes(e.chart(), BitmapEncoder.BitmapFormat.PNG));
        written.add(file);
      }
      Path json = dir.resolve(RESULTS);
      Files.writeString(json, json(result), StandardCharsets.UTF_8);
      written.add(json);
      Path csv = dir.resolve(CUSTOMERS);
      writeCustomers(result.customers(), csv);
      written.add(csv);
      Path page = dir.resolve(PAGE);
      Files.writeString(page, html(result, charts), StandardCharsets.UTF_8);
      written.add(page);
    } catch (IOException e) {
      throw new UncheckedIOException("out must be a writable folder, but writing into " + dir + " failed: "
          + e.getMessage(), e);
    }
    return written;
  }

  /** The figures as indented JSON (the per-customer columns are in {@link #CUSTOMERS}, not here). */
  public static String json(AnalysisResult r) {
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
    try {
      return new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the analysis must serialise as JSON, but: " + e.getMessage(), e);
    }
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

  private static String html(AnalysisResult r, List<AnalysisCharts.Entry> charts) {
    StringBuilder b = new StringBuilder(8_000);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>crm4j analysis</title>\n<style>\n")
        .append("body{font-family:sans-serif;max-width:860px;margin:2em auto;color:#222}\n")
        .append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 8px;text-align:left}\n")
        .append("figure{margin:1.5em 0}figcaption{font-size:90%;color:#555}\n</style>\n</head>\n<body>\n")
        .append("<h1>crm4j analysis</h1>\n<table>\n");
    AnalysisResult.Settings s = r.settings();
    row(b, "transactions", Integer.toString(r.log().rows()));
    row(b, "customers (cohort analysed)", r.log().customers() + " (" + r.log().cohort() + ")");
    row(b, "first and last purchase", r.log().firstDay() + " to " + r.log().lastDay());
    row(b, "calibration end", s.calibrationEnd() == null ? "none (no holdout check)" : s.calibrationEnd().toString());
    row(b, "as of", s.asOf().toString());
    row(b, "time unit", s.unit());
    row(b, "BG/NBD", params(r.bgnbd().parameters()));
    if (r.gammaGamma() != null) {
      row(b, "Gamma-Gamma", params(r.gammaGamma().parameters()));
    }
    for (AnalysisResult.ModelCheck m : r.models()) {
      row(b, m.fit().model() + (m.fit().model().equals(r.best()) ? " (used)" : ""),
          m.holdoutRmse() == null ? "log-likelihood " + fmt(m.fit().logLikelihood())
              : "holdout RMSE " + fmt(m.holdoutRmse()) + ", MAE " + fmt(m.holdoutMae()) + ", expected "
                  + fmt(m.expectedHoldoutPurchases()) + " purchases"
                  + (r.holdout() == null ? "" : " (actual " + r.holdout().actualPurchases() + ")"));
    }
    if (r.gammaGamma() != null) {
      row(b, s.clvMonths() + "-month CLV, total", s.currency() + " "
          + String.format(Locale.ROOT, "%,.2f", sum(r.customers().clv())));
    }
    row(b, r.abcBasis() + " share of the top 20 %", String.format(Locale.ROOT, "%.1f %%", 100 * r.paretoShare()));
    b.append("</table>\n<p>Per customer: <a href=\"").append(CUSTOMERS).append("\">").append(CUSTOMERS)
        .append("</a>; every figure: <a href=\"").append(RESULTS).append("\">").append(RESULTS).append("</a>.</p>\n");
    for (AnalysisCharts.Entry e : charts) {
      b.append("<figure>\n<img src=\"").append(escape(e.file())).append("\" width=\"").append(AnalysisCharts.WIDTH)
          .append("\" height=\"").append(AnalysisCharts.HEIGHT).append("\" alt=\"").append(escape(e.caption()))
          .append("\">\n<figcaption>").append(escape(e.caption())).append("</figcaption>\n</figure>\n");
    }
    return b.append("</body>\n</html>\n").toString();
  }

  private static String params(Map<String, Double> p) {
    StringBuilder b = new StringBuilder();
    p.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(" = ").append(fmt(v)));
    return b.toString();
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.4g", v);
  }

  private static void row(StringBuilder b, String name, String value) {
    b.append("<tr><th>").append(escape(name)).append("</th><td>").append(escape(value)).append("</td></tr>\n");
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
