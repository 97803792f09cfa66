package io.crm4j.core.complaint;

import io.crm4j.core.internal.Checks;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The answers of a follow-up call (回访) after a complaint was closed. Immutable and thread-safe.
 *
 * @param satisfaction the answer on the five-level scale
 * @param recommendation the optional 0-10 "would you recommend us" answer feeding NPS
 * @param comment free text, may be empty
 * @param actor who made the call (non-blank)
 * @param at when the answers were recorded
 */
@API(status = API.Status.STABLE, since = "0.1")
public record FollowUpSurvey(
    Satisfaction satisfaction, @Nullable Integer recommendation, String comment, String actor, Instant at) {

  public FollowUpSurvey {
    Objects.requireNonNull(satisfaction, "satisfaction");
    if (recommendation != null && (recommendation < 0 || recommendation > 10)) {
      throw new IllegalArgumentException("recommendation must be in [0, 10], but was " + recommendation);
    }
    Objects.requireNonNull(comment, "comment");
    Checks.notBlank(actor, "actor");
    Objects.requireNonNull(at, "at");
  }
}
