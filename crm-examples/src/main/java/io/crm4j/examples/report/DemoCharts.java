package io.crm4j.examples.report;

import io.crm4j.examples.analysis.AnalysisCharts;
import io.crm4j.examples.demo.DemoResult;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;

/**
 * The report's charts: every chart of the analysis ({@link AnalysisCharts}), then the demo's own
 * areas (loyalty rungs from the store, the complaints month's SLA, the credit portfolio).
 */
final class DemoCharts {

  private DemoCharts() {}

  static List<AnalysisCharts.Entry> all(DemoResult r) {
    List<AnalysisCharts.Entry> charts = new ArrayList<>(AnalysisCharts.all(r.analysis()));
    charts.add(new AnalysisCharts.Entry("loyalty-rungs.png", "Customers per rung of Payne's loyalty ladder after "
        + "the store's evaluation.", AnalysisCharts.bars("Loyalty ladder", "rung", r.lifecycle().rungs())));
    charts.add(new AnalysisCharts.Entry("sla-compliance.png", "Resolution SLA met, by priority, in the simulated "
        + "month.", sla(r.complaints())));
    charts.add(new AnalysisCharts.Entry("credit-grades.png", "Credit grades of the 300 portfolio applicants.",
        AnalysisCharts.bars("Credit grades of the portfolio", "grade", r.credit().grades())));
    return charts;
  }

  static CategoryChart sla(DemoResult.Complaints k) {
    CategoryChart chart = AnalysisCharts.categoryChart("Resolution SLA compliance by priority", "priority",
        "met (%)");
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
}
