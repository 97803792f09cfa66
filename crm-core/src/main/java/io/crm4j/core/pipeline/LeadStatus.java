package io.crm4j.core.pipeline;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Where a lead stands. The allowed moves: {@code NEW -> WORKING | DISQUALIFIED},
 * {@code WORKING -> QUALIFIED | DISQUALIFIED}, {@code QUALIFIED -> CONVERTED | DISQUALIFIED};
 * {@code DISQUALIFIED} and {@code CONVERTED} are final.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum LeadStatus {
  /** Just captured, nobody has worked on it yet. */
  NEW,
  /** The owner is in contact with the prospect. */
  WORKING,
  /** Confirmed as a real sales chance (need, budget, authority). */
  QUALIFIED,
  /** Not worth pursuing; the lead records why. */
  DISQUALIFIED,
  /** Turned into a customer and an opportunity. */
  CONVERTED;

  /** True for statuses a lead can still leave: the follow-up rule applies to these. */
  public boolean isOpen() {
    return this == NEW || this == WORKING || this == QUALIFIED;
  }

  /** True when the lead may move from this status to {@code target}. */
  public boolean canMoveTo(LeadStatus target) {
    Objects.requireNonNull(target, "target");
    return switch (this) {
      case NEW -> target == WORKING || target == DISQUALIFIED;
      case WORKING -> target == QUALIFIED || target == DISQUALIFIED;
      case QUALIFIED -> target == CONVERTED || target == DISQUALIFIED;
      case DISQUALIFIED, CONVERTED -> false;
    };
  }
}
