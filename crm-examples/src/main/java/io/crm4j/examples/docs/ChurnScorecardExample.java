package io.crm4j.examples.docs;

import io.crm4j.core.activity.Purchase;
import io.crm4j.examples.demo.CdnowSample;
import io.crm4j.scoring.clv.HoldoutSummary;
import io.crm4j.scoring.clv.TransactionSummarizer;
import io.crm4j.scoring.credit.Sample;
import io.crm4j.scoring.credit.ScoreValidation;
import io.crm4j.scoring.credit.ScorecardConfig;
import io.crm4j.scoring.credit.ScorecardFit;
import io.crm4j.scoring.credit.ScorecardTrainer;
import io.crm4j.scoring.credit.ScorecardValidation;
import io.crm4j.scoring.retention.ChurnFeatures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** docs/concepts/retention.md: the supervised churn scorecard on the CDNOW sample, validated by decile. */
public final class ChurnScorecardExample {

  private ChurnScorecardExample() {}

  /** The figures of the example. */
  public record Result(int customers, List<String> variables, ScorecardValidation check, double pChurn) {}

  public static Result run() {
    List<Purchase> purchases = CdnowSample.purchases();
    // snippet-start
    // features to 1997-09-30, churn = no purchase from then to 1998-06-30
    HoldoutSummary split = TransactionSummarizer.custom(LocalDate.of(1997, 9, 30))
        .holdoutEnd(LocalDate.of(1998, 6, 30)).build().summarizeWithHoldout(purchases);
    Sample customers = ChurnFeatures.training(split);   // recency, frequency, spend, tenure, churned
    ScorecardFit fit = ScorecardTrainer.train(customers, ChurnFeatures.OUTCOME, ScorecardConfig.ofDefaults());

    ScorecardValidation check = ScoreValidation.validate(fit.scorecard(), customers, ChurnFeatures.OUTCOME);
    double auc = check.summary().auc();                   // 0.785
    double topLift = check.lift().get(0).lift();          // 1.26: the riskiest tenth churns 26 % more often
    // a one-time buyer, 30 weeks since that purchase: P(churn) 0.86
    double score = fit.scorecard().score(Map.of("recency", 30, "frequency", 0, "spend", 0, "tenure", 30));
    double pChurn = fit.scorecard().scaling().eventProbability(score);
    // snippet-end
    return new Result(customers.size(), fit.scorecard().variableNames(), check, pChurn);
  }
}
