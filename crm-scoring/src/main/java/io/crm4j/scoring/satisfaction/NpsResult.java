package io.crm4j.scoring.satisfaction;

import org.apiguardian.api.API;

/**
 * A net promoter score and its counts. Immutable and thread-safe.
 *
 * @param promoters answers at or above the promoter threshold
 * @param passives answers between the thresholds
 * @param detractors answers at or below the detractor threshold
 * @param score {@code 100 * (promoters - detractors) / total}, in {@code [-100, 100]}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record NpsResult(int promoters, int passives, int detractors, double score) {

  public NpsResult {
    if (promoters < 0 || passives < 0 || detractors < 0) {
      throw new IllegalArgumentException("counts must be >= 0, but were " + promoters + ", " + passives + ", " + detractors);
    }
    if (!(score >= -100 && score <= 100)) {
      throw new IllegalArgumentException("score must be in [-100, 100], but was " + score);
    }
  }

  /** Number of answers. */
  public int total() {
    return promoters + passives + detractors;
  }
}
