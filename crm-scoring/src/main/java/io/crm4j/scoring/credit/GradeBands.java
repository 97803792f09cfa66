package io.crm4j.scoring.credit;

import io.crm4j.core.credit.CreditGrade;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Maps a total on 0-100 to a {@link CreditGrade}: a grade applies when the total is strictly above
 * its threshold, checked from {@code AAA} down; a total at or below every threshold is {@code D}.
 * Presets ({@link #ofDefaults()}): above 90 AAA, 80 AA, 70 A, 60 BBB, 50 BB, 40 B, 30 CCC, 20 CC,
 * 10 C, else D; trade credit is offered down to grade B (CCC, CC, C and D get none).
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class GradeBands {

  private final Map<CreditGrade, Double> thresholds;
  private final CreditGrade lowestWithCredit;

  private GradeBands(Builder b) {
    this.thresholds = new EnumMap<>(b.thresholds);
    this.lowestWithCredit = b.lowestWithCredit;
  }

  /** The presets described in the class comment. */
  public static GradeBands ofDefaults() {
    return custom().build();
  }

  /** A builder starting from the presets. */
  public static Builder custom() {
    return new Builder();
  }

  /** A builder starting from the values of {@code base}. */
  public static Builder from(GradeBands base) {
    Objects.requireNonNull(base, "base");
    Builder b = new Builder();
    b.thresholds.putAll(base.thresholds);
    b.lowestWithCredit = base.lowestWithCredit;
    return b;
  }

  /**
   * The grade of a total.
   *
   * @throws IllegalArgumentException if {@code total} is not in [0, 100]
   */
  public CreditGrade gradeOf(double total) {
    if (!(total >= 0 && total <= 100)) {
      throw new IllegalArgumentException("total must be in [0, 100], but was " + total);
    }
    for (CreditGrade g : CreditGrade.values()) {
      Double t = thresholds.get(g);
      if (t != null && total > t) {
        return g;
      }
    }
    return CreditGrade.D;
  }

  /** The exclusive lower bound of a grade; {@code D} has none and returns 0. */
  public double threshold(CreditGrade grade) {
    Objects.requireNonNull(grade, "grade");
    return grade == CreditGrade.D ? 0 : thresholds.get(grade);
  }

  /** Returns true if the grade gets trade credit. */
  public boolean offersTradeCredit(CreditGrade grade) {
    Objects.requireNonNull(grade, "grade");
    return grade.isAtLeast(lowestWithCredit);
  }

  /**
   * The grades that get no trade credit, e.g. {@code [CCC, CC, C, D]} with the presets; pass them
   * to core's {@code CreditCheckConfig.Builder#refusedGrades}.
   */
  public Set<CreditGrade> gradesWithoutCredit() {
    Set<CreditGrade> out = EnumSet.noneOf(CreditGrade.class);
    for (CreditGrade g : CreditGrade.values()) {
      if (!offersTradeCredit(g)) {
        out.add(g);
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /** The lowest grade that still gets trade credit. */
  public CreditGrade lowestWithCredit() {
    return lowestWithCredit;
  }

  @Override
  public String toString() {
    return "GradeBands" + thresholds + ", credit down to " + lowestWithCredit;
  }

  /** Builds {@link GradeBands}; thresholds must fall strictly from AAA to C. */
  public static final class Builder {
    private final Map<CreditGrade, Double> thresholds = new EnumMap<>(CreditGrade.class);
    private CreditGrade lowestWithCredit = CreditGrade.B;

    private Builder() {
      double[] preset = {90, 80, 70, 60, 50, 40, 30, 20, 10};
      for (int i = 0; i < preset.length; i++) {
        thresholds.put(CreditGrade.values()[i], preset[i]);
      }
    }

    /** Sets the exclusive lower bound of a grade other than D, in [0, 100). */
    public Builder threshold(CreditGrade grade, double above) {
      Objects.requireNonNull(grade, "grade");
      if (grade == CreditGrade.D) {
        throw new IllegalArgumentException("grade must not be D (it takes every remaining total), but was D");
      }
      if (!(above >= 0 && above < 100)) {
        throw new IllegalArgumentException("threshold of " + grade + " must be in [0, 100), but was " + above);
      }
      thresholds.put(grade, above);
      return this;
    }

    /** The lowest grade that still gets trade credit. */
    public Builder lowestWithCredit(CreditGrade grade) {
      this.lowestWithCredit = Objects.requireNonNull(grade, "grade");
      return this;
    }

    /**
     * Builds the bands.
     *
     * @throws IllegalArgumentException if the thresholds do not fall strictly from AAA to C
     */
    public GradeBands build() {
      double previous = Double.POSITIVE_INFINITY;
      for (CreditGrade g : CreditGrade.values()) {
        if (g == CreditGrade.D) {
          break;
        }
        double t = thresholds.get(g);
        if (!(t < previous)) {
          throw new IllegalArgumentException("thresholds must fall strictly from AAA to C, but " + g + " has "
              + t + " after " + previous);
        }
        previous = t;
      }
      return new GradeBands(this);
    }
  }
}
