package io.crm4j.scoring.tiering.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SortedOrderTest {

  @Test
  void of_ordersNegativesZerosAndTiesStably() {
    double[] values = {3.5, -1, 0.0, -0.0, 1e300, -1e-300, 3.5};
    SortedOrder s = SortedOrder.of(values);
    // ascending: -1 (1), -1e-300 (5), 0.0 (2) and -0.0 (3) as equal in input order, 3.5 (0, 6), 1e300 (4)
    assertThat(s.order()).containsExactly(1, 5, 2, 3, 0, 6, 4);
    assertThat(s.keys()[2]).isEqualTo(s.keys()[3]);
    assertThat(SortedOrder.value(s.keys()[0])).isEqualTo(-1.0);
    assertThat(SortedOrder.value(s.keys()[6])).isEqualTo(1e300);
    assertThat(SortedOrder.of(new double[0]).order()).isEmpty();
  }

  @Property
  void of_matchesAStableComparatorSort(@ForAll @Size(max = 200) double[] raw) {
    double[] values = Arrays.stream(raw).filter(v -> !Double.isNaN(v)).map(v -> v + 0.0).toArray();
    Integer[] expected = new Integer[values.length];
    for (int i = 0; i < expected.length; i++) {
      expected[i] = i;
    }
    Arrays.sort(expected, Comparator.comparingDouble(i -> values[i]));
    SortedOrder s = SortedOrder.of(values);
    assertThat(Arrays.stream(s.order()).boxed().toArray(Integer[]::new)).containsExactly(expected);
    for (int p = 0; p < values.length; p++) {
      assertThat(SortedOrder.value(s.keys()[p])).isEqualTo(values[s.order()[p]]);
    }
  }
}
