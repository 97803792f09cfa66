package io.crm4j.scoring.credit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

  @Test
  void fit_binaryPredictor_givesLogOddsByHand() {
    // With one 0/1 predictor the maximum-likelihood fit reproduces the group log-odds exactly:
    // x = 0: 10 events of 40 -> b0 = ln(10/30) = -1.098612; x = 1: 20 of 40 -> b0 + b1 = ln(20/20) = 0, b1 = 1.098612.
    double[][] x = new double[80][1];
    boolean[] y = new boolean[80];
    for (int i = 0; i < 80; i++) {
      x[i][0] = i < 40 ? 0 : 1;
      y[i] = i < 40 ? i < 10 : i < 60;
    }
    double[] beta = LogisticRegression.fit(x, y);
    assertThat(beta[0]).isCloseTo(Math.log(10.0 / 30), within(1e-9));
    assertThat(beta[1]).isCloseTo(Math.log(3), within(1e-9));
  }

  @Test
  void fit_collinearPredictors_throws() {
    double[][] x = {{1, 1}, {2, 2}, {3, 3}, {4, 4}};
    boolean[] y = {true, false, true, false};
    assertThatThrownBy(() -> LogisticRegression.fit(x, y)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("collinear");
  }

  @Test
  void fit_separableOutcome_throws() {
    double[][] x = {{0}, {1}, {2}, {3}};
    boolean[] y = {false, false, true, true};
    assertThatThrownBy(() -> LogisticRegression.fit(x, y)).isInstanceOf(IllegalStateException.class);
  }
}
