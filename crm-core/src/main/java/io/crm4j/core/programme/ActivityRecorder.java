package io.crm4j.core.programme;

import io.crm4j.core.activity.Activity;
import io.crm4j.core.activity.ActivityId;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.activity.Refund;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.internal.Retries;
import io.crm4j.core.lifecycle.CustomerSignals;
import io.crm4j.core.lifecycle.EvaluationStep;
import io.crm4j.core.lifecycle.FactSource;
import io.crm4j.core.lifecycle.LifecycleService;
import io.crm4j.core.lifecycle.ScheduledEvaluation;
import io.crm4j.core.loyalty.LadderService;
import io.crm4j.core.loyalty.LoyaltyStorage;
import io.crm4j.core.loyalty.PointsAccount;
import io.crm4j.core.loyalty.TierConfig;
import io.crm4j.core.loyalty.TierService;
import io.crm4j.core.money.Money;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.service.CustomerService;
import io.crm4j.core.service.CustomerStorage;
import io.crm4j.core.spi.DuplicateIdException;
import io.crm4j.core.spi.Repository;
import io.crm4j.core.spi.StaleVersionException;
import io.crm4j.core.spi.Store;
import io.crm4j.core.spi.Transaction;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Records activities once and lets every configured programme react, in the same unit of work:
 * {@link #record} appends the activity to the log (which the lifecycle, ladder and tier steps read
 * as their facts, net of refunds) and applies the points programme's reaction (accrual, club
 * membership, bill settlement, or for a {@link Refund} the reversal of points and spend). Either
 * all of it commits or nothing does.
 *
 * <ul>
 *   <li>Replaying an activity id already recorded changes nothing and returns a
 *       {@linkplain Recording#replayed() replayed} recording.
 *   <li>An activity of a customer id never registered with {@link CustomerService} is refused with
 *       an {@link IllegalArgumentException}, unless the recorder was made with
 *       {@link #withUnregisteredCustomers(boolean)} for a bulk import (whose customers arrive later).
 *   <li>A refund must name an earlier purchase of the same customer, in its currency, and refunds
 *       must add up to at most the purchase's amount; otherwise it is refused with an
 *       {@link IllegalArgumentException}.
 * </ul>
 *
 * <p>When a concurrent writer wins (two activities of one member at once), the unit of work is
 * retried from fresh reads, up to 100 times. Thread-safe when the store is.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ActivityRecorder {

  private static final int ATTEMPTS = 100;
  /** Replays are found among the customer's entries this close to the activity's time (JDBC stores whole microseconds). */
  private static final Duration REPLAY_SLACK = Duration.ofMillis(1);

  private final Store store;
  private final Clock clock;
  private final Programmes programmes;
  private final @Nullable PointsReaction points;
  private final boolean unregisteredAccepted;

  private ActivityRecorder(Store store, Clock clock, Programmes programmes, boolean unregisteredAccepted) {
    this.store = store;
    this.clock = clock;
    this.programmes = programmes;
    this.points = programmes.points()
        .map(p -> new PointsReaction(p, programmes.earning(), programmes.conversion().orElse(null))).orElse(null);
    this.unregisteredAccepted = unregisteredAccepted;
  }

  /** A recorder for {@code programmes} on {@code store} that refuses activities of unregistered customers. */
  public static ActivityRecorder of(Store store, Clock clock, Programmes programmes) {
    return new ActivityRecorder(Objects.requireNonNull(store, "store"), Objects.requireNonNull(clock, "clock"),
        Objects.requireNonNull(programmes, "programmes"), false);
  }

  /**
   * The same recorder, accepting ({@code true}) or refusing activities of customer ids not
   * registered (yet). Meant for bulk imports that load activities before their customers; the
   * scheduled evaluation walks registered customers only, so such activities count once their
   * customer is registered.
   */
  public ActivityRecorder withUnregisteredCustomers(boolean accept) {
    return new ActivityRecorder(store, clock, programmes, accept);
  }

  public Programmes programmes() {
    return programmes;
  }

  /** Records one activity and applies every programme's reaction in one unit of work (see the class comment). */
  public Recording record(Activity activity) {
    Objects.requireNonNull(activity, "activity");
    return retrying(tx -> recordIn(tx, activity, new HashSet<>()));
  }

  /** Records several activities, in list order, in one unit of work: all of them or none. */
  public List<Recording> recordAll(List<? extends Activity> activities) {
    Objects.requireNonNull(activities, "activities");
    List<Activity> copy = List.copyOf(activities);
    return retrying(tx -> {
      Set<ActivityId> seen = new HashSet<>();
      List<Recording> out = new ArrayList<>(copy.size());
      for (Activity a : copy) {
        out.add(recordIn(tx, a, seen));
      }
      return out;
    });
  }

  /**
   * The scheduled evaluation of the configured lifecycle policy, ladder and tier programme (in that
   * order) over the store's activity log, catching up day by day in the programmes' zone (see
   * {@link ScheduledEvaluation#withDailyCatchUp}) under the programmes' name.
   *
   * @throws IllegalStateException if none of the three is configured
   */
  public ScheduledEvaluation evaluation(CustomerSignals signals) {
    Objects.requireNonNull(signals, "signals");
    List<EvaluationStep> steps = new ArrayList<>();
    programmes.lifecycle().ifPresent(p -> steps.add(LifecycleService.of(store, clock, p)));
    programmes.ladder().ifPresent(l -> steps.add(LadderService.of(store, clock, l)));
    programmes.tiers()
        .ifPresent(t -> steps.add(
            TierService.of(store, clock, TierConfig.of(t, programmes.tierMeasure().orElseThrow()))));
    if (steps.isEmpty()) {
      throw new IllegalStateException("programmes must configure a lifecycle policy, a ladder or a tier programme to"
          + " evaluate, but '" + programmes.name() + "' configures none");
    }
    return ScheduledEvaluation.of(store, FactSource.fromActivities(store.activities(), signals), steps)
        .withDailyCatchUp(programmes.name(), programmes.zone());
  }

  private Recording recordIn(Transaction tx, Activity a, Set<ActivityId> seen) {
    if (!seen.add(a.id()) || alreadyRecorded(tx, a)) {
      return new Recording(a, true, List.of());
    }
    if (!unregisteredAccepted && tx.repository(CustomerStorage.CUSTOMERS).find(a.customerId()).isEmpty()) {
      throw new IllegalArgumentException("customerId must name a registered customer, but was " + a.customerId()
          + " (a bulk import may accept unregistered customers: withUnregisteredCustomers(true))");
    }
    PointsReaction.RefundedPurchase refunded = a instanceof Refund r ? refundedPurchase(tx, r) : null;
    tx.activities().append(a);
    if (points == null || !points.reactsTo(a)) {
      return new Recording(a, false, List.of());
    }
    Repository<CustomerId, PointsAccount> accounts = tx.repository(LoyaltyStorage.POINTS_ACCOUNTS);
    PointsAccount account = accounts.find(a.customerId())
        .orElseGet(() -> PointsAccount.open(a.customerId(), points.programme()));
    Outcome<PointsAccount> o = points.apply(account, a, refunded);
    if (!(o instanceof Outcome.Applied<PointsAccount> applied)) {
      return new Recording(a, false, List.of());
    }
    accounts.save(applied.value());
    applied.events().forEach(tx::publish);
    return new Recording(a, false, List.<DomainEvent>copyOf(applied.events()));
  }

  /** Whether an entry with {@code a}'s id is already in the customer's log at about {@code a}'s time. */
  private static boolean alreadyRecorded(Transaction tx, Activity a) {
    for (Activity stored : tx.activities().byCustomer(a.customerId(), a.at().minus(REPLAY_SLACK),
        a.at().plus(REPLAY_SLACK))) {
      if (stored.id().equals(a.id())) {
        return true;
      }
    }
    return false;
  }

  /** The purchase {@code r} refunds and what earlier refunds took back of it; refuses an invalid refund. */
  private static PointsReaction.RefundedPurchase refundedPurchase(Transaction tx, Refund r) {
    Purchase purchase = null;
    Money before = Money.zero(r.amount().currency());
    for (Activity a : tx.activities().byCustomer(r.customerId())) {
      if (a instanceof Purchase p && p.id().equals(r.purchaseId())) {
        purchase = p;
      } else if (a instanceof Refund earlier && earlier.purchaseId().equals(r.purchaseId())) {
        before = before.plus(earlier.amount());
      }
    }
    if (purchase == null) {
      throw new IllegalArgumentException("purchaseId must name a recorded purchase of customer " + r.customerId()
          + ", but was " + r.purchaseId());
    }
    if (r.at().isBefore(purchase.at())) {
      throw new IllegalArgumentException("at must not be before purchase " + purchase.id() + " at " + purchase.at()
          + ", but was " + r.at());
    }
    if (!purchase.amount().currency().equals(r.amount().currency())) {
      throw new IllegalArgumentException("amount must be in the currency of purchase " + purchase.id() + ", "
          + purchase.amount().currency() + ", but was in " + r.amount().currency());
    }
    if (before.plus(r.amount()).isGreaterThan(purchase.amount())) {
      throw new IllegalArgumentException("refunds of purchase " + purchase.id() + " must add up to at most its "
          + purchase.amount() + ", but would reach " + before.plus(r.amount()));
    }
    return new PointsReaction.RefundedPurchase(purchase, before);
  }

  private <T> T retrying(Function<Transaction, T> work) {
    RuntimeException last = null;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      try {
        return store.inTransaction(work);
      } catch (StaleVersionException | DuplicateIdException e) {
        if (e instanceof DuplicateIdException d && "activity".equals(d.kind())
            && last instanceof DuplicateIdException) {
          throw d; // the same id again although no replay was found: the id names another entry
        }
        last = e;
        Retries.backOff(attempt);
      }
    }
    throw new IllegalStateException("recording must win against concurrent writers, but " + ATTEMPTS
        + " attempts lost", last);
  }
}
