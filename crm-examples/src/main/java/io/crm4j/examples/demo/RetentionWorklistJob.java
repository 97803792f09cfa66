package io.crm4j.examples.demo;

import io.crm4j.core.activity.Purchase;
import io.crm4j.core.spi.Store;
import io.crm4j.scoring.clv.BgNbdModel;
import io.crm4j.scoring.clv.ClvScoring;
import io.crm4j.scoring.clv.ClvSummary;
import io.crm4j.scoring.clv.ClvTimeUnit;
import io.crm4j.scoring.clv.CustomerSummary;
import io.crm4j.scoring.clv.GammaGammaModel;
import io.crm4j.scoring.clv.TransactionSummarizer;
import io.crm4j.scoring.retention.ChurnRisk;
import io.crm4j.scoring.retention.CohortRetention;
import io.crm4j.scoring.retention.RetentionWorklist;
import io.crm4j.scoring.retention.WinBackConfig;
import io.crm4j.scoring.retention.WinBackList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The retention worklist over a store. crm-core cannot know scoring, so the walk lives here, where
 * both are on the class path: the store's purchases are read in one scan of the activity log,
 * summarized in weeks as of {@code asOf} (later purchases are left out), BG/NBD and Gamma-Gamma are
 * fitted, every customer is scored (P(alive), 12-month CLV at 1 % a month, P(churn within 52
 * weeks)) and ranked by value at risk; the lapsed customers are grouped by the ABC class of their
 * past spend with the strategies of the win-back config; and the monthly cohort rates are computed
 * from the same purchases.
 */
public final class RetentionWorklistJob {

  /** The churn horizon, in weeks. */
  static final double HORIZON_WEEKS = 52;

  private RetentionWorklistJob() {}

  /**
   * What the job computed.
   *
   * @param worklist the top customers by value at risk
   * @param winBack the lapsed customers by value class
   * @param cohorts the monthly cohort and period rates of every stored purchase
   */
  public record Result(List<RetentionWorklist.Entry> worklist, List<WinBackList.Group> winBack,
      CohortRetention.Table cohorts) {}

  /** Runs the job over the store's purchases up to {@code asOf}, keeping the top {@code top}. */
  public static Result run(Store store, LocalDate asOf, int top, WinBackConfig winBack) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(winBack, "winBack");
    List<Purchase> purchases = new ArrayList<>();
    store.activities().scan(Instant.MIN, Instant.MAX, a -> {
      if (a instanceof Purchase p) {
        purchases.add(p);
      }
    });
    ClvSummary summary = TransactionSummarizer.of(asOf).summarize(purchases);
    BgNbdModel model = BgNbdModel.fit(summary).model();
    List<CustomerSummary> spenders = new ArrayList<>();
    for (CustomerSummary c : summary.customers()) {
      if (c.frequency() > 0 && c.monetaryValue() > 0) {
        spenders.add(c);
      }
    }
    GammaGammaModel spend = GammaGammaModel.fit(ClvSummary.of(spenders)).model();
    ClvScoring.Scores scores = ClvScoring.of(model, spend, HORIZON_WEEKS, 12, 0.01, ClvTimeUnit.WEEKS).score(summary);
    List<RetentionWorklist.Entry> worklist =
        RetentionWorklist.rank(ChurnRisk.of(model), HORIZON_WEEKS, summary, scores.clv(), top);

    Instant end = asOf.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    Map<String, Double> spent = new HashMap<>();
    for (Purchase p : purchases) {
      if (p.at().isBefore(end)) {
        spent.merge(p.customerId().value(), p.amount().amount().doubleValue(), Double::sum);
      }
    }
    String[] ids = new String[summary.size()];
    double[] pastSpend = new double[summary.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = summary.id(i);
      pastSpend[i] = Math.max(0.0, spent.getOrDefault(ids[i], 0.0));
    }
    List<WinBackList.Group> lapsed = WinBackList.of(winBack).build(ids, scores.probabilityAlive(), pastSpend);
    CohortRetention.Table cohorts = CohortRetention.of(CohortRetention.Period.MONTH).compute(purchases);
    return new Result(worklist, lapsed, cohorts);
  }
}
