package io.crm4j.examples.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.crm4j.examples.analysis.AnalysisReport;
import io.crm4j.examples.analysis.ReportPage;
import io.crm4j.examples.demo.DemoResult;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Writes the demo report: one PNG per chart and {@code index.html}, a page that needs nothing but
 * those PNGs (no scripts, no style sheets, no network), or the same figures as JSON.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DemoReport {

  /** The page's file name inside the output folder. */
  public static final String PAGE = "index.html";

  private DemoReport() {}

  /**
   * Writes the charts and the page into {@code dir} (created if missing) and returns the files
   * written, charts first, the page last.
   */
  public static List<Path> write(DemoResult result, Path dir) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(dir, "dir");
    DemoResult r = result;
    ReportPage page = new ReportPage("crm4j demo report", "CDNOW sample (Fader, Hardie & Lee 2005), analysed as of "
        + "1998-06-30 with a 39-week holdout check, as crm4j analyze does; credit portfolio from the German credit "
        + "data; one simulated month of complaints.")
        .row("customers", Integer.toString(r.load().customers()))
        .row("purchases", Integer.toString(r.load().purchases()))
        .row("revenue", r.load().revenue().toString())
        .row("purchase model used (smallest holdout error)", r.analysis().best())
        .row("12-month CLV, total", String.format(Locale.ROOT, "USD %,.2f", clvTotal(r)))
        .row("spend share of the top 20 %", String.format(Locale.ROOT, "%.1f %%", 100 * r.analysis().paretoShare()))
        .row("credit scorecard AUC (portfolio)", String.format(Locale.ROOT, "%.3f", r.credit().holdoutAuc()))
        .row("complaints received / resolved", r.complaints().received() + " / " + r.complaints().resolved());
    return page.write(DemoCharts.all(r), dir, PAGE);
  }

  private static double clvTotal(DemoResult r) {
    double total = 0;
    for (double v : r.analysis().customers().clv()) {
      total += v;
    }
    return total;
  }

  /** The report's figures as indented JSON; the analysis under {@code "analysis"}, as {@code analyze} writes it. */
  public static String json(DemoResult r) {
    Objects.requireNonNull(r, "r");
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("customers", r.load().customers());
    root.put("purchases", r.load().purchases());
    root.put("revenue", r.load().revenue().amount());
    root.put("currency", r.load().revenue().currency().getCurrencyCode());
    root.put("lifecycle", r.lifecycle());
    root.put("analysis", AnalysisReport.figures(r.analysis()));
    Map<String, Double> clv = new LinkedHashMap<>();
    var summary = r.analysis().customers().summary();
    double[] values = r.analysis().customers().clv();
    for (int i = 0; i < values.length; i++) {
      clv.put(summary.id(i), values[i]);
    }
    root.put("clvByCustomer", clv);
    root.put("credit", r.credit());
    root.put("complaints", r.complaints());
    try {
      return new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the report must serialise as JSON, but: " + e.getMessage(), e);
    }
  }

  /** Text made safe for HTML. */
  static String escape(String s) {
    return ReportPage.escape(s);
  }
}
