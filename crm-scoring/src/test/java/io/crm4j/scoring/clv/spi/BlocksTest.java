package io.crm4j.scoring.clv.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three block types and the local pass over them. */
class BlocksTest {

  @Test
  void summaryBlock_keepsRowsAndTotals() {
    SummaryBlock b = SummaryBlock.of(new int[] {0, 3, 1}, new double[] {0, 10, 2}, new double[] {20, 30, 4},
        new double[] {1, 2, 0.5}, 1, 3);
    assertThat(b.size()).isEqualTo(2);
    assertThat(b.frequency(0)).isEqualTo(3);
    assertThat(b.recency(1)).isEqualTo(2.0);
    assertThat(b.age(0)).isEqualTo(30.0);
    assertThat(b.weight(1)).isEqualTo(0.5);
    assertThat(b.totalWeight()).isEqualTo(2.5);
    // Σ weight·T = 2·30 + 0.5·4 = 62
    assertThat(b.weightedAgeSum()).isEqualTo(62.0);
    assertThat(b.maxFrequency()).isEqualTo(3);
    assertThat(b.toString()).isEqualTo("SummaryBlock[2 rows, weight 2.5]");
  }

  @Test
  void summaryBlock_rejectsInvalidRows() {
    assertThatThrownBy(() -> SummaryBlock.of(new int[] {1}, new double[] {1, 2}, new double[] {3}, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("columns must have equal lengths, but were frequency 1, recency 2, age 1, weight none");
    assertThatThrownBy(() -> SummaryBlock.of(new int[] {-1}, new double[] {0}, new double[] {3}, null))
        .hasMessage("frequency must be >= 0, but was -1 (row 0)");
    assertThatThrownBy(() -> SummaryBlock.of(new int[] {1}, new double[] {Double.NaN}, new double[] {3}, null))
        .hasMessage("recency must be finite and >= 0, but was NaN (row 0)");
    assertThatThrownBy(() -> SummaryBlock.of(new int[] {1}, new double[] {4}, new double[] {3}, null))
        .hasMessage("age must be finite and >= recency 4.0, but was 3.0 (row 0)");
    assertThatThrownBy(() -> SummaryBlock.of(new int[] {1}, new double[] {1}, new double[] {3}, new double[] {-1}))
        .hasMessage("weight must be finite and >= 0, but was -1.0 (row 0)");
    assertThatThrownBy(() -> SummaryBlock.of(new int[] {1}, new double[] {1}, new double[] {3}, null, 0, 2))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void summaryBlock_survivesSerializationWithItsKernelState() throws IOException, ClassNotFoundException {
    SummaryBlock b = SummaryBlock.of(new int[] {0, 2, 1}, new double[] {0, 10, 2}, new double[] {20, 30, 4}, null);
    double[] theta = {0.55, 10.5, 0.6, 11.7};
    double before = Kernels.paretoNbd().evaluate(b, theta, Derivatives.VALUE).logLikelihood();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(b);
      out.writeObject(Kernels.paretoNbd());
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      SummaryBlock copy = (SummaryBlock) in.readObject();
      @SuppressWarnings("unchecked")
      LikelihoodKernel<SummaryBlock> kernel = (LikelihoodKernel<SummaryBlock>) in.readObject();
      assertThat(kernel).isSameAs(Kernels.paretoNbd());
      assertThat(kernel.evaluate(copy, theta, Derivatives.VALUE).logLikelihood()).isEqualTo(before);
    }
  }

  @Test
  void spendBlock_rejectsInvalidRows() {
    SpendBlock ok = SpendBlock.of(new int[] {1, 2}, new double[] {10, 20}, new double[] {1, 3});
    assertThat(ok.size()).isEqualTo(2);
    assertThat(ok.totalWeight()).isEqualTo(4.0);
    assertThat(ok.toString()).isEqualTo("SpendBlock[2 rows, weight 4.0]");
    assertThatThrownBy(() -> SpendBlock.of(new int[] {0}, new double[] {10}, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("frequency must be > 0, but was 0 (row 0)");
    assertThatThrownBy(() -> SpendBlock.of(new int[] {1}, new double[] {0}, null))
        .hasMessage("meanSpend must be finite and > 0, but was 0.0 (row 0)");
    assertThatThrownBy(() -> SpendBlock.of(new int[] {1}, new double[] {1, 2}, null))
        .hasMessage("columns must have equal lengths, but were frequency 1, meanSpend 2, weight none");
  }

  @Test
  void periodBlock_rejectsInvalidRows() {
    PeriodBlock ok = PeriodBlock.of(new int[] {0, 2}, new int[] {0, 5}, new int[] {6, 6}, null);
    assertThat(ok.size()).isEqualTo(2);
    assertThat(ok.totalWeight()).isEqualTo(2.0);
    assertThat(ok.toString()).isEqualTo("PeriodBlock[2 rows, weight 2.0]");
    assertThatThrownBy(() -> PeriodBlock.of(new int[] {3}, new int[] {2}, new int[] {6}, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row must have 0 <= frequency <= recency <= periods, but was frequency 3, recency 2, periods 6 (row 0)");
    assertThatThrownBy(() -> PeriodBlock.of(new int[] {0}, new int[] {1}, new int[] {6}, null))
        .hasMessageContaining("frequency 0, recency 1");
    assertThatThrownBy(() -> PeriodBlock.of(new int[] {0}, new int[] {0}, new int[] {6}, new double[] {Double.NaN}))
        .hasMessage("weight must be finite and >= 0, but was NaN (row 0)");
  }

  @Test
  void localPass_sumsBlocksLikeOneBlock() {
    int[] x = {0, 0, 1, 2, 5, 3, 0, 1};
    double[] tx = {0, 0, 3.5, 10.25, 30, 12, 0, 38};
    double[] t = {20, 38.5, 30, 38.5, 39, 12, 5, 38};
    double[] theta = {0.7, 4.2, 0.9, 2.5};
    PartialSums whole = LocalPass.of(Kernels.bgNbd(), List.of(SummaryBlock.of(x, tx, t, null)))
        .evaluate(theta, Derivatives.GRADIENT);
    PartialSums split = LocalPass.of(Kernels.bgNbd(), List.of(SummaryBlock.of(x, tx, t, null, 0, 2),
        SummaryBlock.of(x, tx, t, null, 2, 5), SummaryBlock.of(x, tx, t, null, 5, 8))).evaluate(theta, Derivatives.GRADIENT);
    assertThat(split.logLikelihood()).isCloseTo(whole.logLikelihood(), org.assertj.core.api.Assertions.within(1e-12));
    assertThat(split.weight()).isEqualTo(8.0);
    assertThatThrownBy(() -> LocalPass.of(Kernels.bgNbd(), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("blocks must hold at least one block, but was empty");
  }
}
