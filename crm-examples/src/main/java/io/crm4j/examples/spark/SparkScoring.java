package io.crm4j.examples.spark;

import static org.apache.spark.sql.functions.col;

import io.crm4j.scoring.clv.BgNbdModel;
import io.crm4j.scoring.clv.ClvScoring;
import io.crm4j.scoring.clv.ClvSummary;
import io.crm4j.scoring.clv.ClvTimeUnit;
import io.crm4j.scoring.clv.GammaGammaModel;
import io.crm4j.scoring.clv.MbgNbdModel;
import io.crm4j.scoring.clv.ParametricModel;
import io.crm4j.scoring.clv.ParetoNbdModel;
import io.crm4j.scoring.clv.PurchaseModel;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple4;
import scala.Tuple5;
import org.apiguardian.api.API;

/**
 * Scores every customer of a summary Dataset with {@code mapPartitions}: P(alive), expected
 * purchases in the next {@code horizon} time units and the discounted CLV over {@code months}
 * months (the sum that {@link io.crm4j.scoring.clv.DiscountedClv} defines: expected average profit
 * from the spend model times the expected purchases of each month, discounted monthly). Each
 * partition is cut into chunks of 65,536 customers, scored by one {@link ClvScoring} per
 * partition, whose polynomials are built once and serve every chunk. Immutable and thread-safe.
 * The models are not {@code Serializable}: what Spark ships to the executors is a small private
 * holder of their parameters, from which each partition rebuilds them.
 *
 * @param purchases the fitted purchase model (BG/NBD, MBG/NBD or Pareto/NBD)
 * @param spend the fitted Gamma-Gamma spend model
 * @param horizon the horizon of the expected purchases, in the summary's time unit
 * @param months the CLV horizon in months; 0 leaves the clv column null (P(alive) and expected purchases only)
 * @param monthlyDiscountRate the monthly discount rate, in [0, 1)
 * @param unit the summary's time unit
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SparkScoring(PurchaseModel purchases, GammaGammaModel spend, double horizon, int months,
    double monthlyDiscountRate, ClvTimeUnit unit) {

  /** The output columns. */
  public static final StructType SCHEMA = new StructType()
      .add("customer_id", DataTypes.StringType)
      .add("p_alive", DataTypes.DoubleType)
      .add("expected_purchases", DataTypes.DoubleType)
      .add("clv", DataTypes.DoubleType);

  private static final int CHUNK = 65_536;

  public SparkScoring {
    Objects.requireNonNull(purchases, "purchases");
    Objects.requireNonNull(spend, "spend");
    Objects.requireNonNull(unit, "unit");
    if (purchases.unit() != unit) {
      throw new IllegalArgumentException("unit must be " + purchases.unit().label() + ", the unit the purchase model "
          + "was fitted in, but was " + unit.label());
    }
    if (!(horizon >= 0) || !Double.isFinite(horizon)) {
      throw new IllegalArgumentException("horizon must be finite and >= 0, but was " + horizon);
    }
    if (months < 0) {
      throw new IllegalArgumentException("months must be >= 0, but was " + months);
    }
    if (!(monthlyDiscountRate >= 0 && monthlyDiscountRate < 1)) {
      throw new IllegalArgumentException("monthlyDiscountRate must be in [0, 1), but was " + monthlyDiscountRate);
    }
  }

  /**
   * The scores of every customer of {@code summary} (canonical columns, see {@link SparkBlocks}),
   * with the columns of {@link #SCHEMA}. Rows go in and out as typed tuples, whose generated
   * encoders cost less than generic {@code Row}s (about 1.3 times the throughput here).
   */
  public Dataset<Row> score(Dataset<Row> summary) {
    Shipped shipped = new Shipped(purchases.name(), values(purchases), values(spend), horizon, months,
        monthlyDiscountRate, unit);
    return summary
        .select(col("customer_id").cast("string"), col("frequency").cast("int"), col("recency").cast("double"),
            col("T").cast("double"), col("monetary_value").cast("double"))
        .as(Encoders.tuple(Encoders.STRING(), Encoders.INT(), Encoders.DOUBLE(), Encoders.DOUBLE(), Encoders.DOUBLE()))
        .mapPartitions((MapPartitionsFunction<Tuple5<String, Integer, Double, Double, Double>,
            Tuple4<String, Double, Double, Double>>) shipped::scorePartition,
            Encoders.tuple(Encoders.STRING(), Encoders.DOUBLE(), Encoders.DOUBLE(), Encoders.DOUBLE()))
        .toDF("customer_id", "p_alive", "expected_purchases", "clv");
  }

  private static double[] values(ParametricModel model) {
    return model.parameters().values().stream().mapToDouble(Double::doubleValue).toArray();
  }

  /**
   * What Spark ships to the executors: the models as their names and parameter values (in the
   * models' conventional order), and the scoring settings; every partition rebuilds the models
   * through their validating factories.
   */
  private record Shipped(String purchaseModel, double[] purchaseParameters, double[] spendParameters,
      double horizon, int months, double monthlyDiscountRate, ClvTimeUnit unit) implements Serializable {

    private static final long serialVersionUID = 1L;

    private static PurchaseModel purchaseModel(String name, double[] p, ClvTimeUnit unit) {
      return switch (name) {
        case "bgnbd" -> BgNbdModel.of(p[0], p[1], p[2], p[3], unit);
        case "mbgnbd" -> MbgNbdModel.of(p[0], p[1], p[2], p[3], unit);
        case "pareto-nbd" -> ParetoNbdModel.of(p[0], p[1], p[2], p[3], unit);
        default -> throw new IllegalStateException(
            "purchase model must be bgnbd, mbgnbd or pareto-nbd, but was " + name);
      };
    }

    Iterator<Tuple4<String, Double, Double, Double>> scorePartition(
        Iterator<Tuple5<String, Integer, Double, Double, Double>> rows) {
      // one scoring per partition: its polynomials are built once and serve every chunk
      ClvScoring scoring = ClvScoring.of(purchaseModel(purchaseModel, purchaseParameters, unit),
          GammaGammaModel.of(spendParameters[0], spendParameters[1], spendParameters[2]), horizon, months,
          monthlyDiscountRate, unit);
      return new Iterator<>() {
        private List<Tuple4<String, Double, Double, Double>> chunk = List.of();
        private int next;

        @Override
        public boolean hasNext() {
          if (next < chunk.size()) {
            return true;
          }
          if (!rows.hasNext()) {
            return false;
          }
          chunk = scoreChunk(rows, scoring);
          next = 0;
          return !chunk.isEmpty();
        }

        @Override
        public Tuple4<String, Double, Double, Double> next() {
          if (!hasNext()) {
            throw new java.util.NoSuchElementException("no more scored customers in this partition");
          }
          return chunk.get(next++);
        }
      };
    }

    private List<Tuple4<String, Double, Double, Double>> scoreChunk(
        Iterator<Tuple5<String, Integer, Double, Double, Double>> rows, ClvScoring scoring) {
      String[] ids = new String[CHUNK];
      int[] f = new int[CHUNK];
      double[] r = new double[CHUNK];
      double[] t = new double[CHUNK];
      double[] m = new double[CHUNK];
      int n = 0;
      while (n < CHUNK && rows.hasNext()) {
        Tuple5<String, Integer, Double, Double, Double> row = rows.next();
        ids[n] = row._1();
        f[n] = row._2();
        r[n] = row._3();
        t[n] = row._4();
        m[n] = row._5();
        n++;
      }
      ClvSummary s = ClvSummary.of(java.util.Arrays.copyOf(ids, n), java.util.Arrays.copyOf(f, n),
          java.util.Arrays.copyOf(r, n), java.util.Arrays.copyOf(t, n), java.util.Arrays.copyOf(m, n), unit);
      ClvScoring.Scores scores = scoring.score(s);
      double[] alive = scores.probabilityAlive();
      double[] expected = scores.expectedPurchases();
      double[] clv = months > 0 ? scores.clv() : null;
      List<Tuple4<String, Double, Double, Double>> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(new Tuple4<>(ids[i], alive[i], expected[i], clv == null ? null : clv[i]));
      }
      return out;
    }
  }
}
