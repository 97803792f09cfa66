package io.crm4j.scoring.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CohortSurvivalTest {

  @Test
  void of_keepsCountsByPeriod() {
    CohortSurvival c = CohortSurvival.of(1000, 869, 743);
    assertThat(c.periods()).isEqualTo(2);
    assertThat(c.cohortSize()).isEqualTo(1000);
    assertThat(c.alive(2)).isEqualTo(743);
    assertThat(c.survivalShare(1)).isEqualTo(0.869);
    assertThat(c).isEqualTo(CohortSurvival.of(1000, 869, 743)).hasSameHashCodeAs(CohortSurvival.of(1000, 869, 743));
    assertThat(c).isNotEqualTo(CohortSurvival.of(1000, 869, 742));
    assertThat(c.toString()).isEqualTo("CohortSurvival[1000.0, 869.0, 743.0]");
  }

  @Test
  void ofShares_scalesByCohortSize() {
    CohortSurvival c = CohortSurvival.ofShares(1000, 0.869, 0.743);
    assertThat(c.alive(1)).isCloseTo(869, within(1e-9));
    assertThat(c.alive(2)).isCloseTo(743, within(1e-9));
    assertThatThrownBy(() -> CohortSurvival.ofShares(1000, 0.9, 1.2))
        .hasMessage("shares[1] must be in [0, 1], but was 1.2");
  }

  @Test
  void of_invalidCounts_throwNamingEntryAndValue() {
    assertThatThrownBy(() -> CohortSurvival.of(1000))
        .hasMessage("alive must hold the cohort and at least one later period, but had 1 entries");
    assertThatThrownBy(() -> CohortSurvival.of(0, 0))
        .hasMessage("alive[0] (the cohort size) must be finite and > 0, but was 0.0");
    assertThatThrownBy(() -> CohortSurvival.of(100, 90, -1))
        .hasMessage("alive[2] must be finite and >= 0, but was -1.0");
    assertThatThrownBy(() -> CohortSurvival.of(100, 90, Double.NaN))
        .hasMessage("alive[2] must be finite and >= 0, but was NaN");
    assertThatThrownBy(() -> CohortSurvival.of(1000, 653, 660))
        .hasMessage("alive must be non-increasing, but alive[2] was 660.0 after alive[1] 653.0");
  }

  @Test
  void alive_periodOutOfRange_throws() {
    assertThatThrownBy(() -> CohortSurvival.of(10, 9).alive(2)).hasMessage("period must be in [0, 1], but was 2");
    assertThatThrownBy(() -> CohortSurvival.of(10, 9).alive(-1)).hasMessage("period must be in [0, 1], but was -1");
  }
}
