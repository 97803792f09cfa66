package io.crm4j.examples.docs;

import io.crm4j.scoring.tiering.AbcClass;
import io.crm4j.scoring.tiering.AbcClassification;
import io.crm4j.scoring.tiering.CustomerPyramid;
import io.crm4j.scoring.tiering.PyramidTier;
import java.util.LinkedHashMap;
import java.util.Map;

/** docs/concepts/tiers.md: ABC classes on revenue and the customer pyramid on profit. */
public final class TiersExample {

  private TiersExample() {}

  /** The ABC class and pyramid tier of customer "C-1". */
  public record Result(AbcClass abc, PyramidTier tier) {}

  public static Result run() {
    // snippet-start
    Map<String, Double> revenue = new LinkedHashMap<>();
    revenue.put("C-1", 7_000.0);
    revenue.put("C-2", 1_500.0);
    revenue.put("C-3", 1_000.0);
    revenue.put("C-4", 500.0);
    // A up to 75 % of the cumulative total, B up to 95 %, then C (presets)
    AbcClass abc = AbcClassification.ofDefaults().classify(revenue).get(0).abcClass();       // A

    // the pyramid cuts by rank: top 5 % platinum, next 15 % gold, next 60 % iron, the rest lead
    Map<String, PyramidTier> tiers = CustomerPyramid.ofDefaults().assign(revenue);
    PyramidTier tier = tiers.get("C-1");                                                       // PLATINUM
    // snippet-end
    return new Result(abc, tier);
  }
}
