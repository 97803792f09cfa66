package io.crm4j.scoring.satisfaction;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A survey answer scale and the points each answer is worth. Answers are coded {@code 1} (worst)
 * to {@code levels()} (best).
 *
 * <p>The default is the source material's five-level satisfaction scale: very dissatisfied 0,
 * dissatisfied 30, neutral 60, satisfied 80, very satisfied 100 points.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LikertScale {

  private static final LikertScale DEFAULTS = new LikertScale(new double[] {0, 30, 60, 80, 100});

  private final double[] points;

  private LikertScale(double[] points) {
    this.points = points;
  }

  /** The five-level scale 0 / 30 / 60 / 80 / 100. */
  public static LikertScale ofDefaults() {
    return DEFAULTS;
  }

  /**
   * A scale with the given points, worst answer first.
   *
   * @throws IllegalArgumentException unless there are at least 2 levels, all finite and strictly
   *     increasing
   */
  public static LikertScale ofPoints(double... points) {
    Objects.requireNonNull(points, "points");
    if (points.length < 2) {
      throw new IllegalArgumentException("points must have at least 2 levels, but had " + points.length);
    }
    for (int i = 0; i < points.length; i++) {
      if (!Double.isFinite(points[i])) {
        throw new IllegalArgumentException("points[" + i + "] must be a finite number, but was " + points[i]);
      }
      if (i > 0 && points[i] <= points[i - 1]) {
        throw new IllegalArgumentException("points must increase strictly, but points[" + i + "] = " + points[i]
            + " <= points[" + (i - 1) + "] = " + points[i - 1]);
      }
    }
    return new LikertScale(points.clone());
  }

  /** Number of answer levels. */
  public int levels() {
    return points.length;
  }

  /** The points, worst answer first. */
  public List<Double> points() {
    return Arrays.stream(points).boxed().toList();
  }

  /**
   * The points of an answer.
   *
   * @throws IllegalArgumentException unless {@code 1 <= answer <= levels()}
   */
  public double pointsOf(int answer) {
    if (answer < 1 || answer > points.length) {
      throw new IllegalArgumentException("answer must be in [1, " + points.length + "], but was " + answer);
    }
    return points[answer - 1];
  }

  /**
   * The mean points of a set of answers.
   *
   * @throws IllegalArgumentException if {@code answers} is empty or an answer is out of range
   */
  public double meanPoints(int[] answers) {
    Objects.requireNonNull(answers, "answers");
    if (answers.length == 0) {
      throw new IllegalArgumentException("answers must not be empty, but had length 0");
    }
    double sum = 0;
    for (int answer : answers) {
      sum += pointsOf(answer);
    }
    return sum / answers.length;
  }

  @Override
  public String toString() {
    return "LikertScale" + Arrays.toString(points);
  }
}
