package io.crm4j.scoring.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContractDurationsTest {

  @Test
  void of_aggregatesByDuration() {
    ContractDurations d = ContractDurations.of(new int[] {1, 3, 3, 0, 3, 5}, new boolean[] {false, false, true,
        true, false, true});
    assertThat(d.customers()).isEqualTo(6);
    assertThat(d.distinctDurations()).isEqualTo(4);
    assertThat(d.longestDuration()).isEqualTo(5);
    assertThat(d.toString()).isEqualTo("ContractDurations[6 customers, 4 distinct durations]");
  }

  @Test
  void of_veryLongDurations_areSortedNotCounted() {
    // durations beyond the dense counting limit take the sorting path, with the same likelihood
    int[] durations = {1, 2, 2, 5_000_000, 3, 5_000_000};
    boolean[] censored = {false, false, true, true, false, false};
    ContractDurations d = ContractDurations.of(durations, censored);
    assertThat(d.distinctDurations()).isEqualTo(4);
    assertThat(d.longestDuration()).isEqualTo(5_000_000);
    SbgModel m = SbgModel.of(0.5, 2);
    double expected = Math.log(m.churnProbability(1)) + Math.log(m.churnProbability(2)) + Math.log(m.survival(2))
        + Math.log(m.churnProbability(3)) + Math.log(m.survival(5_000_000))
        + Math.log(m.churnProbability(5_000_000));
    double actual = io.crm4j.scoring.retention.internal.SbgKernel.INSTANCE.evaluate(d.counts(),
        new double[] {0.5, 2}, io.crm4j.scoring.clv.spi.Derivatives.VALUE).logLikelihood();
    assertThat(actual).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-7));
  }

  @Test
  void of_invalidInput_throwsNamingIndexAndValue() {
    assertThatThrownBy(() -> ContractDurations.of(new int[] {1, 2}, new boolean[] {false}))
        .hasMessage("durations and censored must have equal lengths, but had 2 and 1");
    assertThatThrownBy(() -> ContractDurations.of(new int[0], new boolean[0]))
        .hasMessage("durations must hold at least one customer, but was empty");
    assertThatThrownBy(() -> ContractDurations.of(new int[] {3, 0}, new boolean[] {false, false}))
        .hasMessage("durations[1] must be >= 1 for a churned customer, but was 0");
    assertThatThrownBy(() -> ContractDurations.of(new int[] {3, -1}, new boolean[] {false, true}))
        .hasMessage("durations[1] must be >= 0 for an active customer, but was -1");
  }
}
