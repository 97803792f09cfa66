package io.crm4j.scoring.credit;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The outcome of training: the scorecard, the binning of every candidate variable (kept or not),
 * and the validation statistics on the training sample. Immutable and thread-safe.
 *
 * @param scorecard the points scorecard
 * @param candidates the binning of each candidate variable, in column order
 * @param intercept the regression intercept (modelling the event, "bad")
 * @param training KS, AUC and Gini of the scorecard on the training sample
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ScorecardFit(Scorecard scorecard, List<VariableBinning> candidates, double intercept,
    ValidationReport training) {

  public ScorecardFit {
    Objects.requireNonNull(scorecard, "scorecard");
    candidates = List.copyOf(candidates);
    Objects.requireNonNull(training, "training");
  }
}
