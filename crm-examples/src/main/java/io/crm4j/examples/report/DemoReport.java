package io.crm4j.examples.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.crm4j.examples.demo.DemoResult;
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
    // Java2D without a display: must be set before the first AWT class loads
    System.setProperty("java.awt.headless", "true");
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      List<DemoCharts.Entry> charts = DemoCharts.all(result);
      for (DemoCharts.Entry e : charts) {
        Path file = dir.resolve(e.file());
        Files.write(file, BitmapEncoder.getBitmapBytes(e.chart(), BitmapEncoder.BitmapFormat.PNG));
        written.add(file);
      }
      Path page = dir.resolve(PAGE);
      Files.writeString(page, html(result, charts), StandardCharsets.UTF_8);
      written.add(page);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report into " + dir + ": " + e.getMessage(), e);
    }
    return written;
  }

  /** The report's figures as indented JSON. */
  public static String json(DemoResult r) {
    Objects.requireNonNull(r, "r");
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("customers", r.load().customers());
    root.put("purchases", r.load().purchases());
    root.put("revenue", r.load().revenue().amount());
    root.put("currency", r.load().revenue().currency().getCurrencyCode());
    root.put("lifecycle", r.lifecycle());
    Map<String, Object> clv = new LinkedHashMap<>();
    clv.put("calibrationParams", r.clv().calibrationParams());
    clv.put("actualByRepeats", r.clv().actualByRepeats());
    clv.put("expectedByRepeats", r.clv().expectedByRepeats());
    clv.put("purchaseParams", r.clv().purchaseParams());
    clv.put("spendParams", r.clv().spendParams());
    clv.put("months", r.clv().months());
    clv.put("total", r.clv().total());
    clv.put("values", r.clv().values());
    root.put("clv", clv);
    root.put("tiers", r.tiers());
    root.put("credit", r.credit());
    root.put("complaints", r.complaints());
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the report must serialise as JSON, but: " + e.getMessage(), e);
    }
  }

  private static String html(DemoResult r, List<DemoCharts.Entry> charts) {
    StringBuilder b = new StringBuilder(8_000);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>crm4j demo report</title>\n<style>\n")
        .append("body{font-family:sans-serif;max-width:860px;margin:2em auto;color:#222}\n")
        .append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 8px;text-align:left}\n")
        .append("figure{margin:1.5em 0}figcaption{font-size:90%;color:#555}\n</style>\n</head>\n<body>\n")
        .append("<h1>crm4j demo report</h1>\n<p>CDNOW sample (Fader, Hardie &amp; Lee 2005), analysed as of 1998-07-01; ")
        .append("credit portfolio from the German credit data; one simulated month of complaints.</p>\n<table>\n");
    row(b, "customers", Integer.toString(r.load().customers()));
    row(b, "purchases", Integer.toString(r.load().purchases()));
    row(b, "revenue", r.load().revenue().toString());
    row(b, "12-month CLV, total", String.format(Locale.ROOT, "USD %,.2f", r.clv().total()));
    row(b, "spend share of the top 20 %", String.format(Locale.ROOT, "%.1f %%", 100 * r.tiers().paretoShare()));
    row(b, "credit scorecard AUC (portfolio)", String.format(Locale.ROOT, "%.3f", r.credit().holdoutAuc()));
    row(b, "complaints received / resolved", r.complaints().received() + " / " + r.complaints().resolved());
    b.append("</table>\n");
    for (DemoCharts.Entry e : charts) {
      b.append("<figure>\n<img src=\"").append(escape(e.file())).append("\" width=\"").append(DemoCharts.WIDTH)
          .append("\" height=\"").append(DemoCharts.HEIGHT).append("\" alt=\"").append(escape(e.caption()))
          .append("\">\n<figcaption>").append(escape(e.caption())).append("</figcaption>\n</figure>\n");
    }
    return b.append("</body>\n</html>\n").toString();
  }

  private static void row(StringBuilder b, String name, String value) {
    b.append("<tr><th>").append(escape(name)).append("</th><td>").append(escape(value)).append("</td></tr>\n");
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
