package io.crm4j.core.pipeline;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.customer.HistoryEntry;
import io.crm4j.core.internal.Checks;
import io.crm4j.core.money.Money;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.outcome.ReasonCode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A sales opportunity (销售机会): an expected deal of {@code amount} by {@code expectedClose},
 * climbing the stages of a {@link SalesStages} list until it is won or lost. Each stage change is
 * a checked method returning a {@link Outcome}; it closes the current {@link StageSpan},
 * opens the next, appends a history entry and carries the event.
 *
 * <p>The stage history is gapless: the first span starts at {@code openedAt}, each span ends
 * where the next starts, and the last one (the current stage, possibly Won or Lost) is open. So
 * the times in stage as of any instant add up to the opportunity's age at that instant.
 *
 * <p>Immutable and thread-safe. The store raises {@code version} on each write.
 *
 * @param id the opportunity's id
 * @param version the stored version, 0 before the first write
 * @param name what is being sold, for people
 * @param customerId the customer, or null for a prospect not yet registered
 * @param owner who works it
 * @param amount the expected deal value, not negative
 * @param expectedClose the date the owner expects to close it
 * @param stage the current stage's name
 * @param stageHistory every stage it was in, oldest first; the last one is current
 * @param openedAt when it was opened
 * @param lastActivityAt when the last action was recorded (opening, a stage change, a follow-up)
 * @param closedAt when it was won or lost, or null while open
 * @param closeReason why it was won or lost, or null while open
 * @param leadId the lead it was converted from, or null
 * @param history every change, oldest first
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Opportunity(OpportunityId id, long version, String name, @Nullable CustomerId customerId, OwnerId owner,
    Money amount, LocalDate expectedClose, String stage, List<StageSpan> stageHistory, Instant openedAt,
    Instant lastActivityAt, @Nullable Instant closedAt, @Nullable String closeReason, @Nullable LeadId leadId,
    List<HistoryEntry> history) {

  public Opportunity {
    Objects.requireNonNull(id, "id");
    Checks.nonNegative(version, "version");
    Checks.notBlank(name, "name");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("amount must not be negative, but was " + amount);
    }
    Objects.requireNonNull(expectedClose, "expectedClose");
    Checks.notBlank(stage, "stage");
    Objects.requireNonNull(openedAt, "openedAt");
    Objects.requireNonNull(lastActivityAt, "lastActivityAt");
    stageHistory = List.copyOf(stageHistory);
    history = List.copyOf(history);
    checkGapless(stageHistory, stage, openedAt);
  }

  private static void checkGapless(List<StageSpan> spans, String stage, Instant openedAt) {
    if (spans.isEmpty() || !spans.get(0).enteredAt().equals(openedAt)) {
      throw new IllegalArgumentException("stageHistory must start at openedAt " + openedAt + ", but was " + spans);
    }
    for (int i = 1; i < spans.size(); i++) {
      if (!spans.get(i).enteredAt().equals(spans.get(i - 1).leftAt())) {
        throw new IllegalArgumentException("stageHistory must be gapless, but span " + i + " was " + spans.get(i)
            + " after " + spans.get(i - 1));
      }
    }
    StageSpan last = spans.get(spans.size() - 1);
    if (!last.ongoing() || !last.stage().equals(stage)) {
      throw new IllegalArgumentException("stageHistory must end in the open span of stage '" + stage
          + "', but ended in " + last);
    }
  }

  /** A new opportunity in the first open stage of {@code stages}, not yet stored. */
  public static Opportunity open(OpportunityId id, String name, @Nullable CustomerId customerId, OwnerId owner,
      Money amount, LocalDate expectedClose, SalesStages stages, @Nullable LeadId leadId, Instant at) {
    Objects.requireNonNull(stages, "stages");
    Objects.requireNonNull(at, "at");
    String first = stages.initial().name();
    return new Opportunity(id, 0, name, customerId, owner, amount, expectedClose, first,
        List.of(new StageSpan(first, at, null)), at, at, null, null, leadId,
        List.of(new HistoryEntry(at, "opened in " + first + " at " + amount)));
  }

  /** The event that records this opportunity's opening. */
  public PipelineEvent.OpportunityOpened openedEvent() {
    return new PipelineEvent.OpportunityOpened(id, owner, stageHistory.get(0).stage(), amount, openedAt);
  }

  /** Returns this opportunity with another stored version. */
  public Opportunity withVersion(long newVersion) {
    return new Opportunity(id, newVersion, name, customerId, owner, amount, expectedClose, stage, stageHistory,
        openedAt, lastActivityAt, closedAt, closeReason, leadId, history);
  }

  /** True until it is won or lost (not named {@code isOpen} so JSON mapping sees no extra property). */
  public boolean inProgress() {
    return closedAt == null;
  }

  /**
   * Moves to another open stage (forwards or back). Rejected when the opportunity is closed or
   * already in that stage; Won and Lost are reached through {@link #win} and {@link #lose}.
   *
   * @throws IllegalArgumentException if {@code stages} has no stage called {@code target}
   */
  public Outcome<Opportunity> moveTo(String target, SalesStages stages, Instant at) {
    Objects.requireNonNull(stages, "stages");
    StageDefinition next = stages.stage(target);
    checkTime(at);
    if (!inProgress()) {
      return Outcome.rejected(ReasonCode.TRANSITION_NOT_ALLOWED,
          "opportunity " + id + " is closed in " + stage + ": it cannot move to " + target);
    }
    if (next.kind() != StageKind.OPEN) {
      return Outcome.rejected(ReasonCode.TRANSITION_NOT_ALLOWED,
          "opportunity " + id + " reaches " + target + " through win or lose, not a move");
    }
    if (next.name().equals(stage)) {
      return Outcome.rejected(ReasonCode.NO_CHANGE, "opportunity " + id + " is already in " + target);
    }
    Opportunity moved = enter(next.name(), null, null, at, "stage " + stage + " -> " + target);
    return Outcome.applied(moved, new PipelineEvent.StageChanged(id, stage, target, at));
  }

  /** Closes the opportunity as won, moving it to the won stage. Rejected when already closed. */
  public Outcome<Opportunity> win(String reason, SalesStages stages, Instant at) {
    Checks.notBlank(reason, "reason");
    Objects.requireNonNull(stages, "stages");
    checkTime(at);
    if (!inProgress()) {
      return Outcome.rejected(ReasonCode.TRANSITION_NOT_ALLOWED,
          "opportunity " + id + " is already closed in " + stage);
    }
    String won = stages.won().name();
    Opportunity next = enter(won, at, reason, at, "won: " + reason);
    return Outcome.applied(next, new PipelineEvent.OpportunityWon(id, reason, amount, at));
  }

  /** Closes the opportunity as lost, moving it to the lost stage. Rejected when already closed. */
  public Outcome<Opportunity> lose(String reason, SalesStages stages, Instant at) {
    Checks.notBlank(reason, "reason");
    Objects.requireNonNull(stages, "stages");
    checkTime(at);
    if (!inProgress()) {
      return Outcome.rejected(ReasonCode.TRANSITION_NOT_ALLOWED,
          "opportunity " + id + " is already closed in " + stage);
    }
    String lost = stages.lost().name();
    Opportunity next = enter(lost, at, reason, at, "lost: " + reason);
    return Outcome.applied(next, new PipelineEvent.OpportunityLost(id, reason, at));
  }

  /** Records a follow-up action on an open opportunity. */
  public Outcome<Opportunity> recordFollowUp(String note, Instant at) {
    Checks.notBlank(note, "note");
    checkTime(at);
    if (!inProgress()) {
      return Outcome.rejected(ReasonCode.TRANSITION_NOT_ALLOWED,
          "opportunity " + id + " is closed: follow-ups are only recorded on open ones");
    }
    Opportunity next = new Opportunity(id, version, name, customerId, owner, amount, expectedClose, stage,
        stageHistory, openedAt, at, closedAt, closeReason, leadId, appended("follow-up: " + note, at));
    return Outcome.applied(next,
        new PipelineEvent.FollowUpRecorded(SubjectKind.OPPORTUNITY, id.value(), owner, note, at));
  }

  /** Passes an open opportunity to another owner. Rejected when closed or already theirs. */
  public Outcome<Opportunity> reassign(OwnerId newOwner, Instant at) {
    Objects.requireNonNull(newOwner, "newOwner");
    checkTime(at);
    if (!inProgress()) {
      return Outcome.rejected(ReasonCode.TRANSITION_NOT_ALLOWED,
          "opportunity " + id + " is closed: only open ones change owner");
    }
    if (newOwner.equals(owner)) {
      return Outcome.rejected(ReasonCode.NO_CHANGE, "opportunity " + id + " is already owned by " + owner);
    }
    Opportunity next = new Opportunity(id, version, name, customerId, newOwner, amount, expectedClose, stage,
        stageHistory, openedAt, at, closedAt, closeReason, leadId, appended("owner " + owner + " -> " + newOwner, at));
    return Outcome.applied(next,
        new PipelineEvent.OwnerChanged(SubjectKind.OPPORTUNITY, id.value(), owner, newOwner, at));
  }

  /**
   * Revises the amount and expected close date of an open opportunity (the forecast follows).
   * Rejected when it is closed.
   *
   * @throws IllegalArgumentException if {@code newAmount} is negative or in another currency
   */
  public Outcome<Opportunity> revise(Money newAmount, LocalDate newExpectedClose, Instant at) {
    Objects.requireNonNull(newAmount, "newAmount");
    Objects.requireNonNull(newExpectedClose, "newExpectedClose");
    if (newAmount.isNegative() || !newAmount.currency().equals(amount.currency())) {
      throw new IllegalArgumentException("newAmount must be a non-negative amount in " + amount.currency()
          + ", but was " + newAmount);
    }
    checkTime(at);
    if (!inProgress()) {
      return Outcome.rejected(ReasonCode.TRANSITION_NOT_ALLOWED,
          "opportunity " + id + " is closed: its amount and date are final");
    }
    Opportunity next = new Opportunity(id, version, name, customerId, owner, newAmount, newExpectedClose, stage,
        stageHistory, openedAt, at, closedAt, closeReason, leadId,
        appended("revised to " + newAmount + " by " + newExpectedClose, at));
    return Outcome.applied(next, new PipelineEvent.OpportunityRevised(id, newAmount, newExpectedClose, at));
  }

  private Opportunity enter(String target, @Nullable Instant closed, @Nullable String reason, Instant at,
      String change) {
    List<StageSpan> spans = new ArrayList<>(stageHistory);
    spans.set(spans.size() - 1, spans.get(spans.size() - 1).leave(at));
    spans.add(new StageSpan(target, at, null));
    return new Opportunity(id, version, name, customerId, owner, amount, expectedClose, target, spans, openedAt,
        at, closed, reason, leadId, appended(change, at));
  }

  /** The time from opening to {@code asOf}. */
  public Duration age(Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    checkAsOf(asOf);
    return Duration.between(openedAt, asOf);
  }

  /**
   * Total time spent in each stage as of {@code asOf}, in the order first entered; a stage
   * entered twice adds up. The values sum to {@link #age(Instant)}.
   */
  public Map<String, Duration> timeInStages(Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    checkAsOf(asOf);
    Map<String, Duration> out = new LinkedHashMap<>();
    for (StageSpan span : stageHistory) {
      out.merge(span.stage(), span.duration(asOf), Duration::plus);
    }
    return out;
  }

  /** The time from opening to closing, for a closed opportunity; the sales cycle. */
  public Duration cycleLength() {
    if (closedAt == null) {
      throw new IllegalStateException("opportunity " + id + " must be closed to have a cycle length, but is open");
    }
    return Duration.between(openedAt, closedAt);
  }

  private void checkAsOf(Instant asOf) {
    if (asOf.isBefore(lastActivityAt)) {
      throw new IllegalArgumentException("asOf must not be before the last activity " + lastActivityAt
          + ", but was " + asOf);
    }
  }

  private List<HistoryEntry> appended(String change, Instant at) {
    List<HistoryEntry> out = new ArrayList<>(history);
    out.add(new HistoryEntry(at, change));
    return out;
  }

  private void checkTime(Instant at) {
    Objects.requireNonNull(at, "at");
    if (at.isBefore(lastActivityAt)) {
      throw new IllegalArgumentException("at must not be before the opportunity's last activity " + lastActivityAt
          + ", but was " + at);
    }
  }

  /**
   * Safe to log: the name (often a person's or a company's) is masked, and the free texts (the close
   * reason, notes in the history) are left out; histories show as their length.
   */
  @Override
  public String toString() {
    return "Opportunity[id=" + id + ", version=" + version + ", name=" + Checks.mask(name) + ", customerId="
        + customerId + ", owner=" + owner + ", amount=" + amount + ", expectedClose=" + expectedClose + ", stage="
        + stage + ", openedAt=" + openedAt + ", closedAt=" + closedAt + ", leadId=" + leadId + ", stageHistory="
        + stageHistory.size() + ", history=" + history.size() + "]";
  }
}
