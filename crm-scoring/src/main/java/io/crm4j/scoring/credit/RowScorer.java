package io.crm4j.scoring.credit;

import io.crm4j.scoring.credit.internal.CategoryIndex;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Scores rows whose columns were fixed when the scorer was made ({@link Scorecard#rowScorer}).
 * Each value is a {@link Number} or text (numeric text is parsed); the rules are those of
 * {@link Scorecard#score(java.util.Map)}. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RowScorer {

  private final Scorecard scorecard;
  private final double basePoints;
  private final int[] positions;
  private final double[][] cuts;
  private final double[][] points;
  private final @Nullable CategoryIndex[] categories;

  RowScorer(Scorecard scorecard, int[] positions, double[][] cuts, double[][] points,
      @Nullable CategoryIndex[] categories) {
    this.scorecard = scorecard;
    this.basePoints = scorecard.basePoints();
    this.positions = positions;
    this.cuts = cuts;
    this.points = points;
    this.categories = categories;
  }

  /**
   * The score of one row.
   *
   * @throws IllegalArgumentException if the row is too short, or a numeric variable's value is
   *     neither missing (null or blank) nor a finite number
   */
  public double score(@Nullable Object[] row) {
    Objects.requireNonNull(row, "row");
    double total = basePoints;
    for (int v = 0; v < positions.length; v++) {
      int p = positions[v];
      if (p >= row.length) {
        throw new IllegalArgumentException("row must have a value at column " + p + " for '"
            + scorecard.variables().get(v).name() + "', but had " + row.length + " columns");
      }
      Object value = row[p];
      CategoryIndex index = categories[v];
      if (value == null || scorecard.hasSpecialValues(v)) {
        total += scorecard.pointsOf(v, value);
      } else if (index != null) {
        int bin = index.get(value instanceof String s ? s : String.valueOf(value));
        total += bin >= 0 ? points[v][bin] : scorecard.pointsOf(v, value);
      } else if (value instanceof Double d && Double.isFinite(d)) {
        total += points[v][bin(cuts[v], d)];
      } else {
        total += scorecard.pointsOf(v, value);
      }
    }
    return total;
  }

  private static int bin(double[] cuts, double d) {
    int bin = 0;
    while (bin < cuts.length && d >= cuts[bin]) {
      bin++;
    }
    return bin;
  }
}
