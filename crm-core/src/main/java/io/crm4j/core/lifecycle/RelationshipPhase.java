package io.crm4j.core.lifecycle;

import org.apiguardian.api.API;

/** The four-phase relationship model (考察期, 形成期, 稳定期, 退化期). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RelationshipPhase {
  /** Both sides test each other; little is bought. */
  EXPLORATION,
  /** Purchases repeat and grow. */
  FORMATION,
  /** The relationship is established. */
  STABILITY,
  /** The relationship weakens. */
  DECLINE
}
