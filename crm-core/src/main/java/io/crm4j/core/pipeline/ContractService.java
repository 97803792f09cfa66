package io.crm4j.core.pipeline;

import io.crm4j.core.money.Money;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.spi.Store;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Runs the contract flow against a {@link Store}: each step reads the contract, applies the
 * checked method at the clock's instant under the {@link ContractPolicy}, and on success writes
 * it and publishes its {@link PipelineEvent} in one unit of work; a rejected step writes nothing.
 *
 * <p>Thread-safe when the store is.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ContractService {

  private final Store store;
  private final Clock clock;
  private final ContractPolicy policy;

  private ContractService(Store store, Clock clock, ContractPolicy policy) {
    this.store = store;
    this.clock = clock;
    this.policy = policy;
  }

  public static ContractService of(Store store, Clock clock, ContractPolicy policy) {
    return new ContractService(Objects.requireNonNull(store, "store"), Objects.requireNonNull(clock, "clock"),
        Objects.requireNonNull(policy, "policy"));
  }

  public ContractPolicy policy() {
    return policy;
  }

  public Optional<Contract> find(ContractId id) {
    return store.repository(PipelineStorage.CONTRACTS).find(Objects.requireNonNull(id, "id"));
  }

  /** Stores a new application and publishes {@link PipelineEvent.ContractSubmitted}. */
  public Contract submit(Contract contract) {
    Objects.requireNonNull(contract, "contract");
    return Transitions.create(store, PipelineStorage.CONTRACTS, contract, contract.submittedEvent());
  }

  public Outcome<Contract> startUnderwriting(ContractId id) {
    return Transitions.apply(store, PipelineStorage.CONTRACTS, Objects.requireNonNull(id, "id"),
        c -> c.startUnderwriting(clock.instant()));
  }

  public Outcome<Contract> underwrite(ContractId id, UnderwritingDecision decision) {
    Objects.requireNonNull(decision, "decision");
    return Transitions.apply(store, PipelineStorage.CONTRACTS, Objects.requireNonNull(id, "id"),
        c -> c.underwrite(decision, clock.instant()));
  }

  public Outcome<Contract> issue(ContractId id) {
    return Transitions.apply(store, PipelineStorage.CONTRACTS, Objects.requireNonNull(id, "id"), c -> c.issue(clock.instant()));
  }

  /** Cancels; the refund follows the cooling-off rule of the policy. */
  public Outcome<Contract> cancel(ContractId id) {
    return Transitions.apply(store, PipelineStorage.CONTRACTS, Objects.requireNonNull(id, "id"),
        c -> c.cancel(policy, clock.instant()));
  }

  public Outcome<Contract> confirm(ContractId id) {
    return Transitions.apply(store, PipelineStorage.CONTRACTS, Objects.requireNonNull(id, "id"),
        c -> c.confirm(policy, clock.instant()));
  }

  public Outcome<Contract> commissionDue(ContractId id, Money commission) {
    Objects.requireNonNull(commission, "commission");
    return Transitions.apply(store, PipelineStorage.CONTRACTS, Objects.requireNonNull(id, "id"),
        c -> c.commissionDue(commission, clock.instant()));
  }
}
