package io.crm4j.scoring.clv.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class PartialSumsTest {

  private static PartialSums sums(double w, double ll, double g0, double g1, double h01) {
    return PartialSums.of(2, Derivatives.HESSIAN, w, ll, new double[] {g0, g1}, new double[] {1, h01, h01, 2});
  }

  @Test
  void plus_addsEveryComponent() {
    PartialSums s = sums(2, -3, 0.5, 1, 0.25).plus(sums(3, -4, 1.5, -1, 0.75));
    assertThat(s.weight()).isEqualTo(5.0);
    assertThat(s.logLikelihood()).isEqualTo(-7.0);
    assertThat(s.gradient()).containsExactly(2.0, 0.0);
    assertThat(s.hessian()[0]).containsExactly(2.0, 1.0);
    assertThat(s.hessian()[1]).containsExactly(1.0, 4.0);
    assertThat(s.dimension()).isEqualTo(2);
    assertThat(s.derivatives()).isEqualTo(Derivatives.HESSIAN);
  }

  @Test
  void zero_isNeutral() {
    PartialSums a = sums(2, -3, 0.5, 1, 0.25);
    assertThat(PartialSums.zero(2, Derivatives.HESSIAN).plus(a)).isEqualTo(a);
    assertThat(a.plus(PartialSums.zero(2, Derivatives.HESSIAN))).isEqualTo(a).hasSameHashCodeAs(a);
  }

  @Test
  void of_nonFiniteValueGivesUndefinedThatAbsorbs() {
    PartialSums bad = PartialSums.of(2, Derivatives.GRADIENT, 1, Double.NEGATIVE_INFINITY, new double[] {0, 0},
        new double[0]);
    assertThat(bad.isDefined()).isFalse();
    assertThat(bad.toString()).contains("undefined");
    PartialSums good = PartialSums.of(2, Derivatives.GRADIENT, 2, -1, new double[] {1, 1}, new double[0]);
    PartialSums sum = good.plus(bad);
    assertThat(sum.isDefined()).isFalse();
    assertThat(sum.weight()).isEqualTo(3.0);
    assertThatThrownBy(sum::logLikelihood).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("must be defined");
  }

  @Test
  void of_rejectsInvalidParts() {
    assertThatThrownBy(() -> PartialSums.of(2, Derivatives.GRADIENT, 1, 0, new double[] {1}, new double[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("gradient and hessian must have 2 and 0 entries for GRADIENT, but had 1 and 0");
    assertThatThrownBy(() -> PartialSums.of(2, Derivatives.VALUE, -1, 0, new double[0], new double[0]))
        .hasMessage("weight must be finite and >= 0, but was -1.0");
    assertThatThrownBy(() -> PartialSums.zero(0, Derivatives.VALUE))
        .hasMessage("dimension must be in [1, 16], but was 0");
    assertThatThrownBy(() -> PartialSums.undefined(17, Derivatives.VALUE, 1))
        .hasMessage("dimension must be in [1, 16], but was 17");
  }

  @Test
  void plus_rejectsOtherShapes() {
    assertThatThrownBy(() -> PartialSums.zero(2, Derivatives.HESSIAN).plus(PartialSums.zero(3, Derivatives.HESSIAN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("other must have dimension 2 and HESSIAN, but had 3 and HESSIAN");
  }

  @Test
  void accessors_refuseMissingDerivatives() {
    PartialSums v = PartialSums.of(2, Derivatives.VALUE, 1, -2, new double[0], new double[0]);
    assertThat(v.logLikelihood()).isEqualTo(-2.0);
    assertThatThrownBy(v::gradient).isInstanceOf(IllegalStateException.class)
        .hasMessage("partial sums must hold GRADIENT to be read so, but held VALUE");
    assertThatThrownBy(v::hessian).hasMessage("partial sums must hold HESSIAN to be read so, but held VALUE");
    assertThat(v.toString()).contains("logLikelihood=-2.0");
  }

  @Test
  void gradient_returnsACopy() {
    PartialSums a = sums(2, -3, 0.5, 1, 0.25);
    a.gradient()[0] = 99;
    a.hessian()[0][0] = 99;
    assertThat(a.gradient()[0]).isEqualTo(0.5);
    assertThat(a.hessian()[0][0]).isEqualTo(1.0);
  }

  /** Merging in another grouping changes only the rounding: (a + b) + c = a + (b + c) to 1e-12 relative. */
  @Property
  void plus_isAssociativeToRounding(@ForAll @DoubleRange(min = -1e6, max = 1e6) double a,
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double b, @ForAll @DoubleRange(min = -1e6, max = 1e6) double c) {
    PartialSums x = sums(1, a, b, c, a);
    PartialSums y = sums(2, b, c, a, b);
    PartialSums z = sums(3, c, a, b, c);
    PartialSums left = x.plus(y).plus(z);
    PartialSums right = x.plus(y.plus(z));
    double scale = Math.abs(a) + Math.abs(b) + Math.abs(c) + 1;
    assertThat(left.logLikelihood()).isCloseTo(right.logLikelihood(), within(1e-12 * scale));
    assertThat(left.gradient()[1]).isCloseTo(right.gradient()[1], within(1e-12 * scale));
    assertThat(left.weight()).isEqualTo(6.0);
    // and commutative exactly
    assertThat(x.plus(y)).isEqualTo(y.plus(x));
  }
}
