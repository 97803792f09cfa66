package io.crm4j.examples.analysis;

import io.crm4j.scoring.credit.LiftRow;
import java.awt.Color;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The charts of an {@link AnalysisResult}, one question each, and the chart shapes the demo report
 * shares with them; every chart is {@link #WIDTH} by {@link #HEIGHT} pixels.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AnalysisCharts {

  public static final int WIDTH = 800;
  public static final int HEIGHT = 500;
  /** Bins of the CLV histogram below the 95th percentile; one more bin holds the rest. */
  private static final int CLV_BINS = 15;

  private AnalysisCharts() {}

  /** A chart, the file it is saved to and the caption the page shows. */
  public record Entry(String file, String caption, Chart<?, ?> chart) {}

  /** Every chart of the analysis, in the order the page shows them. */
  public static List<Entry> all(AnalysisResult r) {
    String unit = r.settings().unit();
    List<Entry> charts = new ArrayList<>();
    charts.add(new Entry("calibration-frequencies.png", "Customers by repeat purchases in the calibration period, "
        + "actual and as BG/NBD expects (Fader, Hardie and Lee 2005, Figure 2).", frequencies(r.frequencies())));
    if (r.holdout() != null) {
      charts.add(new Entry("calibration-vs-holdout.png", "Mean purchases in the holdout period by the number of "
          + "repeat purchases in calibration: actual, and as each model fitted on calibration predicts.",
          holdout(r.holdout())));
    }
    charts.add(new Entry("tracking-cumulative.png", "Cumulative repeat purchases of the cohort, actual and as "
        + r.best() + " expects; the dashed line ends the calibration period.", tracking(r, true)));
    charts.add(new Entry("tracking-per-period.png", "Repeat purchases per " + singular(unit) + ", actual and as "
        + r.best() + " expects.", tracking(r, false)));
    if (r.retention() != null) {
      AnalysisResult.RetentionCurve c = r.retention();
      charts.add(new Entry("retention-curve.png", "Survival of the " + c.cohortSize() + " customers who first bought"
          + " in " + c.cohortStart().getMonth().getDisplayName(TextStyle.FULL, Locale.ROOT) + " "
          + c.cohortStart().getYear() + " (still buying in that month or later), actual and as the sBG model fitted"
          + " to months 0 to " + c.fittedMonths() + " projects it.", retention(c)));
    }
    if (r.churn() != null) {
      AnalysisResult.ChurnScorecard c = r.churn();
      charts.add(new Entry("churn-gains.png", "Cumulative gains of the churn scorecard (churn: no purchase in the "
          + "holdout period) on the " + c.customers() + " customers it was trained on: AUC "
          + String.format(Locale.ROOT, "%.3f", c.summary().auc()) + ", lift of the riskiest decile "
          + String.format(Locale.ROOT, "%.2f", c.lift().get(0).lift()) + ".", gains(c)));
    }
    charts.add(new Entry("probability-alive.png", "P(alive) by repeat purchases and recency for a customer "
        + "observed for " + String.format(Locale.ROOT, "%.1f", r.aliveMatrix().age()) + " " + unit + " ("
        + r.best() + ").", aliveMatrix(r.aliveMatrix(), unit)));
    if (r.gammaGamma() != null) {
      charts.add(new Entry("clv-distribution.png", r.settings().clvMonths() + "-month CLV per customer ("
          + r.settings().currency() + "), " + percent(r.settings().monthlyDiscountRate()) + " a month discount.",
          clvHistogram(r.customers().clv(), r.settings())));
      charts.add(new Entry("pyramid.png", "Customer pyramid on " + r.settings().clvMonths() + "-month CLV.",
          bars("Customer pyramid (CLV)", "tier", r.pyramid())));
    }
    String basis = r.abcBasis();
    charts.add(new Entry("abc-lorenz.png", "ABC (Lorenz) curve: share of " + basis + " held by the top share of "
        + "customers.", lorenz(r.lorenz(), basis)));
    charts.add(new Entry("abc-classes.png", "ABC classes of " + basis + ".", bars("ABC classes (" + basis + ")",
        "class", r.abcClasses())));
    charts.add(new Entry("rfm-segments.png", "Customers per RFM segment.", bars("RFM segments", "segment",
        r.rfmSegments())));
    charts.add(new Entry("lifecycle.png", "Customers per lifecycle status under the preset policy.",
        bars("Lifecycle status", "status", r.lifecycle())));
    return charts;
  }

  private static String singular(String unit) {
    return unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
  }

  private static String percent(double rate) {
    return String.format(Locale.ROOT, "%.2f %%", 100 * rate);
  }

  /** An empty bar chart with the report's size and style. */
  public static CategoryChart categoryChart(String title, String x, String y) {
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(x)
        .yAxisTitle(y).build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    return chart;
  }

  static CategoryChart frequencies(AnalysisResult.Frequencies f) {
    CategoryChart chart = categoryChart("Repeat purchases in calibration", "repeat purchases", "customers");
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    List<String> classes = new ArrayList<>();
    for (int i = 0; i < f.actual().length; i++) {
      classes.add(i == f.actual().length - 1 ? i + "+" : Integer.toString(i));
    }
    chart.addSeries("actual", classes, boxed(f.actual()));
    chart.addSeries("BG/NBD", classes, boxed(f.expected()));
    return chart;
  }

  static CategoryChart holdout(AnalysisResult.Holdout h) {
    CategoryChart chart = categoryChart("Calibration vs holdout purchases", "repeat purchases in calibration",
        "mean purchases in holdout");
    List<String> groups = new ArrayList<>();
    for (int f : h.frequency()) {
      groups.add(Integer.toString(f));
    }
    chart.addSeries("actual", groups, boxed(h.actual()));
    h.expected().forEach((name, values) -> chart.addSeries(name, groups, boxed(values)));
    return chart;
  }

  static XYChart tracking(AnalysisResult r, boolean cumulative) {
    AnalysisResult.Tracking t = r.tracking();
    String unit = r.settings().unit();
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
        .title(cumulative ? "Cumulative repeat purchases" : "Repeat purchases per " + singular(unit))
        .xAxisTitle(unit + " since the first purchase in the log").yAxisTitle("repeat purchases").build();
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
    double[] actual = cumulative ? t.actualCumulative() : increments(t.actualCumulative());
    double[] expected = cumulative ? t.expectedCumulative() : increments(t.expectedCumulative());
    XYSeries a = chart.addSeries("actual", t.period(), actual);
    a.setMarker(SeriesMarkers.NONE);
    XYSeries e = chart.addSeries(r.best(), t.period(), expected);
    e.setMarker(SeriesMarkers.NONE);
    if (t.calibrationPeriods() > 0 && t.calibrationPeriods() < t.period().length) {
      double top = 0;
      for (int i = 0; i < actual.length; i++) {
        top = Math.max(top, Math.max(actual[i], expected[i]));
      }
      calibrationEnd(chart, t.period()[t.calibrationPeriods() - 1], top);
    }
    return chart;
  }

  /** A dashed grey vertical line from 0 to {@code top} at {@code x}, labelled "calibration end". */
  private static void calibrationEnd(XYChart chart, double x, double top) {
    XYSeries line = chart.addSeries("calibration end", new double[] {x, x}, new double[] {0, top});
    line.setMarker(SeriesMarkers.NONE);
    line.setLineStyle(new java.awt.BasicStroke(1f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER,
        10f, new float[] {6f, 4f}, 0f));
    line.setLineColor(Color.GRAY);
  }

  static XYChart retention(AnalysisResult.RetentionCurve c) {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title("Retention of the first monthly cohort")
        .xAxisTitle("months since the cohort's first month").yAxisTitle("share still buying").build();
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setYAxisMax(1.0);
    XYSeries actual = chart.addSeries("actual", months(c.actual().length), c.actual());
    actual.setMarker(SeriesMarkers.CIRCLE);
    XYSeries sbg = chart.addSeries("sBG", months(c.sbg().length), c.sbg());
    sbg.setMarker(SeriesMarkers.NONE);
    if (c.fittedMonths() < c.actual().length - 1) {
      calibrationEnd(chart, c.fittedMonths(), 1);
    }
    return chart;
  }

  private static double[] months(int count) {
    double[] x = new double[count];
    for (int k = 0; k < count; k++) {
      x[k] = k;
    }
    return x;
  }

  /**
   * The cumulative gains of the churn scorecard: the share of all churners among the riskiest share
   * of customers, at each decile boundary (an empty decile, left by tied scores, adds no point).
   */
  static XYChart gains(AnalysisResult.ChurnScorecard c) {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title("Churn scorecard: cumulative gains")
        .xAxisTitle("share of customers, highest churn risk first").yAxisTitle("share of the churners").build();
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
    List<Double> x = new ArrayList<>(List.of(0.0));
    List<Double> y = new ArrayList<>(List.of(0.0));
    int cases = 0;
    for (LiftRow row : c.lift()) {
      cases += row.cases();
      if (row.cases() > 0) {
        x.add(cases / (double) c.customers());
        y.add(row.cumulativeGains());
      }
    }
    chart.addSeries("scorecard", x, y).setMarker(SeriesMarkers.CIRCLE);
    chart.addSeries("random", new double[] {0, 1}, new double[] {0, 1}).setMarker(SeriesMarkers.NONE);
    return chart;
  }

  static double[] increments(double[] cumulative) {
    double[] out = new double[cumulative.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = cumulative[i] - (i == 0 ? 0 : cumulative[i - 1]);
    }
    return out;
  }

  static HeatMapChart aliveMatrix(AnalysisResult.AliveMatrix m, String unit) {
    HeatMapChart chart = new HeatMapChartBuilder().width(WIDTH).height(HEIGHT).title("P(alive)")
        .xAxisTitle("recency (" + unit + ")").yAxisTitle("repeat purchases").build();
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setShowValue(false);
    chart.getStyler().setMin(0);
    chart.getStyler().setMax(1);
    chart.getStyler().setRangeColors(new Color[] {new Color(0xB2182B), new Color(0xF7F7F7), new Color(0x2166AC)});
    chart.getStyler().setXAxisDecimalPattern("0");
    List<String> x = new ArrayList<>();
    for (double r : m.recency()) {
      x.add(String.format(Locale.ROOT, "%.0f", r));
    }
    List<Integer> y = new ArrayList<>();
    for (int f : m.frequency()) {
      y.add(f);
    }
    List<Number[]> cells = new ArrayList<>();
    for (int i = 0; i < m.frequency().length; i++) {
      for (int j = 0; j < m.recency().length; j++) {
        cells.add(new Number[] {j, i, m.value()[i][j]});
      }
    }
    chart.addSeries("P(alive)", x, y, cells);
    return chart;
  }

  static CategoryChart clvHistogram(double[] clv, AnalysisResult.Settings s) {
    double[] v = clv.clone();
    Arrays.sort(v);
    double cap = v.length == 0 ? 0 : v[(int) Math.floor(0.95 * (v.length - 1))];
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
    CategoryChart chart = categoryChart(s.clvMonths() + "-month CLV distribution",
        "CLV (" + s.currency() + ", bin start)", "customers");
    chart.getStyler().setXAxisLabelRotation(45);
    chart.getStyler().setLegendVisible(false);
    chart.addSeries("customers", labels, y);
    return chart;
  }

  /** Customers per category, one bar each (categories without customers left out). */
  public static CategoryChart bars(String title, String x, Map<String, Long> counts) {
    CategoryChart chart = categoryChart(title, x, "customers");
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setXAxisLabelRotation(counts.size() > 6 ? 45 : 0);
    List<String> names = new ArrayList<>();
    List<Number> values = new ArrayList<>();
    counts.forEach((k, v) -> {
      if (v > 0) {
        names.add(k);
        values.add(v);
      }
    });
    if (names.isEmpty()) {
      names.add("none");
      values.add(0);
    }
    chart.addSeries("customers", names, values);
    return chart;
  }

  static XYChart lorenz(double[][] curve, String basis) {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title("ABC (Lorenz) curve of " + basis)
        .xAxisTitle("share of customers, largest first").yAxisTitle("share of " + basis).build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    XYSeries line = chart.addSeries("customers", curve[0], curve[1]);
    line.setMarker(SeriesMarkers.NONE);
    XYSeries equal = chart.addSeries("equal " + basis, new double[] {0, 1}, new double[] {0, 1});
    equal.setMarker(SeriesMarkers.NONE);
    return chart;
  }

  private static List<Number> boxed(double[] values) {
    return new ArrayList<>(Arrays.stream(values).boxed().toList());
  }
}
