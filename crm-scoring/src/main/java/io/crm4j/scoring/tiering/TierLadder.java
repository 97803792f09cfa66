package io.crm4j.scoring.tiering;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Tiers from any score (CLV, points, spend) by thresholds, with hysteresis so that a customer near
 * a boundary does not flip tier at every evaluation.
 *
 * <p>A ladder is a base tier (every score reaches it) and tiers with strictly increasing lower
 * bounds. Without history, {@link #tierFor(double)} returns the highest tier whose lower bound is
 * at most the score. With the customer's current tier, {@link #tierFor(double, Tier)} applies two
 * margins:
 * <ul>
 *   <li>the customer rises to a higher tier only when the score reaches that tier's lower bound
 *       plus {@link #promotionMargin()} (the highest such tier is taken);</li>
 *   <li>otherwise the customer keeps the current tier while the score stays at or above its lower
 *       bound minus {@link #demotionMargin()};</li>
 *   <li>otherwise the customer falls to the highest lower tier whose lower bound minus the
 *       demotion margin the score still reaches (the base tier at worst).</li>
 * </ul>
 * Evaluating the same score again gives the same tier, and with both margins zero the result is
 * {@link #tierFor(double)}.
 *
 * <p>The {@link #tierNameFor(double, String)} form fits a functional interface that takes a score
 * and the current tier's name, so a caller outside crm-scoring can plug a ladder in as a method
 * reference.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TierLadder {

  private final List<Tier> tiers;
  private final double[] lowerBounds; // index 0 (base tier) unused
  private final double promotionMargin;
  private final double demotionMargin;

  private TierLadder(Builder b) {
    List<Tier> list = new ArrayList<>();
    for (int i = 0; i < b.names.size(); i++) {
      list.add(new Tier(b.names.get(i), i));
    }
    this.tiers = List.copyOf(list);
    this.lowerBounds = new double[b.bounds.size()];
    for (int i = 0; i < lowerBounds.length; i++) {
      lowerBounds[i] = b.bounds.get(i);
    }
    this.promotionMargin = b.promotionMargin;
    this.demotionMargin = b.demotionMargin;
  }

  /** A builder for a new ladder; start with {@link Builder#baseTier(String)}. */
  public static Builder custom() {
    return new Builder();
  }

  /** A builder holding the tiers and margins of {@code base}; more tiers may be added on top. */
  public static Builder from(TierLadder base) {
    Objects.requireNonNull(base, "base");
    Builder b = new Builder().baseTier(base.tiers.get(0).name());
    for (int i = 1; i < base.tiers.size(); i++) {
      b.tier(base.tiers.get(i).name(), base.lowerBounds[i]);
    }
    return b.hysteresis(base.promotionMargin, base.demotionMargin);
  }

  /** The tiers, base tier first. */
  public List<Tier> tiers() {
    return tiers;
  }

  /** The lower bound of a tier; empty for the base tier, which has none. */
  public OptionalDouble lowerBound(Tier tier) {
    int rank = rankOf(tier);
    return rank == 0 ? OptionalDouble.empty() : OptionalDouble.of(lowerBounds[rank]);
  }

  public double promotionMargin() {
    return promotionMargin;
  }

  public double demotionMargin() {
    return demotionMargin;
  }

  /**
   * The tier by name.
   *
   * @throws IllegalArgumentException if the ladder has no such tier
   */
  public Tier tier(String name) {
    Objects.requireNonNull(name, "name");
    for (Tier t : tiers) {
      if (t.name().equals(name)) {
        return t;
      }
    }
    throw new IllegalArgumentException("name must be one of " + names() + ", but was '" + name + "'");
  }

  /** The tier of {@code score} without history: no hysteresis. */
  public Tier tierFor(double score) {
    checkScore(score);
    for (int t = tiers.size() - 1; t > 0; t--) {
      if (score >= lowerBounds[t]) {
        return tiers.get(t);
      }
    }
    return tiers.get(0);
  }

  /**
   * The tier of {@code score} for a customer currently in {@code current}, with hysteresis (see the
   * class description); with {@code current == null} this is {@link #tierFor(double)}.
   *
   * @throws IllegalArgumentException if {@code score} is NaN or infinite, or {@code current} is
   *     not a tier of this ladder
   */
  public Tier tierFor(double score, @Nullable Tier current) {
    if (current == null) {
      return tierFor(score);
    }
    checkScore(score);
    int c = rankOf(current);
    for (int t = tiers.size() - 1; t > c; t--) {
      if (score >= lowerBounds[t] + promotionMargin) {
        return tiers.get(t);
      }
    }
    if (c == 0 || score >= lowerBounds[c] - demotionMargin) {
      return tiers.get(c);
    }
    for (int t = c - 1; t > 0; t--) {
      if (score >= lowerBounds[t] - demotionMargin) {
        return tiers.get(t);
      }
    }
    return tiers.get(0);
  }

  /** As {@link #tierFor(double, Tier)}, by tier name. */
  public String tierNameFor(double score, @Nullable String currentTierName) {
    return tierFor(score, currentTierName == null ? null : tier(currentTierName)).name();
  }

  private int rankOf(Tier tier) {
    Objects.requireNonNull(tier, "tier");
    if (tier.rank() >= tiers.size() || !tiers.get(tier.rank()).equals(tier)) {
      throw new IllegalArgumentException("tier must be one of " + tiers + ", but was " + tier);
    }
    return tier.rank();
  }

  private List<String> names() {
    return tiers.stream().map(Tier::name).toList();
  }

  private static void checkScore(double score) {
    if (!Double.isFinite(score)) {
      throw new IllegalArgumentException("score must be a finite number, but was " + score);
    }
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("TierLadder[").append(tiers.get(0).name());
    for (int i = 1; i < tiers.size(); i++) {
      sb.append(", ").append(tiers.get(i).name()).append(" >= ").append(lowerBounds[i]);
    }
    return sb.append(", promotionMargin=").append(promotionMargin)
        .append(", demotionMargin=").append(demotionMargin).append(']').toString();
  }

  /** Builds a {@link TierLadder}; each call checks its arguments at once. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private final List<String> names = new ArrayList<>();
    private final List<Double> bounds = new ArrayList<>();
    private double promotionMargin;
    private double demotionMargin;

    private Builder() {}

    /** Sets the base tier, which every score reaches; must be called first and once. */
    public Builder baseTier(String name) {
      Objects.requireNonNull(name, "name");
      if (!names.isEmpty()) {
        throw new IllegalStateException("baseTier must be set once and first, but tiers were " + names);
      }
      checkName(name);
      names.add(name);
      bounds.add(0.0);
      return this;
    }

    /**
     * Adds a tier above the previous one.
     *
     * @param lowerBound the lowest score in the tier; finite and above the previous tier's bound
     */
    public Builder tier(String name, double lowerBound) {
      Objects.requireNonNull(name, "name");
      if (names.isEmpty()) {
        throw new IllegalStateException("baseTier must be set before tier('" + name + "', ...)");
      }
      checkName(name);
      if (!Double.isFinite(lowerBound)) {
        throw new IllegalArgumentException("lowerBound must be a finite number, but was " + lowerBound);
      }
      if (bounds.size() > 1 && lowerBound <= bounds.get(bounds.size() - 1)) {
        throw new IllegalArgumentException("lowerBound must be above the previous tier's ("
            + bounds.get(bounds.size() - 1) + "), but was " + lowerBound);
      }
      names.add(name);
      bounds.add(lowerBound);
      return this;
    }

    /**
     * Sets the hysteresis margins in score units; both finite and {@code >= 0} (0 and 0, no
     * hysteresis, unless set).
     */
    public Builder hysteresis(double promotionMargin, double demotionMargin) {
      if (!Double.isFinite(promotionMargin) || promotionMargin < 0) {
        throw new IllegalArgumentException("promotionMargin must be finite and >= 0, but was " + promotionMargin);
      }
      if (!Double.isFinite(demotionMargin) || demotionMargin < 0) {
        throw new IllegalArgumentException("demotionMargin must be finite and >= 0, but was " + demotionMargin);
      }
      this.promotionMargin = promotionMargin;
      this.demotionMargin = demotionMargin;
      return this;
    }

    private void checkName(String name) {
      if (name.isBlank()) {
        throw new IllegalArgumentException("name must not be blank, but was '" + name + "'");
      }
      if (names.contains(name)) {
        throw new IllegalArgumentException("name must be unique in the ladder, but '" + name + "' was used twice");
      }
    }

    /** @throws IllegalStateException if no base tier was set */
    public TierLadder build() {
      if (names.isEmpty()) {
        throw new IllegalStateException("baseTier must be set before build()");
      }
      return new TierLadder(this);
    }
  }
}
