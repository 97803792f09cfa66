package io.crm4j.scoring.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ClvScoringTest {

  private static final ClvSummary CDNOW = ClvData.cdnowWithSpend();
  private static final GammaGammaModel SPEND = GammaGammaModel.of(6.24880, 3.74459, 15.4477);

  /** The models with the CDNOW estimates of the CLV issue (BG/NBD, MBG/NBD, Pareto/NBD). */
  private static final PurchaseModel[] MODELS = {
      BgNbdModel.of(0.242593, 4.41353, 0.792886, 2.42575),
      MbgNbdModel.of(0.524838, 6.18299, 0.891356, 1.61400),
      ParetoNbdModel.of(0.553282, 10.5778, 0.606171, 11.667),
  };

  @Test
  void score_equalsTheModelsPredictionsAndDiscountedClv() {
    for (PurchaseModel model : MODELS) {
      ClvScoring.Scores scores = ClvScoring.of(model, SPEND, 39, 12, 0.01, ClvTimeUnit.WEEKS).score(CDNOW);
      double[] alive = model.probabilityAlive(CDNOW);
      double[] expected = model.conditionalExpectedPurchases(39, CDNOW);
      double[] clv = DiscountedClv.of(model, SPEND).values(CDNOW, 12, 0.01, ClvTimeUnit.WEEKS);
      for (int i = 0; i < CDNOW.size(); i++) {
        assertThat(scores.probabilityAlive()[i]).as(model.name()).isEqualTo(alive[i]);
        // the same polynomials (BG/NBD family) or the same series (Pareto/NBD); the CLV factors the
        // profit out of the monthly sum, so they agree to rounding
        assertThat(scores.expectedPurchases()[i]).as(model.name()).isCloseTo(expected[i], within(1e-12));
        assertThat(scores.clv()[i]).as(model.name()).isCloseTo(clv[i], within(1e-12 * Math.max(1, clv[i])));
      }
    }
  }

  @Test
  void score_withoutMonthsLeavesTheClvEmpty() {
    ClvScoring.Scores scores = ClvScoring.of(MODELS[0], SPEND, 39, 0, 0.01, ClvTimeUnit.WEEKS).score(CDNOW);
    assertThat(scores.clv()).isEmpty();
    // FHL 2005: the customer with x = 2, t_x = 30.43, T = 38.86 expects 1.22591 purchases in 39 weeks
    assertThat(scores.expectedPurchases()[0]).isCloseTo(1.22591, within(1e-5));
  }

  @Test
  void score_givesTheSameFromManyThreadsSharingOneScoring() throws Exception {
    ClvScoring scoring = ClvScoring.of(MODELS[0], SPEND, 39, 12, 0.01, ClvTimeUnit.WEEKS);
    double[] reference = ClvScoring.of(MODELS[0], SPEND, 39, 12, 0.01, ClvTimeUnit.WEEKS).score(CDNOW).clv();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      java.util.List<Future<double[]>> runs = new java.util.ArrayList<>();
      for (int k = 0; k < 8; k++) {
        runs.add(pool.submit(() -> scoring.score(CDNOW).clv()));
      }
      for (Future<double[]> run : runs) {
        assertThat(run.get()).containsExactly(reference);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void of_rejectsBadArguments() {
    assertThatThrownBy(() -> ClvScoring.of(MODELS[0], SPEND, -1, 12, 0.01, ClvTimeUnit.WEEKS))
        .hasMessage("horizon must be finite and >= 0, but was -1.0");
    assertThatThrownBy(() -> ClvScoring.of(MODELS[0], SPEND, 39, -1, 0.01, ClvTimeUnit.WEEKS))
        .hasMessage("months must be >= 0, but was -1");
    assertThatThrownBy(() -> ClvScoring.of(MODELS[0], SPEND, 39, 1_000_000_000, 0.01, ClvTimeUnit.WEEKS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("months must be <= 1200 (100 years), but was 1000000000");
    assertThatThrownBy(() -> ClvScoring.of(MODELS[0], SPEND, 39, 12, 1, ClvTimeUnit.WEEKS))
        .hasMessage("monthlyDiscountRate must be in [0, 1), but was 1.0");
    assertThatThrownBy(() -> ClvScoring.of(null, SPEND, 39, 12, 0.01, ClvTimeUnit.WEEKS))
        .isInstanceOf(NullPointerException.class).hasMessage("purchases");
  }

  @Test
  void score_summaryOrUnitOtherThanTheModelsIsRejected() {
    // issue 18 §3: a summary in days scored with models fitted in weeks gave wrong numbers silently
    for (PurchaseModel model : MODELS) {
      ClvScoring scoring = ClvScoring.of(model, SPEND, 39, 12, 0.01, ClvTimeUnit.WEEKS);
      assertThatThrownBy(() -> scoring.score(CDNOW.inUnit(ClvTimeUnit.DAYS))).as(model.name())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("summary unit must be weeks, the unit the model was fitted in, but was days");
      assertThatThrownBy(() -> ClvScoring.of(model, SPEND, 39, 12, 0.01, ClvTimeUnit.DAYS)).as(model.name())
          .hasMessageStartingWith("unit must be weeks, the unit the purchase model was fitted in, but was days");
      // converted on request, the scores are those of the weekly data
      double[] days = ClvScoring.of(model.inUnit(ClvTimeUnit.DAYS), SPEND, 39 * 7, 12, 0.01, ClvTimeUnit.DAYS)
          .score(CDNOW.inUnit(ClvTimeUnit.DAYS)).clv();
      double[] weeks = scoring.score(CDNOW).clv();
      for (int i = 0; i < weeks.length; i += 97) {
        assertThat(days[i]).as(model.name() + " customer " + i).isCloseTo(weeks[i], within(1e-9 * (1 + weeks[i])));
      }
    }
  }

  @Test
  void score_expectedPurchasesMatchMpmathGrid() {
    // bgnbd_grid.csv (see BgNbdModelTest): the shared Taylor table, its fallbacks, 1e-9 relative
    assertThat(ClvData.gridMismatches("bgnbd", "scoring")).isEmpty();
    assertThat(ClvData.gridMismatches("mbgnbd", "scoring")).isEmpty();
  }

  @Test
  void score_largeAIsFiniteAndMatchesPublishedFormula() {
    // issue 22: a = 1e4 gave NaN for E[X] and the CLV; FHL 2005 eq. 10 in mpmath gives 0.225406854962202
    ClvSummary one = ClvSummary.of(new String[] {"c"}, new int[] {0}, new double[] {0}, new double[] {1},
        new double[] {0});
    ClvScoring.Scores scores = ClvScoring.of(BgNbdModel.of(0.5, 0.5, 10000, 0.5), SPEND, 1, 12, 0.01,
        ClvTimeUnit.WEEKS).score(one);
    assertThat(scores.expectedPurchases()[0]).isCloseTo(0.225406854962202, within(1e-9 * 0.225406854962202));
    assertThat(scores.clv()[0]).isFinite().isPositive();
  }
}
