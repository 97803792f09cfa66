package io.crm4j.core.loyalty;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.lifecycle.CustomerFacts;
import io.crm4j.core.lifecycle.EvaluationChange;
import io.crm4j.core.lifecycle.EvaluationStep;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.spi.Repository;
import io.crm4j.core.spi.Store;
import io.crm4j.core.spi.Transaction;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Keeps customers' {@link TierMembership}s in one {@link TierProgramme} in a {@link Store}: the
 * {@link EvaluationStep} for scheduled evaluation (joining customers in the lowest tier the first
 * time), and manual overrides. Thread-safe when the store and the measure are.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TierService implements EvaluationStep {

  private final Store store;
  private final Clock clock;
  private final TierProgramme programme;
  private final TierMeasure measure;

  private TierService(Store store, Clock clock, TierProgramme programme, TierMeasure measure) {
    this.store = store;
    this.clock = clock;
    this.programme = programme;
    this.measure = measure;
  }

  /** The service of the tier programme in {@code config}, on {@code store}, with time from {@code clock}. */
  public static TierService of(Store store, Clock clock, TierConfig config) {
    Objects.requireNonNull(config, "config");
    return new TierService(Objects.requireNonNull(store, "store"), Objects.requireNonNull(clock, "clock"),
        config.programme(), config.measure());
  }

  public TierProgramme programme() {
    return programme;
  }

  public Optional<TierMembership> find(CustomerId customerId) {
    return store.repository(LoyaltyStorage.TIER_MEMBERSHIPS).find(Objects.requireNonNull(customerId, "customerId"));
  }

  /** Sets the tier by hand now (joining the customer first if needed) and holds it until released. */
  public Outcome<TierMembership> setByHand(CustomerId customerId, String tier, String reason) {
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(reason, "reason");
    return change(customerId, m -> m.setByHand(programme, tier, reason, clock.instant()));
  }

  /** Releases a tier held by hand now. */
  public Outcome<TierMembership> release(CustomerId customerId, String reason) {
    Objects.requireNonNull(reason, "reason");
    return change(customerId, m -> m.release(reason, clock.instant()));
  }

  private Outcome<TierMembership> change(CustomerId customerId,
      Function<TierMembership, Outcome<TierMembership>> change) {
    Objects.requireNonNull(customerId, "customerId");
    return MembershipChange.apply(store, LoyaltyStorage.TIER_MEMBERSHIPS, customerId, () -> TierMembership.join(customerId, programme, clock.instant()), change);
  }

  @Override
  public List<EvaluationChange> evaluate(Transaction tx, CustomerFacts facts) {
    return evaluateOrSkip(tx, facts).changes();
  }

  /** Like {@link #evaluate}; skips a member whose last change is after {@code facts.asOf()}. */
  @Override
  public EvaluationStep.Result evaluateOrSkip(Transaction tx, CustomerFacts facts) {
    Objects.requireNonNull(tx, "tx");
    Objects.requireNonNull(facts, "facts");
    Repository<CustomerId, TierMembership> repo = tx.repository(LoyaltyStorage.TIER_MEMBERSHIPS);
    TierMembership current = repo.find(facts.customerId())
        .orElseGet(() -> repo.insert(TierMembership.join(facts.customerId(), programme, facts.asOf())));
    if (current.manual()) {
      return EvaluationStep.Result.of(List.of());
    }
    if (facts.asOf().isBefore(current.lastChangeAt())) {
      return EvaluationStep.Result.skipped(current.lastChangeAt());
    }
    Outcome<TierMembership> o = current.evaluate(programme, measure, facts);
    if (!(o instanceof Outcome.Applied<TierMembership> a)) {
      return EvaluationStep.Result.of(List.of());
    }
    repo.update(a.value());
    List<EvaluationChange> changes = new ArrayList<>();
    for (LoyaltyEvent e : a.events(LoyaltyEvent.class)) {
      tx.publish(e);
      if (e instanceof LoyaltyEvent.TierChanged c) {
        changes.add(new EvaluationChange(c.customerId(), "tier", c.from(), c.to(), c.reason()));
      }
    }
    return EvaluationStep.Result.of(changes);
  }
}
