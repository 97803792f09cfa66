package io.crm4j.scoring.credit;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A scorecard checked on a sample with known outcomes: KS, AUC and Gini, the lift and gains table
 * by decile and the calibration table by decile; see {@link ScoreValidation#validate}. Immutable and
 * thread-safe.
 *
 * @param summary KS, AUC and Gini
 * @param lift ten rows, lowest scores (highest event odds) first
 * @param calibration ten rows over the same deciles
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ScorecardValidation(ValidationReport summary, List<LiftRow> lift, List<CalibrationRow> calibration) {

  public ScorecardValidation {
    Objects.requireNonNull(summary, "summary");
    lift = List.copyOf(lift);
    calibration = List.copyOf(calibration);
  }
}
