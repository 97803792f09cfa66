package io.crm4j.scoring.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of the lift and calibration tables: every case and every event in exactly one group,
 * gains non-decreasing to 1, tied scores in one group, and the same table for any order of the input.
 */
class ScoreValidationProperties {

  @Property(tries = 300)
  void lift_coversEveryCaseOnceAndDoesNotDependOnTheOrder(@ForAll @IntRange(min = 2, max = 300) int n,
      @ForAll @IntRange(min = 1, max = 40) int distinctScores, @ForAll @IntRange(min = 2, max = 12) int groups,
      @ForAll long seed) {
    Random random = new Random(seed);
    double[] scores = new double[n];
    boolean[] good = new boolean[n];
    for (int i = 0; i < n; i++) {
      scores[i] = 500 + 10 * random.nextInt(distinctScores);
      good[i] = random.nextBoolean();
    }
    good[0] = true;
    good[1] = false;
    List<LiftRow> rows = ScoreValidation.lift(scores, good, groups);
    int bads = 0;
    for (boolean g : good) {
      bads += g ? 0 : 1;
    }
    assertThat(rows).hasSize(groups);
    assertThat(rows.stream().mapToInt(LiftRow::cases).sum()).isEqualTo(n);
    assertThat(rows.stream().mapToInt(LiftRow::events).sum()).isEqualTo(bads);
    for (int g = 1; g < groups; g++) {
      assertThat(rows.get(g).cumulativeGains()).isGreaterThanOrEqualTo(rows.get(g - 1).cumulativeGains());
    }
    assertThat(rows.get(groups - 1).cumulativeGains()).isEqualTo(1.0);

    // a shuffled copy gives the same table
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    double[] shuffled = new double[n];
    boolean[] shuffledGood = new boolean[n];
    for (int i = 0; i < n; i++) {
      shuffled[i] = scores[order[i]];
      shuffledGood[i] = good[order[i]];
    }
    assertThat(ScoreValidation.lift(shuffled, shuffledGood, groups)).isEqualTo(rows);
    List<CalibrationRow> calibration = ScoreValidation.calibration(scores, good, PointsScaling.ofDefaults(), groups);
    assertThat(calibration).extracting(CalibrationRow::cases)
        .containsExactlyElementsOf(rows.stream().map(LiftRow::cases).toList());
  }
}
