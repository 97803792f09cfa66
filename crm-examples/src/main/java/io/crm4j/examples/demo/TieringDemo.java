package io.crm4j.examples.demo;

import io.crm4j.core.activity.Purchase;
import io.crm4j.scoring.rfm.RfmAnalysis;
import io.crm4j.scoring.rfm.RfmTable;
import io.crm4j.scoring.tiering.AbcClass;
import io.crm4j.scoring.tiering.AbcClassification;
import io.crm4j.scoring.tiering.AbcEntry;
import io.crm4j.scoring.tiering.CustomerPyramid;
import io.crm4j.scoring.tiering.PyramidTier;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The tiering step of the demo: ABC and RFM on spend, the customer pyramid on 12-month CLV. */
final class TieringDemo {

  private TieringDemo() {}

  static DemoResult.Tiers run(List<Purchase> purchases, Map<String, Double> clv, Instant asOf) {
    Map<String, Double> spend = new HashMap<>();
    for (Purchase p : purchases) {
      spend.merge(p.customerId().value(), p.amount().amount().doubleValue(), Double::sum);
    }
    AbcClassification abc = AbcClassification.ofDefaults();
    List<AbcEntry<String>> table = abc.classify(spend);
    Map<String, Long> classes = new LinkedHashMap<>();
    for (AbcClass c : AbcClass.values()) {
      classes.put(c.name(), 0L);
    }
    double[] x = new double[table.size() + 1];
    double[] y = new double[table.size() + 1];
    for (int i = 0; i < table.size(); i++) {
      AbcEntry<String> e = table.get(i);
      classes.merge(e.abcClass().name(), 1L, Long::sum);
      x[i + 1] = (i + 1) / (double) table.size();
      y[i + 1] = e.cumulativeShare();
    }
    double pareto = abc.paretoShare(spend.values().stream().mapToDouble(Double::doubleValue).toArray());

    RfmTable rfm = RfmAnalysis.ofDefaults().score(purchases, asOf);
    Map<String, Long> segments = new TreeMap<>();
    rfm.segmentCounts().forEach((k, v) -> segments.put(k, v.longValue()));

    Map<String, PyramidTier> tiers = CustomerPyramid.ofDefaults().assign(clv);
    Map<String, Long> pyramid = new LinkedHashMap<>();
    for (PyramidTier t : PyramidTier.values()) {
      pyramid.put(t.name(), 0L);
    }
    tiers.values().forEach(t -> pyramid.merge(t.name(), 1L, Long::sum));
    return new DemoResult.Tiers(classes, x, y, pareto, segments, pyramid);
  }
}
