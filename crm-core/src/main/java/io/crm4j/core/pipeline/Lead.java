package io.crm4j.core.pipeline;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.customer.HistoryEntry;
import io.crm4j.core.internal.Checks;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.outcome.ReasonCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A sales lead (潜在客户): a prospect someone owns and works towards a sale. Its status moves as
 * {@link LeadStatus} allows; each move is a checked method that returns a {@link Outcome}
 * (a forbidden move is a returned rejection), appends a history entry with its time and carries
 * the event to publish. Conversion keeps the history and links the customer and opportunity.
 *
 * <p>{@code lastActivityAt} is the time of the last recorded action on the lead (creation, a
 * status change or a follow-up): the follow-up rule measures from it.
 *
 * <p>Immutable and thread-safe. The store raises {@code version} on each write.
 *
 * @param id the lead's id
 * @param version the stored version, 0 before the first write
 * @param source where it came from
 * @param owner who works it
 * @param name the prospect (person or organisation), used as the customer's name on conversion
 * @param status where it stands
 * @param disqualifiedReason why it was disqualified, or null
 * @param createdAt when it was captured
 * @param lastActivityAt when the last action was recorded
 * @param customerId the customer it became or was linked to on conversion, or null
 * @param opportunityId the opportunity it became on conversion, or null
 * @param history every change, oldest first
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Lead(LeadId id, long version, LeadSource source, OwnerId owner, String name, LeadStatus status,
    @Nullable String disqualifiedReason, Instant createdAt, Instant lastActivityAt, @Nullable CustomerId customerId,
    @Nullable OpportunityId opportunityId, List<HistoryEntry> history) {

  public Lead {
    Objects.requireNonNull(id, "id");
    Checks.nonNegative(version, "version");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(owner, "owner");
    Checks.notBlank(name, "name");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(lastActivityAt, "lastActivityAt");
    if (lastActivityAt.isBefore(createdAt)) {
      throw new IllegalArgumentException("lastActivityAt must not be before createdAt " + createdAt
          + ", but was " + lastActivityAt);
    }
    history = List.copyOf(history);
  }

  /** A new lead in status {@link LeadStatus#NEW}, not yet stored. */
  public static Lead create(LeadId id, LeadSource source, OwnerId owner, String name, Instant at) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(at, "at");
    return new Lead(id, 0, source, owner, name, LeadStatus.NEW, null, at, at, null, null,
        List.of(new HistoryEntry(at, "created from " + source)));
  }

  /** The event that records this lead's creation. */
  public PipelineEvent.LeadCreated createdEvent() {
    return new PipelineEvent.LeadCreated(id, source, owner, createdAt);
  }

  /** Returns this lead with another stored version. */
  public Lead withVersion(long newVersion) {
    return new Lead(id, newVersion, source, owner, name, status, disqualifiedReason, createdAt, lastActivityAt,
        customerId, opportunityId, history);
  }

  /** {@code NEW -> WORKING}: the owner started working the lead. */
  public Outcome<Lead> startWorking(Instant at) {
    return move(LeadStatus.WORKING, null, at);
  }

  /** {@code WORKING -> QUALIFIED}. */
  public Outcome<Lead> qualify(Instant at) {
    return move(LeadStatus.QUALIFIED, null, at);
  }

  /** {@code NEW | WORKING | QUALIFIED -> DISQUALIFIED}, recording why. */
  public Outcome<Lead> disqualify(String reason, Instant at) {
    Checks.notBlank(reason, "reason");
    return move(LeadStatus.DISQUALIFIED, reason, at);
  }

  private Outcome<Lead> move(LeadStatus target, @Nullable String reason, Instant at) {
    checkTime(at);
    if (!status.canMoveTo(target)) {
      return Outcome.rejected(ReasonCode.TRANSITION_NOT_ALLOWED,
          "lead " + id + " cannot move from " + status + " to " + target);
    }
    String change = "status " + status + " -> " + target + (reason == null ? "" : ": " + reason);
    Lead next = new Lead(id, version, source, owner, name, target, reason, createdAt, at, customerId,
        opportunityId, appended(change, at));
    return Outcome.applied(next, new PipelineEvent.LeadStatusChanged(id, status, target, reason, at));
  }

  /**
   * {@code QUALIFIED -> CONVERTED}: the lead became (or was linked to) {@code customer} and
   * opened {@code opportunity}. The history stays with the lead.
   */
  public Outcome<Lead> convert(CustomerId customer, OpportunityId opportunity, Instant at) {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(opportunity, "opportunity");
    checkTime(at);
    if (!status.canMoveTo(LeadStatus.CONVERTED)) {
      return Outcome.rejected(ReasonCode.TRANSITION_NOT_ALLOWED,
          "lead " + id + " cannot be converted from " + status + ", only from QUALIFIED");
    }
    Lead next = new Lead(id, version, source, owner, name, LeadStatus.CONVERTED, null, createdAt, at, customer,
        opportunity, appended("converted to customer " + customer + ", opportunity " + opportunity, at));
    return Outcome.applied(next, new PipelineEvent.LeadConverted(id, customer, opportunity, at));
  }

  /** Records a follow-up action (call, visit, mail) on an open lead. */
  public Outcome<Lead> recordFollowUp(String note, Instant at) {
    Checks.notBlank(note, "note");
    checkTime(at);
    if (!status.isOpen()) {
      return Outcome.rejected(ReasonCode.TRANSITION_NOT_ALLOWED,
          "lead " + id + " is " + status + ": follow-ups are only recorded on open leads");
    }
    Lead next = new Lead(id, version, source, owner, name, status, disqualifiedReason, createdAt, at, customerId,
        opportunityId, appended("follow-up: " + note, at));
    return Outcome.applied(next, new PipelineEvent.FollowUpRecorded(SubjectKind.LEAD, id.value(), owner, note, at));
  }

  /** Passes an open lead to another owner. Rejected when the lead is closed or already theirs. */
  public Outcome<Lead> reassign(OwnerId newOwner, Instant at) {
    Objects.requireNonNull(newOwner, "newOwner");
    checkTime(at);
    if (!status.isOpen()) {
      return Outcome.rejected(ReasonCode.TRANSITION_NOT_ALLOWED,
          "lead " + id + " is " + status + ": only open leads change owner");
    }
    if (newOwner.equals(owner)) {
      return Outcome.rejected(ReasonCode.NO_CHANGE, "lead " + id + " is already owned by " + owner);
    }
    Lead next = new Lead(id, version, source, newOwner, name, status, disqualifiedReason, createdAt, at, customerId,
        opportunityId, appended("owner " + owner + " -> " + newOwner, at));
    return Outcome.applied(next, new PipelineEvent.OwnerChanged(SubjectKind.LEAD, id.value(), owner, newOwner, at));
  }

  private List<HistoryEntry> appended(String change, Instant at) {
    List<HistoryEntry> out = new ArrayList<>(history);
    out.add(new HistoryEntry(at, change));
    return out;
  }

  private void checkTime(Instant at) {
    Objects.requireNonNull(at, "at");
    if (at.isBefore(lastActivityAt)) {
      throw new IllegalArgumentException("at must not be before the lead's last activity " + lastActivityAt
          + ", but was " + at);
    }
  }

  /**
   * Safe to log: the prospect's name is masked, and the free texts (the disqualification reason,
   * follow-up notes in the history) are left out; the history shows as its length.
   */
  @Override
  public String toString() {
    return "Lead[id=" + id + ", version=" + version + ", source=" + source + ", owner=" + owner + ", name="
        + Checks.mask(name) + ", status=" + status + ", createdAt=" + createdAt + ", lastActivityAt=" + lastActivityAt
        + ", customerId=" + customerId + ", opportunityId=" + opportunityId + ", history=" + history.size() + "]";
  }
}
