package io.crm4j.scoring.credit;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Scores rows whose columns were fixed when the scorer was made ({@link Scorecard#rowScorer}).
 * Each value is a {@link Number} or text (numeric text is parsed). Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RowScorer {

  private final Scorecard scorecard;
  private final int[] positions;

  RowScorer(Scorecard scorecard, int[] positions) {
    this.scorecard = scorecard;
    this.positions = positions;
  }

  /**
   * The score of one row.
   *
   * @throws IllegalArgumentException if the row is too short, a value is missing, or a numeric
   *     variable's value is not a finite number
   */
  public double score(Object[] row) {
    Objects.requireNonNull(row, "row");
    double total = scorecard.basePoints();
    for (int v = 0; v < positions.length; v++) {
      int p = positions[v];
      if (p >= row.length || row[p] == null) {
        throw new IllegalArgumentException("row must have a value at column " + p + " for '"
            + scorecard.variables().get(v).name() + "', but had none");
      }
      total += scorecard.pointsOf(v, row[p]);
    }
    return total;
  }
}
