package io.crm4j.core.pipeline;

import io.crm4j.core.internal.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What {@link FollowUpPolicy#evaluate} found at one instant. Immutable and thread-safe.
 *
 * @param evaluatedAt the instant of the evaluation
 * @param overdue the overdue items, most overdue first, then by id
 * @param inactiveOwners the inactive owners, by owner id
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record FollowUpReport(Instant evaluatedAt, List<Overdue> overdue, List<InactiveOwner> inactiveOwners) {

  public FollowUpReport {
    Objects.requireNonNull(evaluatedAt, "evaluatedAt");
    overdue = List.copyOf(overdue);
    inactiveOwners = List.copyOf(inactiveOwners);
  }

  /**
   * An open lead or opportunity past its follow-up date.
   *
   * @param kind lead or opportunity
   * @param subjectId its id
   * @param owner who owns it
   * @param lastActivityAt its last recorded action
   * @param dueDate the last date a follow-up was due
   * @param daysOverdue calendar days after {@code dueDate}, at least 1
   */
  public record Overdue(SubjectKind kind, String subjectId, OwnerId owner, Instant lastActivityAt, LocalDate dueDate,
      long daysOverdue) {
    public Overdue {
      Objects.requireNonNull(kind, "kind");
      Checks.identifier(subjectId, "subjectId");
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(lastActivityAt, "lastActivityAt");
      Objects.requireNonNull(dueDate, "dueDate");
      if (daysOverdue < 1) {
        throw new IllegalArgumentException("daysOverdue must be >= 1, but was " + daysOverdue);
      }
    }
  }

  /**
   * An owner with no recorded action on any open item for too long.
   *
   * @param owner the owner
   * @param lastActivityAt their latest action on an open item
   * @param daysInactive calendar days since then
   */
  public record InactiveOwner(OwnerId owner, Instant lastActivityAt, long daysInactive) {
    public InactiveOwner {
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(lastActivityAt, "lastActivityAt");
      Checks.nonNegative(daysInactive, "daysInactive");
    }
  }

  /** The events that announce the findings: one per overdue item, then one per inactive owner. */
  public List<PipelineEvent> events() {
    List<PipelineEvent> out = new ArrayList<>();
    overdue.forEach(o -> out.add(
        new PipelineEvent.FollowUpOverdue(o.kind(), o.subjectId(), o.owner(), o.daysOverdue(), evaluatedAt)));
    inactiveOwners.forEach(o -> out.add(new PipelineEvent.OwnerInactive(o.owner(), o.daysInactive(), evaluatedAt)));
    return out;
  }
}
