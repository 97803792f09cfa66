package io.crm4j.core.lifecycle;

import java.util.Objects;
import org.apiguardian.api.API;

/** The result of asking a {@link CustomerLifecycle} to change: applied with its event, or rejected with why. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface LifecycleOutcome {

  /** Whether the change was applied. */
  boolean applied();

  /** The change was applied; {@code lifecycle} is the new state (not yet stored). */
  record Applied(CustomerLifecycle lifecycle, LifecycleEvent event) implements LifecycleOutcome {
    public Applied {
      Objects.requireNonNull(lifecycle, "lifecycle");
      Objects.requireNonNull(event, "event");
    }

    @Override
    public boolean applied() {
      return true;
    }
  }

  /** The graph does not allow the change; nothing changed. */
  record Rejected(String reason) implements LifecycleOutcome {
    public Rejected {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public boolean applied() {
      return false;
    }
  }
}
