package io.crm4j.examples.spark;

import static org.apache.spark.sql.functions.col;

import io.crm4j.scoring.clv.ClvTimeUnit;
import io.crm4j.scoring.clv.spi.SpendBlock;
import io.crm4j.scoring.clv.spi.SummaryBlock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apiguardian.api.API;

/**
 * Customer summaries as Spark data: reading a summary CSV into the canonical columns
 * {@code customer_id, frequency, recency, T, monetary_value}, and turning a summary Dataset into
 * an RDD of column blocks (each partition cut into blocks of at most {@code rowsPerBlock} rows),
 * cached in memory as deserialized objects so that the kernels' per-block state survives between
 * Newton steps.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SparkBlocks {

  /** Rows per block: large enough that the per-block work (x-only terms, task overhead) is noise. */
  public static final int DEFAULT_ROWS_PER_BLOCK = 65_536;

  private SparkBlocks() {}

  /**
   * Reads a summary CSV with a header; accepts the column names of {@code clv summarize}
   * (customer_id, frequency, recency, T, monetary_value) and of the CDNOW files (ID, x, t_x, T, zbar).
   *
   * @throws IllegalArgumentException when frequency, recency or T is missing
   */
  public static Dataset<Row> readSummaryCsv(SparkSession spark, String path) {
    Dataset<Row> raw = spark.read().option("header", "true").csv(path);
    List<String> names = Arrays.asList(raw.columns());
    String id = pick(names, false, "customer_id", "ID", "id");
    String f = pick(names, true, "frequency", "x");
    String r = pick(names, true, "recency", "t_x");
    String t = pick(names, true, "T", "age");
    String m = pick(names, false, "monetary_value", "zbar", "monetary");
    return raw.select(
        id == null ? org.apache.spark.sql.functions.monotonically_increasing_id().cast("string").as("customer_id")
            : col(id).as("customer_id"),
        col(f).cast("int").as("frequency"),
        col(r).cast("double").as("recency"),
        col(t).cast("double").as("T"),
        m == null ? org.apache.spark.sql.functions.lit(0.0).as("monetary_value")
            : col(m).cast("double").as("monetary_value"));
  }

  /**
   * The time unit of the summary CSV at {@code path}: its {@code unit} column, as {@code clv summarize}
   * writes it, which must hold one unit on every row; weeks for a file without the column.
   *
   * @throws IllegalArgumentException when the rows name different or unknown units
   */
  public static ClvTimeUnit summaryUnit(SparkSession spark, String path) {
    Dataset<Row> raw = spark.read().option("header", "true").csv(path);
    if (!Arrays.asList(raw.columns()).contains("unit")) {
      return ClvTimeUnit.WEEKS;
    }
    List<Row> units = raw.select(org.apache.spark.sql.functions.lower(org.apache.spark.sql.functions.trim(col("unit"))))
        .distinct().limit(2).collectAsList();
    if (units.size() != 1 || units.get(0).isNullAt(0)) {
      throw new IllegalArgumentException("unit must be the same on every row of " + path + ", but was "
          + units.stream().map(r -> String.valueOf(r.get(0))).toList());
    }
    return ClvTimeUnit.parse(units.get(0).getString(0));
  }

  private static String pick(List<String> names, boolean required, String... candidates) {
    for (String c : candidates) {
      if (names.contains(c)) {
        return c;
      }
    }
    if (required) {
      throw new IllegalArgumentException("summary must have a column " + String.join(" or ", candidates)
          + ", but had " + names);
    }
    return null;
  }

  /** Blocks of (frequency, recency, T) with weight 1, cached in memory; count() materializes them. */
  public static JavaRDD<SummaryBlock> summaryBlocks(Dataset<Row> summary, int rowsPerBlock) {
    requireRows(rowsPerBlock);
    return summary.select(col("frequency").cast("int"), col("recency").cast("double"), col("T").cast("double"))
        .javaRDD()
        .mapPartitions(rows -> summaryBlocks(rows, rowsPerBlock))
        .persist(StorageLevel.MEMORY_ONLY());
  }

  /** Blocks of (frequency, monetary_value) of the repeat customers with positive spend, cached. */
  public static JavaRDD<SpendBlock> spendBlocks(Dataset<Row> summary, int rowsPerBlock) {
    requireRows(rowsPerBlock);
    return summary.where(col("frequency").gt(0).and(col("monetary_value").gt(0)))
        .select(col("frequency").cast("int"), col("monetary_value").cast("double"))
        .javaRDD()
        .mapPartitions(rows -> spendBlocks(rows, rowsPerBlock))
        .persist(StorageLevel.MEMORY_ONLY());
  }

  private static void requireRows(int rowsPerBlock) {
    if (rowsPerBlock < 1) {
      throw new IllegalArgumentException("rowsPerBlock must be >= 1, but was " + rowsPerBlock);
    }
  }

  /** The row, when its first {@code n} columns hold values (an empty or unparsable CSV cell is null). */
  private static Row requireValues(Row row, int n) {
    for (int i = 0; i < n; i++) {
      if (row.isNullAt(i)) {
        throw new IllegalArgumentException("summary columns must hold numbers, but " + row.schema().fieldNames()[i]
            + " was empty or not a number in row " + row);
      }
    }
    return row;
  }

  static Iterator<SummaryBlock> summaryBlocks(Iterator<Row> rows, int size) {
    List<SummaryBlock> out = new ArrayList<>();
    int[] f = new int[size];
    double[] r = new double[size];
    double[] t = new double[size];
    int k = 0;
    while (rows.hasNext()) {
      Row row = requireValues(rows.next(), 3);
      f[k] = row.getInt(0);
      r[k] = row.getDouble(1);
      t[k] = row.getDouble(2);
      if (++k == size) {
        out.add(SummaryBlock.of(f, r, t, null));
        k = 0;
      }
    }
    if (k > 0) {
      out.add(SummaryBlock.of(f, r, t, null, 0, k));
    }
    return out.iterator();
  }

  static Iterator<SpendBlock> spendBlocks(Iterator<Row> rows, int size) {
    List<SpendBlock> out = new ArrayList<>();
    int[] f = new int[size];
    double[] m = new double[size];
    int k = 0;
    while (rows.hasNext()) {
      Row row = requireValues(rows.next(), 2);
      f[k] = row.getInt(0);
      m[k] = row.getDouble(1);
      if (++k == size) {
        out.add(SpendBlock.of(f, m, null));
        k = 0;
      }
    }
    if (k > 0) {
      out.add(SpendBlock.of(f, m, null, 0, k));
    }
    return out.iterator();
  }
}
