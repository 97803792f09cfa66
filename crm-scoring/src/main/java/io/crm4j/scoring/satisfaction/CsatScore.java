package io.crm4j.scoring.satisfaction;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * CSAT: the percentage of answers that count as satisfied, e.g. 4 or 5 on a five-level scale, in
 * {@code [0, 100]} like core's {@code CsatFormula} (and NPS's {@code [-100, 100]}).
 *
 * <p>Defaults: five levels coded 1-5, satisfied from 4 up. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CsatScore {

  private static final CsatScore DEFAULTS = new CsatScore(5, 4);

  private final int levels;
  private final int satisfiedFrom;

  private CsatScore(int levels, int satisfiedFrom) {
    this.levels = levels;
    this.satisfiedFrom = satisfiedFrom;
  }

  /** Five levels, satisfied from 4. */
  public static CsatScore ofDefaults() {
    return DEFAULTS;
  }

  /**
   * A custom scale.
   *
   * @throws IllegalArgumentException unless {@code levels >= 2} and {@code 1 < satisfiedFrom <= levels}
   */
  public static CsatScore of(int levels, int satisfiedFrom) {
    if (levels < 2) {
      throw new IllegalArgumentException("levels must be >= 2, but was " + levels);
    }
    if (satisfiedFrom <= 1 || satisfiedFrom > levels) {
      throw new IllegalArgumentException("satisfiedFrom must be in (1, " + levels + "], but was " + satisfiedFrom);
    }
    return new CsatScore(levels, satisfiedFrom);
  }

  public int levels() {
    return levels;
  }

  public int satisfiedFrom() {
    return satisfiedFrom;
  }

  /**
   * The CSAT of the answers: {@code 100 * satisfied / answers}, in {@code [0, 100]}.
   *
   * @throws IllegalArgumentException if {@code answers} is empty or an answer is outside
   *     {@code 1..levels}
   */
  public double score(int[] answers) {
    Objects.requireNonNull(answers, "answers");
    if (answers.length == 0) {
      throw new IllegalArgumentException("answers must not be empty, but had length 0");
    }
    int satisfied = 0;
    for (int i = 0; i < answers.length; i++) {
      int a = answers[i];
      if (a < 1 || a > levels) {
        throw new IllegalArgumentException("answers[" + i + "] must be in [1, " + levels + "], but was " + a);
      }
      if (a >= satisfiedFrom) {
        satisfied++;
      }
    }
    return 100.0 * satisfied / answers.length;
  }

  @Override
  public String toString() {
    return "CsatScore[levels=" + levels + ", satisfiedFrom=" + satisfiedFrom + "]";
  }
}
