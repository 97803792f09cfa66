package io.crm4j.scoring.clv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads the CLV fixtures from {@code src/test/resources/clv} (see the README there). */
final class ClvData {

  private ClvData() {}

  static List<String[]> rows(String name, String separatorRegex, boolean header) {
    try (InputStream in = ClvData.class.getResourceAsStream("/clv/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
      List<String[]> rows = new ArrayList<>();
      String line;
      boolean first = true;
      while ((line = reader.readLine()) != null) {
        if (first && header) {
          first = false;
          continue;
        }
        first = false;
        if (!line.isBlank()) {
          rows.add(line.trim().split(separatorRegex));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** cdnow_customers_summary.csv: ID,frequency,recency,T (weeks). */
  static ClvSummary cdnowSummary() {
    List<CustomerSummary> list = new ArrayList<>();
    for (String[] r : rows("cdnow_customers_summary.csv", ",", true)) {
      list.add(CustomerSummary.of(r[0], Integer.parseInt(r[1]), Double.parseDouble(r[2]), Double.parseDouble(r[3])));
    }
    return ClvSummary.of(list);
  }

  /** cdnow_customers_summary_with_transactions.csv: ID,x,t_x,T,zbar. */
  static ClvSummary cdnowWithSpend() {
    List<CustomerSummary> list = new ArrayList<>();
    for (String[] r : rows("cdnow_customers_summary_with_transactions.csv", ",", true)) {
      list.add(new CustomerSummary(r[0], Integer.parseInt(r[1]), Double.parseDouble(r[2]), Double.parseDouble(r[3]),
          Double.parseDouble(r[4])));
    }
    return ClvSummary.of(list);
  }

  /**
   * One row of bgnbd_grid.csv (see bgnbd_grid.py beside it): a BG/NBD or MBG/NBD prediction of
   * {@code kind} cond, uncond or alive evaluated by mpmath at 40 and 60 digits.
   */
  record GridPoint(String kind, String model, double r, double alpha, double a, double b, int x, double tx,
      double age, double t, double value) {

    PurchaseModel purchaseModel() {
      return model.equals("bgnbd") ? BgNbdModel.of(r, alpha, a, b) : MbgNbdModel.of(r, alpha, a, b);
    }

    /** The model's prediction of this point's kind. */
    double predicted(PurchaseModel m) {
      return switch (kind) {
        case "cond" -> m.conditionalExpectedPurchases(t, x, tx, age);
        case "uncond" -> m.expectedPurchases(t);
        case "alive" -> m.probabilityAlive(x, tx, age);
        default -> throw new IllegalStateException(kind);
      };
    }

    /**
     * Whether {@code actual} matches within 1e-9 relative; a reference below 1e-300 (reached only
     * where P(alive) underflows, e.g. 1e-5000) needs |actual| &lt;= 1e-300 instead, since doubles
     * that small are subnormal or zero and carry no relative precision.
     */
    boolean matches(double actual) {
      if (!Double.isFinite(actual) || actual < 0) {
        return false;
      }
      if (value < 1e-300) {
        return actual <= 1e-300;
      }
      return Math.abs(actual - value) <= 1e-9 * value;
    }

    @Override
    public String toString() {
      return kind + " " + model + " r=" + r + " alpha=" + alpha + " a=" + a + " b=" + b + " x=" + x + " tx=" + tx
          + " T=" + age + " t=" + t + " expected " + value;
    }
  }

  /** bgnbd_grid.csv, the rows of one model (bgnbd or mbgnbd). */
  static List<GridPoint> bgNbdGrid(String model) {
    List<GridPoint> points = new ArrayList<>();
    for (String[] r : rows("bgnbd_grid.csv", ",", false)) {
      if (r[0].startsWith("#") || r[0].equals("kind") || !r[1].equals(model)) {
        continue;
      }
      points.add(new GridPoint(r[0], r[1], Double.parseDouble(r[2]), Double.parseDouble(r[3]),
          Double.parseDouble(r[4]), Double.parseDouble(r[5]), Integer.parseInt(r[6]), Double.parseDouble(r[7]),
          Double.parseDouble(r[8]), Double.parseDouble(r[9]), Double.parseDouble(r[10])));
    }
    return points;
  }

  /**
   * The points of bgnbd_grid.csv for {@code model} whose prediction does not match, each with the
   * value computed along {@code path}: "single" one customer at a time, "bulk" through the bulk API
   * with 40 copies of the customer (so that the BG/NBD Taylor tables are built), "scoring" through
   * {@link ClvScoring} (its shared table). Rows other than conditional expectations always go "single".
   */
  static List<String> gridMismatches(String model, String path) {
    List<GridPoint> points = bgNbdGrid(model);
    if (points.size() < 1000) {
      throw new IllegalStateException("the grid holds only " + points.size() + " points of " + model);
    }
    List<String> mismatches = new ArrayList<>();
    for (GridPoint p : points) {
      PurchaseModel m = p.purchaseModel();
      double actual;
      if (path.equals("single") || !p.kind().equals("cond")) {
        actual = p.predicted(m);
      } else {
        int n = 40;
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] age = new double[n];
        java.util.Arrays.fill(x, p.x());
        java.util.Arrays.fill(tx, p.tx());
        java.util.Arrays.fill(age, p.age());
        ClvSummary summary = ClvSummary.of(x, tx, age);
        double[] values = path.equals("bulk") ? m.conditionalExpectedPurchases(new double[] {1e-3, p.t()}, summary)[1]
            : ClvScoring.of(m, GammaGammaModel.of(2, 3, 4), p.t(), 0, 0, ClvTimeUnit.WEEKS).score(summary)
                .expectedPurchases();
        actual = values[n - 1];
      }
      if (!p.matches(actual)) {
        mismatches.add(p + " but was " + actual);
      }
    }
    return mismatches;
  }
}
