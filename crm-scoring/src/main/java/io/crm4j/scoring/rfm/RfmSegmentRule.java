package io.crm4j.scoring.rfm;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One rule of an {@link RfmSegmentMap}: cells whose recency score and combined
 * frequency-monetary score ({@link RfmScore#fm()}) fall in the given inclusive ranges belong to the
 * segment. Immutable and thread-safe.
 *
 * @param segment the segment's name, non-blank
 * @param minR lowest recency score, {@code >= 1}
 * @param maxR highest recency score, {@code >= minR}
 * @param minFm lowest frequency-monetary score, {@code >= 1}
 * @param maxFm highest frequency-monetary score, {@code >= minFm}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RfmSegmentRule(String segment, int minR, int maxR, int minFm, int maxFm) {

  public RfmSegmentRule {
    Objects.requireNonNull(segment, "segment");
    if (segment.isBlank()) {
      throw new IllegalArgumentException("segment must not be blank, but was '" + segment + "'");
    }
    if (minR < 1 || maxR < minR) {
      throw new IllegalArgumentException("recency range must satisfy 1 <= minR <= maxR, but was ["
          + minR + ", " + maxR + "] for " + segment);
    }
    if (minFm < 1 || maxFm < minFm) {
      throw new IllegalArgumentException("fm range must satisfy 1 <= minFm <= maxFm, but was ["
          + minFm + ", " + maxFm + "] for " + segment);
    }
  }

  /** Whether a recency score and a frequency-monetary score fall in this rule's ranges. */
  public boolean matches(int r, int fm) {
    return r >= minR && r <= maxR && fm >= minFm && fm <= maxFm;
  }
}
