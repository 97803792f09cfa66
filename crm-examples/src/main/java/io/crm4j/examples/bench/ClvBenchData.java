package io.crm4j.examples.bench;

import io.crm4j.scoring.clv.BgNbdModel;
import io.crm4j.scoring.clv.BgBbSummary;
import io.crm4j.scoring.clv.ClvSummary;
import io.crm4j.scoring.clv.GammaGammaModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads the CLV data sets bundled under {@code /clv} for the benchmarks. */
final class ClvBenchData {

  private ClvBenchData() {}

  private static List<String[]> rows(String name) {
    try (InputStream in = ClvBenchData.class.getResourceAsStream("/clv/" + name)) {
      if (in == null) {
        throw new IllegalStateException("resource /clv/" + name + " must be on the class path, but was not");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
      List<String[]> rows = new ArrayList<>();
      r.readLine();
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          rows.add(line.split(","));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** cdnow_customers_summary_with_transactions.csv: ID,x,t_x,T,zbar (weeks, dollars). */
  static ClvSummary cdnow() {
    List<String[]> rows = rows("cdnow_customers_summary_with_transactions.csv");
    int n = rows.size();
    String[] ids = new String[n];
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] t = new double[n];
    double[] m = new double[n];
    for (int i = 0; i < n; i++) {
      String[] r = rows.get(i);
      ids[i] = r[0];
      x[i] = Integer.parseInt(r[1]);
      tx[i] = Double.parseDouble(r[2]);
      t[i] = Double.parseDouble(r[3]);
      m[i] = Double.parseDouble(r[4]);
    }
    return ClvSummary.of(ids, x, tx, t, m);
  }

  /** donations.csv: frequency,recency,periods,weights. */
  static BgBbSummary donations() {
    List<String[]> rows = rows("donations.csv");
    int n = rows.size();
    int[] f = new int[n];
    int[] r = new int[n];
    int[] p = new int[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      f[i] = Integer.parseInt(rows.get(i)[0]);
      r[i] = Integer.parseInt(rows.get(i)[1]);
      p[i] = Integer.parseInt(rows.get(i)[2]);
      w[i] = Double.parseDouble(rows.get(i)[3]);
    }
    return BgBbSummary.of(f, r, p, w);
  }

  /** The CDNOW sample's BG/NBD and Gamma-Gamma estimates, which the scale benchmarks simulate from. */
  static final BgNbdModel CDNOW_BGNBD = BgNbdModel.of(0.242593, 4.41353, 0.792886, 2.42575);
  static final GammaGammaModel CDNOW_SPEND = GammaGammaModel.of(6.24880, 3.74459, 15.4477);

  /**
   * {@code customers} customers drawn from {@link #CDNOW_BGNBD} (seed 20240101), T spread over 27..39
   * weeks, ids "1", "2", ..., and a mean repeat spend of 20 + x for repeaters (0 otherwise).
   */
  static ClvSummary simulatedCdnow(int customers) {
    double[] ages = new double[customers];
    for (int i = 0; i < customers; i++) {
      ages[i] = 27 + 12.0 * i / customers;
    }
    ClvSummary simulated = CDNOW_BGNBD.simulate(ages, 20_240_101L);
    String[] ids = new String[customers];
    int[] x = new int[customers];
    double[] tx = new double[customers];
    double[] mean = new double[customers];
    for (int i = 0; i < customers; i++) {
      ids[i] = Integer.toString(i + 1);
      x[i] = simulated.frequency(i);
      tx[i] = simulated.recency(i);
      mean[i] = x[i] > 0 ? 20.0 + x[i] : 0.0;
    }
    return ClvSummary.of(ids, x, tx, ages, mean);
  }
}
