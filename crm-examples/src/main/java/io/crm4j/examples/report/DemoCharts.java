package io.crm4j.examples.report;

import io.crm4j.examples.demo.DemoResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Builds the report's charts from a {@link DemoResult}; every chart is {@link #WIDTH} by {@link #HEIGHT} pixels. */
final class DemoCharts {

  static final int WIDTH = 800;
  static final int HEIGHT = 500;
  /** Bins of the CLV histogram below the 95th percentile; one more bin holds the rest. */
  private static final int CLV_BINS = 15;

  private DemoCharts() {}

  /** A chart, the file it is saved to and the caption the page shows. */
  record Entry(String file, String caption, Chart<?, ?> chart) {}

  static List<Entry> all(DemoResult r) {
    return List.of(
        new Entry("bgnbd-calibration.png", "BG/NBD calibration: customers by repeat purchases in the 39-week "
            + "calibration period, actual and as the fitted model expects (Fader, Hardie and Lee 2005, Figure 2).",
            calibration(r.clv())),
        new Entry("clv-distribution.png", "12-month CLV per customer (USD), 1 % a month discount.", clvHistogram(r.clv())),
        new Entry("tier-mix.png", "Customer pyramid on 12-month CLV and ABC classes on spend.", tiers(r.tiers())),
        new Entry("segment-mix.png", "RFM segments, lifecycle statuses and loyalty rungs.", segments(r)),
        new Entry("abc-lorenz.png", "ABC (Lorenz) curve: share of spend held by the top share of customers.",
            lorenz(r.tiers())),
        new Entry("sla-compliance.png", "Resolution SLA met, by priority, in the simulated month.", sla(r.complaints())),
        new Entry("credit-grades.png", "Credit grades of the 300 portfolio applicants.", grades(r.credit())));
  }

  private static CategoryChart bars(String title, String x, String y) {
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(x)
        .yAxisTitle(y).build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
    return chart;
  }

  static CategoryChart calibration(DemoResult.Clv clv) {
    CategoryChart chart = bars("BG/NBD calibration (CDNOW, 39 weeks)", "repeat purchases", "customers");
    List<String> classes = new ArrayList<>();
    for (int i = 0; i < clv.actualByRepeats().length; i++) {
      classes.add(i == clv.actualByRepeats().length - 1 ? i + "+" : Integer.toString(i));
    }
    chart.addSeries("actual", classes, boxed(clv.actualByRepeats()));
    chart.addSeries("BG/NBD", classes, boxed(clv.expectedByRepeats()));
    return chart;
  }

  static CategoryChart clvHistogram(DemoResult.Clv clv) {
    double[] v = clv.values().values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double cap = v[(int) Math.floor(0.95 * (v.length - 1))];
    double width = cap > 0 ? cap / CLV_BINS : 1;
    long[] counts = new long[CLV_BINS + 1];
    for (double x : v) {
      counts[x >= cap ? CLV_BINS : (int) Math.min(CLV_BINS - 1, Math.floor(x / width))]++;
    }
    List<String> labels = new ArrayList<>();
    List<Number> y = new ArrayList<>();
    for (int i = 0; i <= CLV_BINS; i++) {
      labels.add(i == CLV_BINS ? String.format(Locale.ROOT, ">=%.0f", cap)
          : String.format(Locale.ROOT, "%.0f", i * width));
      y.add(counts[i]);
    }
    CategoryChart chart = bars("12-month CLV distribution", "CLV (USD, bin start)", "customers");
    chart.getStyler().setXAxisLabelRotation(45);
    chart.getStyler().setLegendVisible(false);
    chart.addSeries("customers", labels, y);
    return chart;
  }

  static CategoryChart tiers(DemoResult.Tiers t) {
    CategoryChart chart = bars("Tier mix", "tier / class", "customers");
    addAligned(chart, List.of(t.pyramid(), t.abcClasses()), List.of("pyramid (CLV)", "ABC (spend)"));
    return chart;
  }

  static CategoryChart segments(DemoResult r) {
    CategoryChart chart = bars("Segment mix", "segment / status / rung", "customers");
    chart.getStyler().setXAxisLabelRotation(45);
    addAligned(chart, List.of(r.tiers().rfmSegments(), r.lifecycle().statuses(), r.lifecycle().rungs()),
        List.of("RFM segment", "lifecycle status", "loyalty rung"));
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
    return chart;
  }

  /**
   * Adds one series per map over the union of their non-zero keys (XChart draws category series
   * over one shared category axis), with 0 where a map lacks a key.
   */
  private static void addAligned(CategoryChart chart, List<Map<String, Long>> maps, List<String> names) {
    chart.getStyler().setOverlapped(true);
    List<String> categories = new ArrayList<>();
    for (Map<String, Long> m : maps) {
      m.forEach((k, v) -> {
        if (v > 0 && !categories.contains(k)) {
          categories.add(k);
        }
      });
    }
    for (int i = 0; i < maps.size(); i++) {
      Map<String, Long> m = maps.get(i);
      List<Number> y = new ArrayList<>();
      categories.forEach(c -> y.add(m.getOrDefault(c, 0L)));
      chart.addSeries(names.get(i), categories, y);
    }
  }

  static XYChart lorenz(DemoResult.Tiers t) {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title("ABC (Lorenz) curve of spend")
        .xAxisTitle("share of customers, largest spender first").yAxisTitle("share of spend").build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
    chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
    XYSeries curve = chart.addSeries("customers", t.lorenzCustomerShare(), t.lorenzValueShare());
    curve.setMarker(SeriesMarkers.NONE);
    XYSeries equal = chart.addSeries("equal spend", new double[] {0, 1}, new double[] {0, 1});
    equal.setMarker(SeriesMarkers.NONE);
    return chart;
  }

  static CategoryChart sla(DemoResult.Complaints k) {
    CategoryChart chart = bars("Resolution SLA compliance by priority", "priority", "met (%)");
    List<String> x = new ArrayList<>();
    List<Number> y = new ArrayList<>();
    k.resolutionCompliance().forEach((p, r) -> {
      x.add(p + " (" + r[0] + "/" + r[1] + ")");
      y.add(r[1] == 0 ? 0.0 : 100.0 * r[0] / r[1]);
    });
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setYAxisMax(100.0);
    chart.getStyler().setLegendVisible(false);
    chart.addSeries("met", x, y);
    return chart;
  }

  static CategoryChart grades(DemoResult.Credit c) {
    CategoryChart chart = bars("Credit grades of the portfolio", "grade", "applicants");
    chart.getStyler().setLegendVisible(false);
    chart.addSeries("applicants", List.copyOf(c.grades().keySet()), List.copyOf(c.grades().values()));
    return chart;
  }

  private static List<Number> boxed(double[] values) {
    return new ArrayList<>(Arrays.stream(values).boxed().toList());
  }
}
