package io.crm4j.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crm4j.scoring.retention.CohortRetention;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * {@link CohortRetention} on the CDNOW sample shipped with the examples (2 357 customers, first
 * purchases January to March 1997, log to June 1998). Expected counts computed independently in
 * plain Python (a dict of customer → set of months, cohort = min month):
 * <pre>
 * cohort 1997-01: 781 [781, 124, 95, 70, 65, 77, 65, 53, 52, 45, 62, 59, 45, 47, 63, 37, 37, 33]
 * cohort 1997-02: 857 [857, 134, 110, 75, 77, 75, 61, 61, 74, 70, 59, 57, 59, 70, 56, 59, 60]
 * cohort 1997-03: 719 [719, 87, 84, 78, 63, 64, 55, 57, 73, 65, 47, 51, 78, 32, 38, 45]
 * month-on-month: 1997-02 124/781, 1997-05 90/267, 1998-06 41/134
 * year 1998: of the 2 357 customers active in 1997, 515 bought in 1998: retention 0.21850, churn 0.78150
 * </pre>
 */
class CohortRetentionCdnowTest {

  @Test
  void compute_cdnowSampleByMonth_matchesIndependentCounts() {
    CohortRetention.Table t = CohortRetention.of(CohortRetention.Period.MONTH).compute(CdnowSample.purchases());
    assertThat(t.cohorts()).hasSize(3);
    assertThat(t.cohorts().get(0).start()).isEqualTo(LocalDate.of(1997, 1, 1));
    assertThat(t.cohorts().get(0).active()).containsExactly(781, 124, 95, 70, 65, 77, 65, 53, 52, 45, 62, 59, 45, 47,
        63, 37, 37, 33);
    assertThat(t.cohorts().get(1).active()).containsExactly(857, 134, 110, 75, 77, 75, 61, 61, 74, 70, 59, 57, 59, 70,
        56, 59, 60);
    assertThat(t.cohorts().get(2).active()).containsExactly(719, 87, 84, 78, 63, 64, 55, 57, 73, 65, 47, 51, 78, 32,
        38, 45);
    assertThat(t.cohorts().get(0).retentionRate(1)).isCloseTo(124 / 781.0, within(1e-15));
    assertThat(t.periods()).hasSize(17);
    assertThat(t.periods().get(0).retained()).isEqualTo(124);
    assertThat(t.periods().get(0).activeBefore()).isEqualTo(781);
    assertThat(t.periods().get(3).start()).isEqualTo(LocalDate.of(1997, 5, 1));
    assertThat(t.periods().get(3).retentionRate()).isCloseTo(0.33707865168539325, within(1e-15));
    assertThat(t.periods().get(16).retained()).isEqualTo(41);
    assertThat(t.periods().get(16).activeBefore()).isEqualTo(134);
  }

  @Test
  void compute_cdnowSampleByYear_givesTheAnnualChurn() {
    CohortRetention.Table t = CohortRetention.of(CohortRetention.Period.YEAR).compute(CdnowSample.purchases());
    assertThat(t.cohorts()).hasSize(1);
    assertThat(t.cohorts().get(0).active()).containsExactly(2357, 515);
    assertThat(t.periods()).hasSize(1);
    assertThat(t.periods().get(0).churnRate()).isCloseTo(0.7815019092066186, within(1e-15));
  }
}
