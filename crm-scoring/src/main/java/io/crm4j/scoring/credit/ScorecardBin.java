package io.crm4j.scoring.credit;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One bin of a scorecard variable and the points it gives. Immutable and thread-safe.
 *
 * @param label how the bin is shown
 * @param categories the categories of a categorical bin (empty for numeric bins)
 * @param woe the bin's weight of evidence on the training sample
 * @param points the points an applicant in this bin receives, {@code -factor * coefficient * woe}
 * @param missing whether this is the bin of missing values (see {@link ScorecardVariable}); a missing
 *     bin has no categories
 * @param special whether this is the bin of one special value (see {@link BinningConfig}), whose one
 *     category is that value
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ScorecardBin(String label, List<String> categories, double woe, double points, boolean missing,
    boolean special) {

  public ScorecardBin {
    Objects.requireNonNull(label, "label");
    categories = List.copyOf(categories);
    if (!Double.isFinite(woe) || !Double.isFinite(points)) {
      throw new IllegalArgumentException("woe and points of bin '" + label + "' must be finite, but were "
          + woe + " and " + points);
    }
    if (missing && !categories.isEmpty()) {
      throw new IllegalArgumentException("categories of missing bin '" + label + "' must be empty, but were "
          + categories);
    }
    if (special && (missing || categories.size() != 1)) {
      throw new IllegalArgumentException("special bin '" + label + "' must hold exactly one value and not be the "
          + "missing bin, but had categories " + categories + " and missing " + missing);
    }
  }

  /** A regular bin or the missing bin. */
  public ScorecardBin(String label, List<String> categories, double woe, double points, boolean missing) {
    this(label, categories, woe, points, missing, false);
  }

  /** A regular bin: a range of a numeric variable or a group of categories. */
  public ScorecardBin(String label, List<String> categories, double woe, double points) {
    this(label, categories, woe, points, false, false);
  }
}
