package io.crm4j.core.lifecycle;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The shape of a finished relationship (早期流产型, 中途夭折型, 提前退出型, 长久保持型), read from
 * the phase in which it ended.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum LifecyclePattern {
  /** Ended in exploration. */
  EARLY_ABORT,
  /** Ended in formation. */
  MIDWAY,
  /** Ended in stability, before any decline. */
  PREMATURE_EXIT,
  /** Went through stability into decline: the full cycle. */
  LONG_TERM;

  /** The pattern of a relationship that ended in {@code phase}. */
  public static LifecyclePattern endedIn(RelationshipPhase phase) {
    Objects.requireNonNull(phase, "phase");
    return switch (phase) {
      case EXPLORATION -> EARLY_ABORT;
      case FORMATION -> MIDWAY;
      case STABILITY -> PREMATURE_EXIT;
      case DECLINE -> LONG_TERM;
    };
  }

  /** The pattern of a lapsed customer's relationship; empty while the relationship goes on. */
  public static Optional<LifecyclePattern> of(CustomerLifecycle lifecycle) {
    Objects.requireNonNull(lifecycle, "lifecycle");
    return lifecycle.status() == CustomerStatus.LAPSED ? Optional.of(endedIn(lifecycle.phase())) : Optional.empty();
  }
}
