package io.crm4j.core.complaint;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What a step on a complaint produced: the changed complaint with its events, or a rejection that
 * names the current status and the statuses allowed next. Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1")
public sealed interface Outcome {

  /** Whether the step was taken. */
  boolean accepted();

  /**
   * The step was taken.
   *
   * @param complaint the complaint after the step
   * @param events what happened, in order
   */
  record Accepted(Complaint complaint, List<ComplaintEvent> events) implements Outcome {
    public Accepted {
      Objects.requireNonNull(complaint, "complaint");
      events = List.copyOf(events);
    }

    @Override
    public boolean accepted() {
      return true;
    }
  }

  /**
   * The step was refused; nothing changed.
   *
   * @param current the complaint's status
   * @param requested the status that was asked for
   * @param allowed the statuses the graph allows from {@code current}
   * @param reason a sentence saying why
   */
  record Rejected(ComplaintStatus current, ComplaintStatus requested, Set<ComplaintStatus> allowed, String reason)
      implements Outcome {
    public Rejected {
      Objects.requireNonNull(current, "current");
      Objects.requireNonNull(requested, "requested");
      allowed = Set.copyOf(allowed);
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public boolean accepted() {
      return false;
    }
  }
}
