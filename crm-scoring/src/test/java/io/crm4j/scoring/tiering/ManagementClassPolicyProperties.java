package io.crm4j.scoring.tiering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

class ManagementClassPolicyProperties {

  @Property
  void everyCustomerGetsOneClassMonotoneInProfit(
      @ForAll @Size(min = 1, max = 60) List<@DoubleRange(min = 0, max = 1e4) Double> values,
      @ForAll @Size(min = 1, max = 60) List<@DoubleRange(min = 0, max = 1e4) Double> costs) {
    int n = values.size();
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      c[i] = costs.get(i % costs.size());
    }
    ManagementClass[] classes = ManagementClassPolicy.ofDefaults().classify(v, c);
    assertThat(classes).hasSize(n).doesNotContainNull();
    for (int i = 0; i < n; i++) {
      assertThat(classes[i] == ManagementClass.NOT_WORTH_RETAINING).isEqualTo(v[i] - c[i] < 0);
      for (int j = 0; j < n; j++) {
        if (v[i] - c[i] > v[j] - c[j]) {
          assertThat(classes[i]).isLessThanOrEqualTo(classes[j]);
        }
      }
    }
  }
}
