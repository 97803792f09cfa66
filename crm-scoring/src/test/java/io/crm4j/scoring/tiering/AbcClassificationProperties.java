package io.crm4j.scoring.tiering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

class AbcClassificationProperties {

  @Property
  void everyCustomerGetsExactlyOneClass(@ForAll @Size(min = 1, max = 60) List<@DoubleRange(min = 0, max = 1e6) Double> values) {
    double[] v = toArray(values);
    v[0] += 1; // positive total
    AbcClass[] classes = AbcClassification.ofDefaults().classify(v);
    assertThat(classes).hasSize(v.length).doesNotContainNull();
  }

  @Property
  void classesAreMonotoneInValue(@ForAll @Size(min = 1, max = 60) List<@DoubleRange(min = 0, max = 1e6) Double> values,
      @ForAll boolean crossing) {
    double[] v = toArray(values);
    v[0] += 1;
    AbcConfig config = AbcConfig.custom()
        .boundaryRule(crossing ? AbcBoundaryRule.CROSSING_INCLUDED : AbcBoundaryRule.SHARE_AT_MOST).build();
    AbcClass[] classes = AbcClassification.of(config).classify(v);
    for (int i = 0; i < v.length; i++) {
      for (int j = 0; j < v.length; j++) {
        if (v[i] > v[j]) {
          assertThat(classes[i]).isLessThanOrEqualTo(classes[j]);
        } else if (v[i] == v[j]) {
          assertThat(classes[i]).isEqualTo(classes[j]);
        }
      }
    }
  }

  @Property
  void resultDoesNotDependOnInputOrder(@ForAll @Size(min = 1, max = 40) List<@DoubleRange(min = 0, max = 1e3) Double> values,
      @ForAll long seed) {
    double[] v = toArray(values);
    v[0] += 1;
    List<Integer> perm = new ArrayList<>();
    for (int i = 0; i < v.length; i++) {
      perm.add(i);
    }
    Collections.shuffle(perm, new Random(seed));
    double[] shuffled = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      shuffled[i] = v[perm.get(i)];
    }
    AbcClass[] original = AbcClassification.ofDefaults().classify(v);
    AbcClass[] reordered = AbcClassification.ofDefaults().classify(shuffled);
    for (int i = 0; i < v.length; i++) {
      assertThat(reordered[i]).isEqualTo(original[perm.get(i)]);
    }
  }

  @Property
  void paretoShareIsAtLeastTheTopFraction(@ForAll @Size(min = 1, max = 60) List<@DoubleRange(min = 0, max = 1e6) Double> values,
      @ForAll @DoubleRange(min = 0.01, max = 1) double top) {
    double[] v = toArray(values);
    v[0] += 1;
    double share = AbcClassification.paretoShare(v, top);
    // the largest k of n values hold at least k / n of the total
    int k = Math.max(1, (int) Math.ceil(top * v.length));
    assertThat(share).isBetween((double) k / v.length - 1e-9, 1.0);
  }

  private static double[] toArray(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
