package io.crm4j.scoring.clv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ExactSumTest {

  private static double sum(List<Double> terms) {
    ExactSum s = new ExactSum();
    for (double x : terms) {
      s.add(x);
    }
    return s.value();
  }

  @Test
  void value_emptyIsZero() {
    assertThat(new ExactSum().value()).isEqualTo(0.0);
  }

  @Test
  void value_cancellationKeepsTheSmallTerm() {
    // 1e100 + 1 - 1e100 is 1 exactly; a plain double sum gives 0
    assertThat(sum(List.of(1e100, 1.0, -1e100))).isEqualTo(1.0);
    // Python: math.fsum([0.1] * 10) == 1.0, while the plain sum is 0.9999999999999999
    assertThat(sum(Collections.nCopies(10, 0.1))).isEqualTo(1.0);
  }

  @Test
  void reset_startsAgain() {
    ExactSum s = new ExactSum();
    s.add(5.0);
    s.reset();
    s.add(2.5);
    assertThat(s.value()).isEqualTo(2.5);
  }

  @Property
  void value_isTheCorrectlyRoundedSumInAnyOrder(
      @ForAll @Size(max = 40) List<@DoubleRange(min = -1e12, max = 1e12) Double> terms) {
    // reference: the exact decimal sum of the doubles (new BigDecimal(double) is exact), rounded once
    // by BigDecimal.doubleValue
    BigDecimal exact = BigDecimal.ZERO;
    for (double x : terms) {
      exact = exact.add(new BigDecimal(x));
    }
    double forward = sum(terms);
    List<Double> reversed = new ArrayList<>(terms);
    Collections.reverse(reversed);
    assertThat(forward).isEqualTo(exact.doubleValue());
    assertThat(Double.doubleToRawLongBits(sum(reversed))).isEqualTo(Double.doubleToRawLongBits(forward));
  }
}
