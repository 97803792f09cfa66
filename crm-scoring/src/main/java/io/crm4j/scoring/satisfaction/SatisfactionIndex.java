package io.crm4j.scoring.satisfaction;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The weighted customer satisfaction index (CSI): {@code CSI = Σ wᵢ·sᵢ}, where {@code sᵢ} is the
 * mean points of the survey answers for item {@code i} on a {@link LikertScale} and the weights
 * {@code wᵢ} sum to 1.
 *
 * <p>Build one with {@code SatisfactionIndex.custom().item("quality", 0.4).item("price", 0.6).build()};
 * the scale defaults to {@link LikertScale#ofDefaults()}. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SatisfactionIndex {

  /** How far the weights may sum from 1 (rounding of decimal weights). */
  public static final double WEIGHT_SUM_TOLERANCE = 1e-9;

  private final Map<String, Double> weights;
  private final LikertScale scale;

  private SatisfactionIndex(Builder b) {
    this.weights = Collections.unmodifiableMap(new LinkedHashMap<>(b.weights));
    this.scale = b.scale;
  }

  public static Builder custom() {
    return new Builder();
  }

  public static Builder from(SatisfactionIndex base) {
    Objects.requireNonNull(base, "base");
    Builder b = new Builder().scale(base.scale);
    base.weights.forEach(b::item);
    return b;
  }

  /** The items and their weights, in the order they were added. */
  public Map<String, Double> weights() {
    return weights;
  }

  public LikertScale scale() {
    return scale;
  }

  /**
   * Computes the index from the answers per item (codes {@code 1..scale.levels()}).
   *
   * @throws IllegalArgumentException if an item is missing, unknown or has no answers, or an
   *     answer is out of range
   */
  public CsiResult compute(Map<String, int[]> answers) {
    Objects.requireNonNull(answers, "answers");
    for (String item : answers.keySet()) {
      if (!weights.containsKey(item)) {
        throw new IllegalArgumentException("answers item must be one of " + weights.keySet() + ", but was '" + item + "'");
      }
    }
    Map<String, Double> scores = new LinkedHashMap<>();
    double index = 0;
    for (Map.Entry<String, Double> w : weights.entrySet()) {
      int[] itemAnswers = answers.get(w.getKey());
      if (itemAnswers == null) {
        throw new IllegalArgumentException("answers must cover every item, but '" + w.getKey() + "' was missing");
      }
      double score;
      try {
        score = scale.meanPoints(itemAnswers);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("answers for '" + w.getKey() + "': " + e.getMessage(), e);
      }
      scores.put(w.getKey(), score);
      index += w.getValue() * score;
    }
    return new CsiResult(index, scores);
  }

  @Override
  public String toString() {
    return "SatisfactionIndex[weights=" + weights + ", scale=" + scale + "]";
  }

  /** Builds a {@link SatisfactionIndex}; each setter checks its argument at once. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private final Map<String, Double> weights = new LinkedHashMap<>();
    private LikertScale scale = LikertScale.ofDefaults();

    private Builder() {}

    /** Adds an item with its weight in {@code (0, 1]}; names must be unique and non-blank. */
    public Builder item(String name, double weight) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("name must not be blank, but was '" + name + "'");
      }
      if (weights.containsKey(name)) {
        throw new IllegalArgumentException("name must be unique, but '" + name + "' was added twice");
      }
      if (!(weight > 0 && weight <= 1)) {
        throw new IllegalArgumentException("weight must be in (0, 1], but was " + weight + " for '" + name + "'");
      }
      weights.put(name, weight);
      return this;
    }

    public Builder scale(LikertScale scale) {
      this.scale = Objects.requireNonNull(scale, "scale");
      return this;
    }

    /**
     * Builds the index.
     *
     * @throws IllegalArgumentException if there are no items or the weights do not sum to 1 (within
     *     {@link #WEIGHT_SUM_TOLERANCE})
     */
    public SatisfactionIndex build() {
      if (weights.isEmpty()) {
        throw new IllegalArgumentException("items must not be empty, but none were added");
      }
      double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
      if (Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
        throw new IllegalArgumentException("weights must sum to 1, but summed to " + sum + " for " + weights);
      }
      return new SatisfactionIndex(this);
    }
  }
}
