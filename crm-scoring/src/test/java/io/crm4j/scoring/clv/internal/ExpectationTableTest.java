package io.crm4j.scoring.clv.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ExpectationTableTest {

  /**
   * r, α, a, b, MBG/NBD (1) or BG/NBD (0), x, t_x, T, horizon t, and E[X(t) | x, t_x, T] computed
   * by mpmath 1.3.0 at 50 significant digits from FHL 2005 eq. 10 (and its MBG/NBD form), with
   * mpmath's own hyp2f1 and the P(alive) of BgNbdFormulas, printed to 17 digits. The first row is
   * the worked customer of FHL 2005 (1.22591 there); the last has c − A ≤ −1 and takes the series.
   */
  private static final double[][] REFERENCE = {
      {0.242593, 4.41353, 0.792886, 2.42575, 0, 2, 30.43, 38.86, 39, 1.2259101565247697},
      {0.242593, 4.41353, 0.792886, 2.42575, 0, 0, 0, 38.86, 52.18, 0.25243151313286635},
      {0.242593, 4.41353, 0.792886, 2.42575, 0, 0, 0, 38.86, 0.1, 0.00056040554504080545},
      {0.242593, 4.41353, 0.792886, 2.42575, 0, 7, 35, 38.86, 13.04, 1.6865225721589844},
      {0.242593, 4.41353, 0.792886, 2.42575, 0, 1, 2, 2, 200, 7.572834930139763},
      {0.524838, 6.18299, 0.891356, 1.614, 1, 5, 20, 30, 4.348, 0.35356713588557292},
      {0.05, 50.0, 1.3, 10.0, 1, 0, 0, 38.86, 0.1, 4.9625304913208413e-5},
      {0.05, 50.0, 0.792886, 10.0, 0, 100, 36, 60.0, 0.1, 2.5242324317399251e-10},
      {1.5, 0.5, 5, 0.5, 0, 20, 23.316, 38.86, 200, 0.00048598313181283574},
      {0.242593, 4.41353, 1.0000001, 2.42575, 0, 1, 3, 38.86, 39, 0.19790998584451282},
      {2.0, 4.41353, 0.6, 0.5, 0, 3, 10, 20, 30, 0.99398337102151149},
      // c − A ≤ −1 with a = 1 exactly (the reference at a = 1 + 1e-40, 90 digits): the untransformed
      // series lost 1e-6 of this value to the division by a − 1 (found by jqwik)
      {1.11, 0.1, 1.0, 0.1, 0, 0, 0, 0.5, 0.01, 0.018209067053229234726},
  };

  private static final double[] HORIZONS = {0, 0.1, 4.348, 39, 52.18, 200, 5000};

  @Test
  void bulk_matchesHighPrecisionReferenceValues() {
    for (double[] row : REFERENCE) {
      BgNbdFormulas f = new BgNbdFormulas(row[0], row[1], row[2], row[3], row[4] == 1);
      double[][] one = new double[1][1];
      f.bulk(new double[] {row[8]}, new int[] {(int) row[5]}, new double[] {row[6]}, new double[] {row[7]}, one);
      double[][] many = new double[3][1];
      f.bulk(new double[] {row[8] / 2, row[8], 2 * row[8]}, new int[] {(int) row[5]}, new double[] {row[6]},
          new double[] {row[7]}, many);
      // every row loses at most about 1e-13 to rounding
      assertThat(one[0][0]).as("row %s", java.util.Arrays.toString(row)).isCloseTo(row[9], within(1e-12 * row[9]));
      assertThat(many[1][0]).isEqualTo(one[0][0]);
    }
  }

  @Test
  void bulk_agreesWithTheDirectSeriesOverAParameterGrid() {
    int compared = 0;
    for (double r : new double[] {0.05, 0.242593, 1.5, 3}) {
      for (double alpha : new double[] {0.5, 4.41353, 50}) {
        for (double a : new double[] {0.3, 0.792886, 1.3, 2.5, 5}) {
          for (double b : new double[] {0.5, 2.42575, 10}) {
            for (boolean modified : new boolean[] {false, true}) {
              compared += compareOnGrid(new BgNbdFormulas(r, alpha, a, b, modified));
            }
          }
        }
      }
    }
    assertThat(compared).isEqualTo(4 * 3 * 5 * 3 * 2 * 8 * HORIZONS.length);
  }

  private static int compareOnGrid(BgNbdFormulas f) {
    int[] x = {0, 1, 2, 5, 20, 100, 0, 3};
    double[] age = {0.5, 5, 38.86, 200, 38.86, 60, 38.86, 1};
    double[] tx = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      tx[i] = x[i] == 0 ? 0 : 0.6 * age[i];
    }
    double[][] bulk = new double[HORIZONS.length][x.length];
    f.bulk(HORIZONS, x, tx, age, bulk);
    // both sum c·2F1 directly where the table does not apply, and the cancellation of c − D·c·2F1 at
    // small z costs them up to about 4e-10 of the value there; with the table, the direct sum is
    // Euler's form too and the two agree to 6e-13 over this grid (the reference rows above check
    // the values themselves)
    double tolerance = f.usesTable() ? 1e-11 : 1e-9;
    int compared = 0;
    for (int h = 0; h < HORIZONS.length; h++) {
      for (int i = 0; i < x.length; i++) {
        double direct = f.conditionalExpected(HORIZONS[h], x[i], tx[i], age[i]);
        assertThat(bulk[h][i]).isCloseTo(direct, within(tolerance * direct + 1e-300));
        assertThat(bulk[h][i]).isFinite();
        compared++;
      }
    }
    return compared;
  }

  @Test
  void shortSeries_matchTheJdkToTheLastDigits() {
    for (double u = -0.75; u <= 0.75; u += 0.0625) {
      double v = u == 0 ? 1e-9 : u;
      // StrictMath.expm1 and log1p are fdlibm's, accurate to 1 ulp
      assertThat(ExpectationTable.expm1(v)).isCloseTo(StrictMath.expm1(v), within(4e-16 * Math.abs(StrictMath.expm1(v))));
    }
    for (double z = 1e-12; z < 0.99; z = z * 1.7 + 1e-3) {
      double lnW = ExpectationTable.lnOneMinus(z, 1 - z);
      assertThat(lnW).isCloseTo(StrictMath.log1p(-z), within(4e-16 * Math.abs(StrictMath.log1p(-z))));
    }
  }
}
