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
 * Keeps customers' {@link LadderMembership}s on one {@link LoyaltyLadder} in a {@link Store}: the
 * {@link EvaluationStep} for scheduled evaluation (joining customers on the bottom rung the first
 * time), and setting or releasing a rung by hand. Thread-safe when the store is.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LadderService implements EvaluationStep {

  private final Store store;
  private final Clock clock;
  private final LoyaltyLadder ladder;

  private LadderService(Store store, Clock clock, LoyaltyLadder ladder) {
    this.store = store;
    this.clock = clock;
    this.ladder = ladder;
  }

  public static LadderService of(Store store, Clock clock, LoyaltyLadder ladder) {
    return new LadderService(Objects.requireNonNull(store, "store"), Objects.requireNonNull(clock, "clock"),
        Objects.requireNonNull(ladder, "ladder"));
  }

  public LoyaltyLadder ladder() {
    return ladder;
  }

  public Optional<LadderMembership> find(CustomerId customerId) {
    return store.repository(LoyaltyStorage.LADDER_MEMBERSHIPS).find(Objects.requireNonNull(customerId, "customerId"));
  }

  /** Sets the rung by hand now (joining the customer first if needed) and holds it. */
  public Outcome<LadderMembership> setByHand(CustomerId customerId, String rung, String reason) {
    Objects.requireNonNull(rung, "rung");
    Objects.requireNonNull(reason, "reason");
    return change(customerId, m -> m.setByHand(ladder, rung, reason, clock.instant()));
  }

  /** Releases a rung held by hand now. */
  public Outcome<LadderMembership> release(CustomerId customerId, String reason) {
    Objects.requireNonNull(reason, "reason");
    return change(customerId, m -> m.release(reason, clock.instant()));
  }

  private Outcome<LadderMembership> change(CustomerId customerId,
      Function<LadderMembership, Outcome<LadderMembership>> change) {
    Objects.requireNonNull(customerId, "customerId");
    return MembershipChange.apply(store, LoyaltyStorage.LADDER_MEMBERSHIPS, customerId, () -> LadderMembership.join(customerId, ladder, clock.instant()), change);
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
    Repository<CustomerId, LadderMembership> repo = tx.repository(LoyaltyStorage.LADDER_MEMBERSHIPS);
    LadderMembership current = repo.find(facts.customerId())
        .orElseGet(() -> repo.insert(LadderMembership.join(facts.customerId(), ladder, facts.asOf())));
    if (current.manual()) {
      return EvaluationStep.Result.of(List.of());
    }
    if (facts.asOf().isBefore(current.lastChangeAt())) {
      return EvaluationStep.Result.skipped(current.lastChangeAt());
    }
    Outcome<LadderMembership> o = current.evaluate(ladder, facts);
    if (!(o instanceof Outcome.Applied<LadderMembership> a)) {
      return EvaluationStep.Result.of(List.of());
    }
    repo.update(a.value());
    List<EvaluationChange> changes = new ArrayList<>();
    for (LoyaltyEvent e : a.events(LoyaltyEvent.class)) {
      tx.publish(e);
      if (e instanceof LoyaltyEvent.RungChanged r) {
        changes.add(new EvaluationChange(r.customerId(), "rung", r.from(), r.to(), r.reason()));
      }
    }
    return EvaluationStep.Result.of(changes);
  }
}
