package io.crm4j.scoring.credit;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The score of one applicant and where its points came from. Immutable and thread-safe.
 *
 * @param score base points plus the points of every variable
 * @param basePoints the points every applicant starts with
 * @param parts one entry per scorecard variable, in scorecard order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ScoreBreakdown(double score, double basePoints, List<Part> parts) {

  public ScoreBreakdown {
    parts = List.copyOf(parts);
  }

  /**
   * The points of one variable.
   *
   * @param variable the variable's name
   * @param bin the label of the applicant's bin, or {@code "(unseen)"} for a category not in the
   *     scorecard
   * @param points the points received
   */
  public record Part(String variable, String bin, double points) {
    public Part {
      Objects.requireNonNull(variable, "variable");
      Objects.requireNonNull(bin, "bin");
    }
  }
}
