package io.crm4j.scoring.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class InformationValueTest {

  @Test
  void ofDistinctValues_germanCreditCheckingAccount_matchesPublishedIv() {
    // Published cross-check (datasets/README-credit.md): raw IV of status_of_existing_checking_account,
    // each distinct value its own group, no smoothing needed = 0.6660115034.
    Sample s = GermanCredit.sample();
    VariableWoe woe = InformationValue.ofDistinctValues("status_of_existing_checking_account",
        s.column("status_of_existing_checking_account"), s.goodFlags(GermanCredit.TARGET, GermanCredit.GOOD), 0.5);
    assertThat(woe.iv()).isCloseTo(0.6660115034, within(1e-9));
    assertThat(woe.bins()).hasSize(4);
    assertThat(woe.bins().stream().mapToLong(WoeBin::count).sum()).isEqualTo(1000);
  }

  @Test
  void of_twoGroups_matchesHandComputation() {
    // Computed by hand: goods 30/70 -> %good 0.3, 0.7; bads 20/10 -> %bad 2/3, 1/3.
    // WoE1 = ln(0.3 / 0.6667) = -0.798508; WoE2 = ln(0.7 / 0.3333) = 0.741937.
    // IV = (0.3 - 0.6667)(-0.798508) + (0.7 - 0.3333)(0.741937) = 0.292786 + 0.272044 = 0.564830.
    VariableWoe woe = InformationValue.of("x", List.of("a", "b"), new long[] {30, 70}, new long[] {20, 10}, 0);
    assertThat(woe.bins().get(0).woe()).isCloseTo(-0.798508, within(1e-6));
    assertThat(woe.bins().get(1).woe()).isCloseTo(0.741937, within(1e-6));
    assertThat(woe.iv()).isCloseTo(0.564830, within(1e-6));
  }

  @Test
  void of_emptyCell_addsAdjustmentToEveryCell() {
    // Computed by hand with 0.5 added to all four cells: goods 10.5/5.5 (total 16), bads 0.5/4.5 (total 5).
    // WoE1 = ln((10.5/16)/(0.5/5)) = ln(6.5625) = 1.881372; WoE2 = ln((5.5/16)/(4.5/5)) = ln(0.381944) = -0.962480.
    VariableWoe woe = InformationValue.of("x", List.of("a", "b"), new long[] {10, 5}, new long[] {0, 4}, 0.5);
    assertThat(woe.bins().get(0).woe()).isCloseTo(1.881372, within(1e-6));
    assertThat(woe.bins().get(1).woe()).isCloseTo(-0.962480, within(1e-6));
  }

  @Test
  void of_emptyCellWithoutAdjustment_throws() {
    assertThatThrownBy(() -> InformationValue.of("x", List.of("a", "b"), new long[] {10, 5}, new long[] {0, 4}, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("emptyCellAdjustment");
  }

  @Test
  void of_invalidInput_throws() {
    assertThatThrownBy(() -> InformationValue.of("x", List.of("a"), new long[] {1, 2}, new long[] {1}, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same non-zero length");
    assertThatThrownBy(() -> InformationValue.of("x", List.of("a"), new long[] {3}, new long[] {0}, 0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("goods and bads");
    assertThatThrownBy(() -> InformationValue.of("x", List.of("a"), new long[] {-1}, new long[] {2}, 0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(">= 0");
    assertThatThrownBy(() -> InformationValue.of("x", List.of("a"), new long[] {1}, new long[] {2}, 1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("emptyCellAdjustment must be in [0, 1]");
    assertThatThrownBy(() -> InformationValue.ofDistinctValues("x", new String[] {"a"}, new boolean[2], 0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same length");
  }

  @Property
  void of_anyCounts_ivIsNonNegative(@ForAll @Size(min = 2, max = 8) List<@IntRange(min = 0, max = 500) Integer> goods,
      @ForAll @IntRange(min = 0, max = 1000) int seed) {
    long[] g = new long[goods.size()];
    long[] b = new long[goods.size()];
    for (int i = 0; i < g.length; i++) {
      g[i] = goods.get(i);
      b[i] = (goods.get(i) * 31L + seed * (i + 7L)) % 401;
    }
    g[0] += 1; // the sample must hold goods and bads
    b[b.length - 1] += 1;
    List<String> labels = java.util.stream.IntStream.range(0, g.length).mapToObj(Integer::toString).toList();
    VariableWoe woe = InformationValue.of("x", labels, g, b, 0.5);
    assertThat(woe.iv()).isGreaterThanOrEqualTo(0);
    for (WoeBin bin : woe.bins()) {
      assertThat(bin.iv()).isGreaterThanOrEqualTo(0);
    }
  }
}
