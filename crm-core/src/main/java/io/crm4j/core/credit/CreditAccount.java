package io.crm4j.core.credit;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.internal.Checks;
import io.crm4j.core.money.Money;
import io.crm4j.core.money.Percentage;
import io.crm4j.core.outcome.Outcome;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The credit account of a customer: one limit per credit segment and currency, a blocked flag,
 * and the history of changes. Every change returns an applied {@link Outcome} with the new account
 * and the events it raised (none of them can be refused); {@link CreditService} stores it, and the
 * store raises {@link #version()} on each successful write.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the account id
 * @param customerId the customer the account belongs to
 * @param limits at most one per segment and currency
 * @param blocked whether every credit check fails
 * @param blockReason why the account is blocked; empty when it is not
 * @param history what happened, oldest first
 * @param version the stored version, 0 before the first write
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CreditAccount(CreditAccountId id, CustomerId customerId, List<CreditLimit> limits, boolean blocked,
    String blockReason, List<CreditHistoryEntry> history, long version) {

  public CreditAccount {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customerId, "customerId");
    limits = List.copyOf(limits);
    Objects.requireNonNull(blockReason, "blockReason");
    history = List.copyOf(history);
    Checks.nonNegative(version, "version");
    for (int i = 0; i < limits.size(); i++) {
      for (int j = i + 1; j < limits.size(); j++) {
        if (limits.get(j).isFor(limits.get(i).segment(), limits.get(i).currency())) {
          throw new IllegalArgumentException("limits must hold one limit per segment and currency, but "
              + limits.get(i).segment() + "/" + limits.get(i).currency() + " repeats");
        }
      }
    }
    if (blocked == blockReason.isEmpty()) {
      throw new IllegalArgumentException("blockReason must be non-empty exactly when blocked, but blocked was "
          + blocked + " and blockReason '" + blockReason + "'");
    }
  }

  /** A new account without limits, not blocked, not yet stored (version 0). */
  public static CreditAccount open(CreditAccountId id, CustomerId customerId, Instant at) {
    return new CreditAccount(id, customerId, List.of(), false, "", List.of(new CreditHistoryEntry(at, "opened")), 0);
  }

  /** This account with another stored version; for stores. */
  public CreditAccount withVersion(long newVersion) {
    return new CreditAccount(id, customerId, limits, blocked, blockReason, history, newVersion);
  }

  /** The limit of a segment in a currency, if one is set. */
  public Optional<CreditLimit> limit(CreditSegment segment, Currency currency) {
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(currency, "currency");
    return limits.stream().filter(l -> l.isFor(segment, currency)).findFirst();
  }

  /** Sets (or replaces) the limit of a segment in the amount's currency. */
  public Outcome.Applied<CreditAccount> setLimit(CreditSegment segment, Money amount, Instant at) {
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(at, "at");
    Money lastExposure = limit(segment, amount.currency()).map(CreditLimit::lastExposure)
        .orElse(Money.zero(amount.currency()));
    List<CreditLimit> next = replace(new CreditLimit(segment, amount, lastExposure));
    CreditAccount changed = new CreditAccount(id, customerId, next, blocked, blockReason,
        appendAt(at, "limit " + segment + " set to " + amount), version);
    return new Outcome.Applied<>(changed, List.of(new CreditEvent.LimitSet(id, segment, amount, at)));
  }

  /** Blocks the account; a blocked account changes only its reason and raises no new event. */
  public Outcome.Applied<CreditAccount> block(String reason, Instant at) {
    Checks.notBlank(reason, "reason");
    Objects.requireNonNull(at, "at");
    if (blocked) {
      return new Outcome.Applied<>(new CreditAccount(id, customerId, limits, true, reason, history, version), List.of());
    }
    CreditAccount changed = new CreditAccount(id, customerId, limits, true, reason,
        appendAt(at, "blocked: " + reason), version);
    return new Outcome.Applied<>(changed, List.of(new CreditEvent.Blocked(id, reason, at)));
  }

  /** Unblocks the account; an account that is not blocked stays as it is. */
  public Outcome.Applied<CreditAccount> unblock(Instant at) {
    Objects.requireNonNull(at, "at");
    if (!blocked) {
      return new Outcome.Applied<>(this, List.of());
    }
    CreditAccount changed = new CreditAccount(id, customerId, limits, false, "", appendAt(at, "unblocked"), version);
    return new Outcome.Applied<>(changed, List.of(new CreditEvent.Unblocked(id, at)));
  }

  /**
   * Records the current exposure of a segment against its limit and raises an event for each
   * utilisation level crossed since the last recording, upwards or downwards.
   *
   * @throws IllegalArgumentException if there is no limit for the exposure's segment and currency
   */
  public Outcome.Applied<CreditAccount> recordExposure(Exposure exposure, UtilisationLevels levels, Instant at) {
    Objects.requireNonNull(exposure, "exposure");
    Objects.requireNonNull(levels, "levels");
    Objects.requireNonNull(at, "at");
    CreditLimit limit = limit(exposure.segment(), exposure.currency()).orElseThrow(() ->
        new IllegalArgumentException("exposure must belong to a segment with a limit, but " + exposure.segment()
            + "/" + exposure.currency() + " has none"));
    Money now = exposure.total();
    List<DomainEvent> events = new ArrayList<>();
    for (Percentage level : levels.levels()) {
      boolean before = reached(limit.lastExposure(), limit.amount(), level);
      boolean after = reached(now, limit.amount(), level);
      if (before != after) {
        events.add(new CreditEvent.UtilisationCrossed(id, exposure.segment(), level.value(),
            after ? CreditEvent.Direction.UP : CreditEvent.Direction.DOWN, now, limit.amount(), at));
      }
    }
    List<CreditLimit> next = replace(new CreditLimit(limit.segment(), limit.amount(), now));
    List<CreditHistoryEntry> nextHistory = history;
    if (!events.isEmpty()) {
      nextHistory = appendAt(at, "utilisation of " + exposure.segment() + " crossed " + events.stream()
          .map(e -> ((CreditEvent.UtilisationCrossed) e).levelPercent() + "% "
              + ((CreditEvent.UtilisationCrossed) e).direction())
          .toList());
    }
    return new Outcome.Applied<>(new CreditAccount(id, customerId, next, blocked, blockReason, nextHistory, version), events);
  }

  private static boolean reached(Money exposure, Money limit, Percentage level) {
    return exposure.isPositive()
        && exposure.compareTo(limit.multipliedBy(level.fraction(), RoundingMode.HALF_EVEN)) >= 0;
  }

  private List<CreditLimit> replace(CreditLimit limit) {
    List<CreditLimit> next = new ArrayList<>();
    boolean replaced = false;
    for (CreditLimit l : limits) {
      if (l.isFor(limit.segment(), limit.currency())) {
        next.add(limit);
        replaced = true;
      } else {
        next.add(l);
      }
    }
    if (!replaced) {
      next.add(limit);
    }
    return next;
  }

  private List<CreditHistoryEntry> appendAt(Instant at, String what) {
    List<CreditHistoryEntry> next = new ArrayList<>(history);
    next.add(new CreditHistoryEntry(at, what));
    return next;
  }

  /** Safe to log: the block reason and the history's free texts are left out; the history shows as its length. */
  @Override
  public String toString() {
    return "CreditAccount[id=" + id + ", customerId=" + customerId + ", version=" + version + ", limits="
        + limits.size() + ", blocked=" + blocked + ", history=" + history.size() + "]";
  }
}
