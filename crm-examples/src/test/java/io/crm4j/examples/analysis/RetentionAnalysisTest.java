package io.crm4j.examples.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crm4j.scoring.clv.HoldoutSummary;
import io.crm4j.scoring.clv.TransactionSummarizer;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RetentionAnalysisTest {

  private static final LocalDate JAN = LocalDate.of(2024, 1, 1);

  /**
   * Ten customers first buy in January 2024 and last buy 0, 0, 0, 0, 1, 1, 2, 3, 3, 3 months later;
   * two more start in February and are not of the first cohort. Survivors of months 0-3: 10, 6, 4, 3.
   * sBG fitted to them by scipy (Nelder-Mead on the log-parameters of the Fader &amp; Hardie 2007
   * likelihood): alpha 1.531250, beta 2.268569, S(1) 0.597020, S(15) 0.051050.
   */
  @Test
  void curve_firstCohort_matchesAnIndependentSbgFit() {
    int[] lastMonths = {0, 0, 0, 0, 1, 1, 2, 3, 3, 3};
    int[] first = new int[12];
    int[] last = new int[12];
    for (int i = 0; i < 10; i++) {
      first[i] = day(JAN.plusDays(i));
      last[i] = day(JAN.plusMonths(lastMonths[i]).plusDays(5));
    }
    first[10] = day(JAN.plusMonths(1));
    last[10] = day(JAN.plusMonths(3));
    first[11] = day(JAN.plusMonths(1).plusDays(3));
    last[11] = first[11];
    AnalysisResult.RetentionCurve c = RetentionAnalysis.curve(first, last, null, LocalDate.of(2024, 4, 20));
    assertThat(c).isNotNull();
    assertThat(c.cohortStart()).isEqualTo(JAN);
    assertThat(c.cohortSize()).isEqualTo(10);
    assertThat(c.fittedMonths()).isEqualTo(3);
    assertThat(c.actual()).containsExactly(new double[] {1, 0.6, 0.4, 0.3}, within(1e-15));
    assertThat(c.alpha()).isCloseTo(1.531250, within(1e-4));
    assertThat(c.beta()).isCloseTo(2.268569, within(1e-4));
    assertThat(c.sbg()).hasSize(3 + RetentionAnalysis.PROJECTION_MONTHS + 1);
    assertThat(c.sbg()[0]).isEqualTo(1.0);
    assertThat(c.sbg()[1]).isCloseTo(0.597020, within(1e-5));
    assertThat(c.sbg()[15]).isCloseTo(0.051050, within(1e-5));
  }

  @Test
  void curve_fewerThanTwoFittedMonthsOrNobodyLost_isNull() {
    int[] first = new int[4];
    int[] last = new int[4];
    Arrays.fill(first, day(JAN));
    Arrays.fill(last, day(JAN.plusMonths(3)));
    // nobody lost: sBG has no finite estimate
    assertThat(RetentionAnalysis.curve(first, last, null, LocalDate.of(2024, 4, 20))).isNull();
    last[0] = first[0];
    // a calibration end in February fits months 0 and 1 only
    assertThat(RetentionAnalysis.curve(first, last, LocalDate.of(2024, 2, 10), LocalDate.of(2024, 4, 20))).isNull();
    assertThat(RetentionAnalysis.curve(first, last, LocalDate.of(2024, 3, 10), LocalDate.of(2024, 4, 20))).isNotNull();
    assertThat(RetentionAnalysis.curve(new int[0], new int[0], null, LocalDate.of(2024, 4, 20))).isNull();
  }

  @Test
  void scorecard_nobodyChurned_isNull() {
    HoldoutSummary split = TransactionSummarizer.custom(JAN.plusDays(27)).holdoutEnd(JAN.plusDays(55)).build()
        .summarizeWithHoldout(new String[] {"a", "a", "b", "b"},
            new LocalDate[] {JAN, JAN.plusDays(30), JAN.plusDays(3), JAN.plusDays(40)}, new double[4]);
    assertThat(RetentionAnalysis.scorecard(split)).isNull();
  }

  private static int day(LocalDate d) {
    return (int) d.toEpochDay();
  }
}
