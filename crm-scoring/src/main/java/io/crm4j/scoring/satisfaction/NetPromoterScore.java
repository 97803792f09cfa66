package io.crm4j.scoring.satisfaction;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The net promoter score (NPS) from answers to "how likely are you to recommend us", 0 to 10:
 * the percentage of promoters minus the percentage of detractors.
 *
 * <p>Defaults are the standard preset: promoters answer 9-10, detractors 0-6, passives 7-8.
 * Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class NetPromoterScore {

  /** The highest answer on the scale. */
  public static final int MAX_ANSWER = 10;

  private static final NetPromoterScore DEFAULTS = new NetPromoterScore(9, 6);

  private final int promoterMinimum;
  private final int detractorMaximum;

  private NetPromoterScore(int promoterMinimum, int detractorMaximum) {
    this.promoterMinimum = promoterMinimum;
    this.detractorMaximum = detractorMaximum;
  }

  /** Promoters 9-10, detractors 0-6. */
  public static NetPromoterScore ofDefaults() {
    return DEFAULTS;
  }

  /**
   * Custom thresholds.
   *
   * @throws IllegalArgumentException unless {@code 0 <= detractorMaximum < promoterMinimum <= 10}
   */
  public static NetPromoterScore withThresholds(int promoterMinimum, int detractorMaximum) {
    if (detractorMaximum < 0 || detractorMaximum >= MAX_ANSWER) {
      throw new IllegalArgumentException("detractorMaximum must be in [0, " + (MAX_ANSWER - 1) + "], but was "
          + detractorMaximum);
    }
    if (promoterMinimum <= detractorMaximum || promoterMinimum > MAX_ANSWER) {
      throw new IllegalArgumentException("promoterMinimum must be in (detractorMaximum, 10] = (" + detractorMaximum
          + ", 10], but was " + promoterMinimum);
    }
    return new NetPromoterScore(promoterMinimum, detractorMaximum);
  }

  public int promoterMinimum() {
    return promoterMinimum;
  }

  public int detractorMaximum() {
    return detractorMaximum;
  }

  /**
   * Computes the NPS.
   *
   * @throws IllegalArgumentException if {@code answers} is empty or an answer is outside 0-10
   */
  public NpsResult compute(int[] answers) {
    Objects.requireNonNull(answers, "answers");
    if (answers.length == 0) {
      throw new IllegalArgumentException("answers must not be empty, but had length 0");
    }
    int promoters = 0;
    int detractors = 0;
    for (int i = 0; i < answers.length; i++) {
      int a = answers[i];
      if (a < 0 || a > MAX_ANSWER) {
        throw new IllegalArgumentException("answers[" + i + "] must be in [0, 10], but was " + a);
      }
      if (a >= promoterMinimum) {
        promoters++;
      } else if (a <= detractorMaximum) {
        detractors++;
      }
    }
    double score = 100.0 * (promoters - detractors) / answers.length;
    return new NpsResult(promoters, answers.length - promoters - detractors, detractors, score);
  }

  /**
   * The score alone, in {@code [-100, 100]}, from boxed answers: fits a functional interface of
   * the form {@code List<Integer> -> double} as a method reference, {@code nps::scoreOf}.
   *
   * @throws IllegalArgumentException as {@link #compute(int[])}
   */
  public double scoreOf(List<Integer> answers) {
    Objects.requireNonNull(answers, "answers");
    int[] values = new int[answers.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = Objects.requireNonNull(answers.get(i), "answers element");
    }
    return compute(values).score();
  }

  @Override
  public String toString() {
    return "NetPromoterScore[promoterMinimum=" + promoterMinimum + ", detractorMaximum=" + detractorMaximum + "]";
  }
}
