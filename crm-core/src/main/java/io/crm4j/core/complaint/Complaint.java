package io.crm4j.core.complaint;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.internal.Checks;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.outcome.ReasonCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The complaint aggregate. It records what the customer asks for, every step with who, when and
 * a note, the assessment and priority, the proposed solution, escalation level and assignee,
 * attachment references and the follow-up survey. SLA clocks are not stored: {@link SlaClock}
 * derives them from the steps and an {@link SlaPolicy}, so a changed priority or policy is
 * applied from the original start.
 *
 * <p>Each change returns an {@link Outcome}: the new complaint and its events, or a rejection
 * ({@link ReasonCode#TRANSITION_NOT_ALLOWED}, {@link ReasonCode#REOPEN_WINDOW_CLOSED}) whose
 * {@link StatusRejection} names the current status and the allowed next ones. The store raises
 * {@link #version()} on every successful write; {@link ComplaintService} does the reading and
 * writing. Immutable and thread-safe.
 *
 * @param id the complaint's id
 * @param version the stored version (0 until first stored)
 * @param customerId who complained
 * @param channel how the complaint arrived
 * @param request what the customer asks for (non-blank)
 * @param description the customer's account, may be empty
 * @param status the current status
 * @param priority the current priority
 * @param assessment the assessment, once made
 * @param solution the proposed solution, once responded
 * @param assignee who handles the complaint now, if anyone
 * @param escalationLevel 0 for not escalated, raised by escalation rules
 * @param steps every step, oldest first; the first is the receipt
 * @param attachments references to evidence
 * @param followUp the follow-up survey, once recorded
 * @param firedEscalations keys of escalation rules already fired, which keeps evaluation idempotent
 * @param linkedTo the earlier complaint this one continues (opened after its reopen window), if any
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Complaint(
    ComplaintId id,
    long version,
    CustomerId customerId,
    ComplaintChannel channel,
    String request,
    String description,
    ComplaintStatus status,
    Priority priority,
    @Nullable Assessment assessment,
    @Nullable String solution,
    @Nullable String assignee,
    int escalationLevel,
    List<ComplaintStep> steps,
    List<AttachmentRef> attachments,
    @Nullable FollowUpSurvey followUp,
    Set<String> firedEscalations,
    @Nullable ComplaintId linkedTo) {

  public Complaint {
    Objects.requireNonNull(id, "id");
    Checks.nonNegative(version, "version");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(channel, "channel");
    Checks.notBlank(request, "request");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(priority, "priority");
    Checks.nonNegative(escalationLevel, "escalationLevel");
    steps = List.copyOf(steps);
    attachments = List.copyOf(attachments);
    firedEscalations = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(firedEscalations));
    if (steps.isEmpty() || steps.get(0).from() != null || steps.get(0).to() != ComplaintStatus.RECEIVED) {
      throw new IllegalArgumentException("steps must start with the receipt (null to RECEIVED), but was " + steps);
    }
    ComplaintStatus current = ComplaintStatus.RECEIVED;
    for (int i = 1; i < steps.size(); i++) {
      ComplaintStep s = steps.get(i);
      if (s.at().isBefore(steps.get(i - 1).at())) {
        throw new IllegalArgumentException("steps must be in time order, but step " + i + " at " + s.at()
            + " is before " + steps.get(i - 1).at());
      }
      if (s.from() != current) {
        throw new IllegalArgumentException("steps[" + i + "].from must be " + current + ", but was " + s.from());
      }
      current = s.to();
    }
    if (current != status) {
      throw new IllegalArgumentException("status must be the last step's status " + current + ", but was " + status);
    }
  }

  /**
   * Records a new complaint (version 0) and its {@link ComplaintEvent.Received} event.
   *
   * @param priority the priority until an assessment sets one
   */
  public static Outcome.Applied<Complaint> receive(ComplaintId id, CustomerId customerId, ComplaintChannel channel,
      String request, String description, Priority priority, String actor, Instant at) {
    return received(id, customerId, channel, request, description, priority, actor, at, null, "received");
  }

  /**
   * Records a new complaint (version 0) that continues {@code earlier}, for the same customer and
   * at its priority: what to do when a closed complaint comes back after its reopen window.
   */
  public static Outcome.Applied<Complaint> receiveLinked(ComplaintId id, Complaint earlier, ComplaintChannel channel,
      String request, String description, String actor, Instant at) {
    Objects.requireNonNull(earlier, "earlier");
    if (id.equals(earlier.id)) {
      throw new IllegalArgumentException("id must differ from the earlier complaint's, but both were " + id);
    }
    return received(id, earlier.customerId, channel, request, description, earlier.priority, actor, at, earlier.id,
        "received, continues " + earlier.id);
  }

  private static Outcome.Applied<Complaint> received(ComplaintId id, CustomerId customerId, ComplaintChannel channel,
      String request, String description, Priority priority, String actor, Instant at, @Nullable ComplaintId linkedTo,
      String note) {
    Complaint c = new Complaint(id, 0, customerId, channel, request, description, ComplaintStatus.RECEIVED,
        priority, null, null, null, 0,
        List.of(new ComplaintStep(null, ComplaintStatus.RECEIVED, actor, at, note)),
        List.of(), null, Set.of(), linkedTo);
    return new Outcome.Applied<>(c, List.of(new ComplaintEvent.Received(id, customerId, channel, priority, at)));
  }

  /** When the complaint was received; all SLA clocks start here. */
  public Instant receivedAt() {
    return steps.get(0).at();
  }

  /** When the latest step was taken. */
  public Instant lastStepAt() {
    return steps.get(steps.size() - 1).at();
  }

  /** Whether the complaint was ever in {@code s}. */
  public boolean everReached(ComplaintStatus s) {
    Objects.requireNonNull(s, "s");
    return steps.stream().anyMatch(step -> step.to() == s);
  }

  /** The same complaint with another stored version; used by stores. */
  public Complaint withVersion(long newVersion) {
    return new Complaint(id, newVersion, customerId, channel, request, description, status, priority, assessment,
        solution, assignee, escalationLevel, steps, attachments, followUp, firedEscalations, linkedTo);
  }

  /**
   * Moves to {@code to} if {@code graph} allows it from the current status, and for
   * {@link ComplaintStatus#REOPENED} only within the graph's {@link ReopenWindow} of the day the
   * complaint was last resolved or closed.
   */
  public Outcome<Complaint> moveTo(ComplaintStatus to, StatusGraph graph, String actor, Instant at, String note) {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(graph, "graph");
    checkTime(at);
    if (!graph.allows(status, to)) {
      Set<ComplaintStatus> allowed = graph.allowedFrom(status);
      return Outcome.rejected(ReasonCode.TRANSITION_NOT_ALLOWED,
          "cannot move from " + status + " to " + to + "; allowed next: " + new TreeSet<>(allowed),
          new StatusRejection(status, to, allowed));
    }
    Instant closedAt = lastClosedAt();
    if (to == ComplaintStatus.REOPENED && graph.reopenWindow() != null && closedAt != null
        && !graph.reopenWindow().allows(closedAt, at)) {
      Set<ComplaintStatus> allowed = new TreeSet<>(graph.allowedFrom(status));
      allowed.remove(ComplaintStatus.REOPENED);
      return Outcome.rejected(ReasonCode.REOPEN_WINDOW_CLOSED, "cannot reopen: the window after closing on "
          + closedAt + " ended at " + graph.reopenWindow().endsAt(closedAt)
          + "; open a new complaint linked to " + id + " instead", new StatusRejection(status, to, allowed));
    }
    Complaint next = with(to, priority, assessment, solution, assignee, escalationLevel,
        append(new ComplaintStep(status, to, actor, at, note)), followUp, firedEscalations);
    return Outcome.applied(next, new ComplaintEvent.StatusChanged(id, status, to, actor, at));
  }

  /** When the complaint last entered RESOLVED or CLOSED, or null if it never did. */
  private @Nullable Instant lastClosedAt() {
    for (int i = steps.size() - 1; i >= 0; i--) {
      ComplaintStep s = steps.get(i);
      if (s.from() != s.to() && (s.to() == ComplaintStatus.RESOLVED || s.to() == ComplaintStatus.CLOSED)) {
        return s.at();
      }
    }
    return null;
  }

  /** Records the assessment, derives the priority with {@code matrix} and moves to ASSESSED. */
  public Outcome<Complaint> assess(Assessment a, PriorityMatrix matrix, StatusGraph graph, String actor, Instant at,
      String note) {
    Objects.requireNonNull(a, "assessment");
    Objects.requireNonNull(matrix, "matrix");
    Outcome<Complaint> moved = moveTo(ComplaintStatus.ASSESSED, graph, actor, at, note);
    if (!(moved instanceof Outcome.Applied<Complaint> acc)) {
      return moved;
    }
    Priority p = matrix.priorityOf(a);
    Complaint c = acc.value();
    Complaint next = c.with(c.status, p, a, solution, assignee, escalationLevel, c.steps, followUp, firedEscalations);
    List<DomainEvent> events = new ArrayList<>(acc.events());
    if (p != priority) {
      events.add(new ComplaintEvent.PriorityChanged(id, priority, p, actor, at));
    }
    return Outcome.applied(next, events);
  }

  /** Records the proposed solution and moves to RESPONDED. */
  public Outcome<Complaint> respond(String proposedSolution, StatusGraph graph, String actor, Instant at) {
    Checks.notBlank(proposedSolution, "proposedSolution");
    Outcome<Complaint> moved = moveTo(ComplaintStatus.RESPONDED, graph, actor, at, proposedSolution);
    if (!(moved instanceof Outcome.Applied<Complaint> acc)) {
      return moved;
    }
    Complaint c = acc.value();
    return Outcome.applied(c.with(c.status, priority, assessment, proposedSolution, assignee, escalationLevel,
        c.steps, followUp, firedEscalations), acc.events());
  }

  /**
   * Changes the priority; SLA clocks then measure the new targets from the original start. The
   * step is recorded without a status change. The same priority returns this complaint unchanged.
   */
  public Outcome.Applied<Complaint> changePriority(Priority newPriority, String actor, Instant at, String reason) {
    Objects.requireNonNull(newPriority, "newPriority");
    Objects.requireNonNull(reason, "reason");
    checkTime(at);
    if (newPriority == priority) {
      return new Outcome.Applied<>(this, List.of());
    }
    Complaint next = with(status, newPriority, assessment, solution, assignee, escalationLevel,
        append(new ComplaintStep(status, status, actor, at, "priority " + priority + " to " + newPriority
            + (reason.isEmpty() ? "" : ": " + reason))), followUp, firedEscalations);
    return new Outcome.Applied<>(next,
        List.of(new ComplaintEvent.PriorityChanged(id, priority, newPriority, actor, at)));
  }

  /**
   * Attaches the follow-up survey and moves to FOLLOWED_UP. The survey counts as a service
   * recovery when its satisfaction is at least {@code recoveredFrom}.
   */
  public Outcome<Complaint> followUp(FollowUpSurvey survey, StatusGraph graph, Satisfaction recoveredFrom) {
    Objects.requireNonNull(survey, "survey");
    Objects.requireNonNull(recoveredFrom, "recoveredFrom");
    Outcome<Complaint> moved = moveTo(ComplaintStatus.FOLLOWED_UP, graph, survey.actor(), survey.at(),
        "satisfaction " + survey.satisfaction().score() + "/5");
    if (!(moved instanceof Outcome.Applied<Complaint> acc)) {
      return moved;
    }
    Complaint c = acc.value();
    List<DomainEvent> events = new ArrayList<>(acc.events());
    events.add(new ComplaintEvent.FollowedUp(id, survey.satisfaction(), survey.recommendation(),
        survey.satisfaction().compareTo(recoveredFrom) >= 0, survey.at()));
    return Outcome.applied(c.with(c.status, priority, assessment, solution, assignee, escalationLevel, c.steps,
        survey, firedEscalations), events);
  }

  /** Adds a reference to evidence. */
  public Complaint attach(AttachmentRef attachment) {
    Objects.requireNonNull(attachment, "attachment");
    List<AttachmentRef> list = new ArrayList<>(attachments);
    list.add(attachment);
    return new Complaint(id, version, customerId, channel, request, description, status, priority, assessment,
        solution, assignee, escalationLevel, steps, list, followUp, firedEscalations, linkedTo);
  }

  /** Hands the complaint to {@code newAssignee}, recorded as a step without a status change. */
  public Complaint assign(String newAssignee, String actor, Instant at) {
    Checks.notBlank(newAssignee, "newAssignee");
    checkTime(at);
    return with(status, priority, assessment, solution, newAssignee, escalationLevel,
        append(new ComplaintStep(status, status, actor, at, "assigned to " + newAssignee)), followUp, firedEscalations);
  }

  /** Applies a fired escalation rule: level, assignee, the rule's key and a step. */
  Complaint escalated(String ruleKey, int newLevel, @Nullable String newAssignee, Instant at, String note) {
    Set<String> fired = new TreeSet<>(firedEscalations);
    fired.add(ruleKey);
    return with(status, priority, assessment, solution, newAssignee == null ? assignee : newAssignee, newLevel,
        append(new ComplaintStep(status, status, "escalation", at, note)), followUp, fired);
  }

  /** Id, version, status, priority and step count only: the request and description may hold personal data. */
  @Override
  public String toString() {
    return "Complaint[id=" + id + ", version=" + version + ", status=" + status + ", priority=" + priority
        + ", level=" + escalationLevel + ", steps=" + steps.size() + "]";
  }

  private void checkTime(Instant at) {
    Objects.requireNonNull(at, "at");
    if (at.isBefore(lastStepAt())) {
      throw new IllegalArgumentException("at must not be before the last step at " + lastStepAt() + ", but was " + at);
    }
  }

  private List<ComplaintStep> append(ComplaintStep step) {
    List<ComplaintStep> list = new ArrayList<>(steps.size() + 1);
    list.addAll(steps);
    list.add(step);
    return list;
  }

  private Complaint with(ComplaintStatus s, Priority p, @Nullable Assessment a, @Nullable String sol,
      @Nullable String who, int level, List<ComplaintStep> st, @Nullable FollowUpSurvey f, Set<String> fired) {
    return new Complaint(id, version, customerId, channel, request, description, s, p, a, sol, who, level, st,
        attachments, f, fired, linkedTo);
  }
}
