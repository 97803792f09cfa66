package io.crm4j.scoring.clv;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A calibration summary plus what each customer did in the holdout period that follows it:
 * the number of purchase days, their mean amount, and the holdout length. Immutable and
 * thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class HoldoutSummary {

  private final ClvSummary calibration;
  private final int[] holdoutFrequency;
  private final double[] holdoutMonetary;
  private final double duration;

  HoldoutSummary(ClvSummary calibration, int[] holdoutFrequency, double[] holdoutMonetary, double duration) {
    this.calibration = Objects.requireNonNull(calibration, "calibration");
    this.holdoutFrequency = holdoutFrequency;
    this.holdoutMonetary = holdoutMonetary;
    this.duration = duration;
  }

  /** The calibration-period summary. */
  public ClvSummary calibration() {
    return calibration;
  }

  /** Number of purchase days of customer {@code index} in the holdout period. */
  public int holdoutFrequency(int index) {
    return holdoutFrequency[index];
  }

  /** Mean amount of the holdout purchase days of customer {@code index} (0 when there were none). */
  public double holdoutMonetaryValue(int index) {
    return holdoutMonetary[index];
  }

  /** Length of the holdout period, in the summary's time unit (the same for every customer). */
  public double duration() {
    return duration;
  }
}
