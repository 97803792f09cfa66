package io.crm4j.core.loyalty;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.internal.Checks;
import io.crm4j.core.lifecycle.CustomerFacts;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.outcome.ReasonCode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A member's tier in a {@link TierProgramme}. {@link #evaluate} upgrades at once when the current
 * window qualifies for a higher tier. With calendar or anniversary windows, when a window has
 * ended and has not been assessed yet, it assesses it and, if the member qualified (in that window
 * or so far in the current one) only for a lower tier, schedules the downgrade {@code graceDays}
 * after that assessment (the evaluation instant, not the window's end: a member first assessed
 * weeks after the window ended still gets the full notice). With rolling windows every evaluation
 * assesses the window ending at it, and the first one that falls short schedules the downgrade
 * {@code graceDays} later. A scheduled downgrade takes effect once due, to the announced tier or
 * the tier the current window reaches by then, whichever is higher. An evaluation at an instant
 * before the membership's last change ({@link #lastChangeAt()}) is refused, so that history stays
 * in time order. A tier set by hand is held until released.
 *
 * <p>Immutable and thread-safe.
 *
 * @param customerId the member
 * @param version the stored version
 * @param programme the programme's name
 * @param tier the current tier
 * @param since when the tier was entered
 * @param joinedAt when the member joined (anchors anniversary windows)
 * @param manual whether the tier is held by hand
 * @param assessedUpTo the end of the last assessed window, if any
 * @param pendingTier the tier of a scheduled downgrade, if any
 * @param pendingFrom when the scheduled downgrade takes effect
 * @param history every change, oldest first
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record TierMembership(CustomerId customerId, long version, String programme, String tier, Instant since,
    Instant joinedAt, boolean manual, @Nullable Instant assessedUpTo, @Nullable String pendingTier,
    @Nullable Instant pendingFrom, List<TierChange> history) {

  public TierMembership {
    Objects.requireNonNull(customerId, "customerId");
    Checks.nonNegative(version, "version");
    Checks.notBlank(programme, "programme");
    Checks.notBlank(tier, "tier");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(joinedAt, "joinedAt");
    if ((pendingTier == null) != (pendingFrom == null)) {
      throw new IllegalArgumentException("pendingTier and pendingFrom must be both set or both null, but were "
          + pendingTier + " and " + pendingFrom);
    }
    history = List.copyOf(Objects.requireNonNull(history, "history"));
  }

  /** A new membership (version 0) in the lowest tier. */
  public static TierMembership join(CustomerId customerId, TierProgramme p, Instant at) {
    Objects.requireNonNull(p, "p");
    return new TierMembership(customerId, 0, p.name(), p.tiers().get(0).name(), at, at, false, null, null, null,
        List.of());
  }

  public TierMembership withVersion(long newVersion) {
    return new TierMembership(customerId, newVersion, programme, tier, since, joinedAt, manual, assessedUpTo,
        pendingTier, pendingFrom, history);
  }

  /** Sets the tier by hand and holds it (no automatic change) until released. */
  public Outcome<TierMembership> setByHand(TierProgramme p, String target, String reason, Instant at) {
    check(p);
    p.indexOf(target);
    Checks.notBlank(reason, "reason");
    Objects.requireNonNull(at, "at");
    List<TierChange> h = new ArrayList<>(history);
    h.add(new TierChange(at, tier, target, reason, true));
    return Outcome.applied(new TierMembership(customerId, version, programme, target,
        target.equals(tier) ? since : at, joinedAt, true, assessedUpTo, null, null, h),
        new LoyaltyEvent.TierChanged(customerId, programme, tier, target, reason, at));
  }

  /** Ends a hold by hand. */
  public Outcome<TierMembership> release(String reason, Instant at) {
    Checks.notBlank(reason, "reason");
    Objects.requireNonNull(at, "at");
    if (!manual) {
      return Outcome.rejected(ReasonCode.NOT_HELD_BY_HAND, "the tier is not held by hand");
    }
    List<TierChange> h = new ArrayList<>(history);
    h.add(new TierChange(at, tier, tier, reason, true));
    return Outcome.applied(new TierMembership(customerId, version, programme, tier, since, joinedAt,
        false, assessedUpTo, null, null, h));
  }

  /** The instant of the membership's last recorded change: its tier's start or its last history line, whichever is later. */
  public Instant lastChangeAt() {
    Instant last = since;
    if (!history.isEmpty() && history.get(history.size() - 1).at().isAfter(last)) {
      last = history.get(history.size() - 1).at();
    }
    return last;
  }

  /**
   * Applies the programme at {@code facts.asOf()} (see the class comment); rejected when nothing
   * changes, and when {@code facts.asOf()} is before {@link #lastChangeAt()}.
   */
  public Outcome<TierMembership> evaluate(TierProgramme p, TierMeasure measure, CustomerFacts facts) {
    check(p);
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(facts, "facts");
    if (manual) {
      return Outcome.rejected(ReasonCode.HELD_BY_HAND, "the tier is held by hand");
    }
    Instant at = facts.asOf();
    if (at.isBefore(lastChangeAt())) {
      return Outcome.rejected(ReasonCode.OUT_OF_ORDER, "asOf " + at + " is before the membership's last change at "
          + lastChangeAt());
    }
    TierProgramme.Period current = p.periodOf(at, joinedAt);
    int rank = p.indexOf(tier);
    int qualifiedNow = p.qualifiedIndex(value(measure, facts, current.start(), at.plusNanos(1)));
    boolean rolling = p.window() == TierProgramme.Window.ROLLING;
    boolean due = rolling
        ? qualifiedNow < rank && pendingTier == null
        : current.start().isAfter(joinedAt) && (assessedUpTo == null || assessedUpTo.isBefore(current.start()));
    if (qualifiedNow <= rank && !due && (pendingFrom == null || at.isBefore(pendingFrom))) {
      return Outcome.rejected(ReasonCode.NO_CHANGE, "no change");
    }
    String t = tier;
    Instant s = since;
    Instant assessed = assessedUpTo;
    String pending = pendingTier;
    Instant pendingAt = pendingFrom;
    List<TierChange> h = new ArrayList<>(history);
    List<LoyaltyEvent> events = new ArrayList<>();
    if (qualifiedNow > rank) {
      t = p.tiers().get(qualifiedNow).name();
      s = at;
      pending = null;
      pendingAt = null;
      String why = "qualified in the window from " + current.start();
      h.add(new TierChange(at, tier, t, why, false));
      events.add(new LoyaltyEvent.TierChanged(customerId, programme, tier, t, why, at));
    } else {
      if (due) {
        int keep = qualifiedNow;
        if (!rolling) {
          TierProgramme.Period ended = p.previous(current);
          keep = Math.max(p.qualifiedIndex(value(measure, facts, ended.start(), ended.end())), qualifiedNow);
          assessed = current.start();
        }
        if (keep < rank) {
          pending = p.tiers().get(keep).name();
          pendingAt = at.plus(Duration.ofDays(p.graceDays()));
          h.add(new TierChange(at, tier, tier, "assessed below " + tier + ": " + pending + " from " + pendingAt, false));
          events.add(new LoyaltyEvent.TierDowngradeScheduled(customerId, programme, tier, pending, pendingAt, at));
        } else {
          pending = null;
          pendingAt = null;
        }
      }
      if (pending != null && !at.isBefore(pendingAt)) {
        int target = Math.max(p.indexOf(pending), qualifiedNow);
        if (target < rank) {
          t = p.tiers().get(target).name();
          s = at;
          String why = "downgraded after assessment and " + p.graceDays() + " days' grace";
          h.add(new TierChange(at, tier, t, why, false));
          events.add(new LoyaltyEvent.TierChanged(customerId, programme, tier, t, why, at));
        }
        pending = null;
        pendingAt = null;
      }
    }
    TierMembership next = new TierMembership(customerId, version, programme, t, s, joinedAt, false, assessed, pending,
        pendingAt, h);
    if (next.equals(this)) {
      return Outcome.rejected(ReasonCode.NO_CHANGE, "no change");
    }
    return Outcome.applied(next, events);
  }

  private static BigDecimal value(TierMeasure measure, CustomerFacts facts, Instant from, Instant to) {
    BigDecimal v = measure.measure(facts, from, to);
    if (v == null || v.signum() < 0) {
      throw new IllegalStateException("measure must return a value >= 0, but returned " + v);
    }
    return v;
  }

  private void check(TierProgramme p) {
    Objects.requireNonNull(p, "p");
    if (!p.name().equals(programme)) {
      throw new IllegalArgumentException("programme must be '" + programme + "', but was '" + p.name() + "'");
    }
  }

  /** Safe to log: the history's reasons (free text for manual changes) are left out; it shows as its length. */
  @Override
  public String toString() {
    return "TierMembership[customerId=" + customerId + ", version=" + version + ", programme=" + programme
        + ", tier=" + tier + ", since=" + since + ", manual=" + manual + ", pendingTier=" + pendingTier
        + ", history=" + history.size() + "]";
  }
}
