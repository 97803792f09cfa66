package io.crm4j.core.loyalty;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a {@link TierService} runs: the tier programme, and the measure that assesses members against
 * its thresholds (spend, qualifying points or a score). Immutable and thread-safe.
 *
 * @param programme the tiers, thresholds, window and grace
 * @param measure what a member's value in a window is
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record TierConfig(TierProgramme programme, TierMeasure measure) {

  public TierConfig {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(measure, "measure");
  }

  /** The programme assessed by {@code measure}. */
  public static TierConfig of(TierProgramme programme, TierMeasure measure) {
    return new TierConfig(programme, measure);
  }
}
