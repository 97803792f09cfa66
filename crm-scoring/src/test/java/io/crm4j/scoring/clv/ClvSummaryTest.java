package io.crm4j.scoring.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClvSummaryTest {

  @Test
  void of_arraysNumbersTheCustomers() {
    ClvSummary s = ClvSummary.of(new int[] {0, 2}, new double[] {0, 3}, new double[] {5, 6});
    assertThat(s.size()).isEqualTo(2);
    assertThat(s.id(1)).isEqualTo("2");
    assertThat(s.customer(1)).isEqualTo(new CustomerSummary("2", 2, 3.0, 6.0, 0.0));
    assertThat(s.repeatCustomers()).isEqualTo(1);
    assertThat(s.customers()).hasSize(2).first().isEqualTo(CustomerSummary.of("1", 0, 0, 5));
    assertThat(s).hasToString("ClvSummary[2 customers, 1 repeaters, in weeks]");
    assertThat(s.unit()).isEqualTo(ClvTimeUnit.WEEKS);
  }

  @Test
  void of_listKeepsOrderAndValues() {
    List<CustomerSummary> list = List.of(new CustomerSummary("a", 1, 1, 2, 10), CustomerSummary.of("b", 0, 0, 3));
    ClvSummary s = ClvSummary.of(list);
    assertThat(s.customers()).containsExactlyElementsOf(list);
    assertThat(s.monetaryValue(0)).isEqualTo(10);
    assertThat(s.recency(0)).isEqualTo(1);
    assertThat(s.age(1)).isEqualTo(3);
    assertThat(s.frequency(0)).isEqualTo(1);
  }

  @Test
  void inUnit_convertsRecencyAndAgeOnly() {
    // issue 18 §3: customer 1 of CDNOW, (2, 30.43, 38.86) weeks, is (2, 213.01, 272.02) days
    ClvSummary weeks = ClvSummary.of(new String[] {"1"}, new int[] {2}, new double[] {30.43}, new double[] {38.86},
        new double[] {22.35});
    ClvSummary days = weeks.inUnit(ClvTimeUnit.DAYS);
    assertThat(days.unit()).isEqualTo(ClvTimeUnit.DAYS);
    assertThat(days.recency(0)).isCloseTo(213.01, within(1e-12));
    assertThat(days.age(0)).isCloseTo(272.02, within(1e-12));
    assertThat(days.frequency(0)).isEqualTo(2);
    assertThat(days.monetaryValue(0)).isEqualTo(22.35);
    assertThat(days.id(0)).isEqualTo("1");
    // and back: t × 7 / 7 is t again up to one rounding
    assertThat(days.inUnit(ClvTimeUnit.WEEKS).recency(0)).isCloseTo(30.43, within(1e-13));
    assertThat(weeks.inUnit(ClvTimeUnit.WEEKS)).isSameAs(weeks);
    assertThat(days.withMonetaryValues(new double[] {5}).unit()).isEqualTo(ClvTimeUnit.DAYS);
    assertThatThrownBy(() -> weeks.inUnit(null)).isInstanceOf(NullPointerException.class).hasMessage("target");
  }

  @Test
  void of_withUnitKeepsIt() {
    assertThat(ClvSummary.of(List.of(CustomerSummary.of("a", 0, 0, 3)), ClvTimeUnit.MONTHS).unit())
        .isEqualTo(ClvTimeUnit.MONTHS);
    assertThat(ClvSummary.of(new int[] {0}, new double[] {0}, new double[] {3}, ClvTimeUnit.DAYS).unit())
        .isEqualTo(ClvTimeUnit.DAYS);
    assertThatThrownBy(() -> ClvSummary.of(new int[] {0}, new double[] {0}, new double[] {3}, null))
        .isInstanceOf(NullPointerException.class).hasMessage("unit");
  }

  @Test
  void withMonetaryValues_replacesSpend() {
    ClvSummary s = ClvSummary.of(new int[] {1}, new double[] {1}, new double[] {2}).withMonetaryValues(new double[] {4});
    assertThat(s.monetaryValue(0)).isEqualTo(4);
    assertThatThrownBy(() -> s.withMonetaryValues(new double[0])).hasMessage("monetaryValue must have 1 entries, but had 0");
    assertThatThrownBy(() -> s.withMonetaryValues(new double[] {-1}))
        .hasMessageContaining("monetaryValue must be finite and >= 0");
  }

  @Test
  void of_rejectsInconsistentRows() {
    assertThatThrownBy(() -> ClvSummary.of(new int[] {1}, new double[] {5}, new double[] {4}))
        .hasMessage("recency must be <= T, but was recency 5.0 > T 4.0 (customer 1)");
    assertThatThrownBy(() -> ClvSummary.of(new int[] {0}, new double[] {1}, new double[] {4}))
        .hasMessageContaining("recency must be 0 when frequency is 0");
    assertThatThrownBy(() -> ClvSummary.of(new int[] {1, 2}, new double[] {1}, new double[] {4}))
        .hasMessageContaining("equal lengths");
    assertThatThrownBy(() -> ClvSummary.of(new String[] {"a"}, new int[] {1}, new double[] {1}, new double[] {2},
        new double[0])).hasMessageContaining("equal lengths");
    assertThatThrownBy(() -> CustomerSummary.of("a", 1, 1, Double.NaN)).hasMessageContaining("T must be finite");
    assertThatThrownBy(() -> CustomerSummary.of("a", 1, -1, 2)).hasMessageContaining("recency must be finite and >= 0");
    assertThatThrownBy(() -> ClvSummary.of(new int[] {1}, new double[] {1}, new double[] {2}).customer(1))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }
}
