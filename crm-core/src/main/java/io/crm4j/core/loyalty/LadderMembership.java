package io.crm4j.core.loyalty;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.internal.Checks;
import io.crm4j.core.lifecycle.Condition;
import io.crm4j.core.lifecycle.CustomerFacts;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.outcome.ReasonCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A customer's place on a {@link LoyaltyLadder}. {@link #evaluate} promotes as far as the rungs'
 * conditions allow, or demotes one rung after inactivity; after a demotion, promotion waits for a
 * new purchase. A rung set by hand ({@link #setByHand}) is held until {@link #release}d.
 *
 * <p>Immutable and thread-safe.
 *
 * @param customerId the member
 * @param version the stored version
 * @param ladder the ladder's name
 * @param rung the current rung
 * @param since when the rung was entered
 * @param manual whether the rung is held by hand
 * @param lastDemotedAt when inactivity last demoted the member, if ever
 * @param history every change, oldest first
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record LadderMembership(CustomerId customerId, long version, String ladder, String rung, Instant since,
    boolean manual, @Nullable Instant lastDemotedAt, List<RungChange> history) {

  public LadderMembership {
    Objects.requireNonNull(customerId, "customerId");
    Checks.nonNegative(version, "version");
    Checks.notBlank(ladder, "ladder");
    Checks.notBlank(rung, "rung");
    Objects.requireNonNull(since, "since");
    history = List.copyOf(Objects.requireNonNull(history, "history"));
  }

  /** A new membership (version 0) on the ladder's bottom rung. */
  public static LadderMembership join(CustomerId customerId, LoyaltyLadder ladder, Instant at) {
    Objects.requireNonNull(ladder, "ladder");
    return new LadderMembership(customerId, 0, ladder.name(), ladder.bottom(), at, false, null, List.of());
  }

  public LadderMembership withVersion(long newVersion) {
    return new LadderMembership(customerId, newVersion, ladder, rung, since, manual, lastDemotedAt, history);
  }

  /** Puts the member on {@code target} by hand and holds it there until released. */
  public Outcome<LadderMembership> setByHand(LoyaltyLadder l, String target, String reason, Instant at) {
    check(l);
    l.indexOf(target);
    Checks.notBlank(reason, "reason");
    Objects.requireNonNull(at, "at");
    if (at.isBefore(since)) {
      return Outcome.rejected(ReasonCode.OUT_OF_ORDER, "at " + at + " is before the current rung began at " + since);
    }
    return moved(target, reason, true, true, lastDemotedAt, at);
  }

  /** Ends a hold by hand: automatic changes apply again from the next evaluation. */
  public Outcome<LadderMembership> release(String reason, Instant at) {
    Checks.notBlank(reason, "reason");
    Objects.requireNonNull(at, "at");
    if (!manual) {
      return Outcome.rejected(ReasonCode.NOT_HELD_BY_HAND, "the rung is not held by hand");
    }
    List<RungChange> next = new ArrayList<>(history);
    next.add(new RungChange(at, rung, rung, reason, true));
    return Outcome.applied(new LadderMembership(customerId, version, ladder, rung, since, false, lastDemotedAt, next));
  }

  /** The instant of the membership's last recorded change: its rung's start or its last history line, whichever is later. */
  public Instant lastChangeAt() {
    Instant last = since;
    if (!history.isEmpty() && history.get(history.size() - 1).at().isAfter(last)) {
      last = history.get(history.size() - 1).at();
    }
    return last;
  }

  /**
   * Applies the ladder's rules at {@code facts.asOf()}: promotes while the next rung's condition
   * holds, otherwise demotes one rung after inactivity. Rejected (nothing to do) when the rung is
   * held by hand, when {@code facts.asOf()} is before {@link #lastChangeAt()}, or when no rule applies.
   */
  public Outcome<LadderMembership> evaluate(LoyaltyLadder l, CustomerFacts facts) {
    check(l);
    Objects.requireNonNull(facts, "facts");
    if (manual) {
      return Outcome.rejected(ReasonCode.HELD_BY_HAND, "the rung is held by hand");
    }
    Instant at = facts.asOf();
    if (at.isBefore(lastChangeAt())) {
      return Outcome.rejected(ReasonCode.OUT_OF_ORDER, "asOf " + at + " is before the membership's last change at "
          + lastChangeAt());
    }
    boolean mayPromote = lastDemotedAt == null
        || facts.lastPurchaseAt().map(p -> p.isAfter(lastDemotedAt)).orElse(false);
    LadderMembership current = this;
    List<LoyaltyEvent> events = new ArrayList<>();
    int index = l.indexOf(rung);
    while (mayPromote && index + 1 < l.rungs().size()) {
      LoyaltyLadder.Rung next = l.rungs().get(index + 1);
      Condition when = next.promoteWhen();
      if (when == null || !when.test(facts, current.since)) {
        break;
      }
      Outcome<LadderMembership> a = current.moved(
          next.name(), "promoted: " + next.name(), false, false, current.lastDemotedAt, at);
      current = a.orElseThrow();
      events.addAll(a.events(LoyaltyEvent.class));
      index++;
    }
    if (!events.isEmpty()) {
      return Outcome.applied(current, events);
    }
    Integer days = l.inactivityDays();
    if (days != null && index > l.indexOf(l.floor())) {
      Instant quietFrom = facts.lastPurchaseAt().filter(p -> p.isAfter(since)).orElse(since);
      if (facts.daysSince(quietFrom) >= days) {
        return moved(l.rungs().get(index - 1).name(), "no purchase for " + days + " days", false, false, at, at);
      }
    }
    return Outcome.rejected(ReasonCode.NO_CHANGE, "no rule applies");
  }

  private Outcome<LadderMembership> moved(String to, String reason, boolean byHand, boolean hold,
      @Nullable Instant demotedAt, Instant at) {
    List<RungChange> next = new ArrayList<>(history);
    next.add(new RungChange(at, rung, to, reason, byHand));
    LadderMembership m = new LadderMembership(customerId, version, ladder, to, at, hold, demotedAt, next);
    return Outcome.applied(m, new LoyaltyEvent.RungChanged(customerId, ladder, rung, to, reason, byHand, at));
  }

  private void check(LoyaltyLadder l) {
    Objects.requireNonNull(l, "ladder");
    if (!l.name().equals(ladder)) {
      throw new IllegalArgumentException("ladder must be '" + ladder + "', but was '" + l.name() + "'");
    }
  }

  /** Safe to log: the history's reasons (free text for manual changes) are left out; it shows as its length. */
  @Override
  public String toString() {
    return "LadderMembership[customerId=" + customerId + ", version=" + version + ", ladder=" + ladder
        + ", rung=" + rung + ", since=" + since + ", manual=" + manual + ", history=" + history.size() + "]";
  }
}
