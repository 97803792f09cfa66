package io.crm4j.scoring.credit;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One group of a variable with its good and bad counts, weight of evidence and contribution to the
 * information value. Immutable and thread-safe.
 *
 * @param label how the group is shown, e.g. {@code "[25, 33)"} or {@code "own,rent"}
 * @param goods good cases in the group
 * @param bads bad cases in the group
 * @param woe weight of evidence {@code ln(%good / %bad)}
 * @param iv the group's part of the information value {@code (%good - %bad) * woe}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record WoeBin(String label, long goods, long bads, double woe, double iv) {

  public WoeBin {
    Objects.requireNonNull(label, "label");
    if (goods < 0 || bads < 0) {
      throw new IllegalArgumentException("goods and bads must be >= 0, but were " + goods + " and " + bads);
    }
    if (!Double.isFinite(woe) || !Double.isFinite(iv)) {
      throw new IllegalArgumentException("woe and iv must be finite, but were " + woe + " and " + iv);
    }
  }

  /** The number of cases in the group. */
  public long count() {
    return goods + bads;
  }
}
