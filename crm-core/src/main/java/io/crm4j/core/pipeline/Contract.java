package io.crm4j.core.pipeline;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.customer.HistoryEntry;
import io.crm4j.core.internal.Checks;
import io.crm4j.core.money.Money;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.outcome.ReasonCode;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A new insurance contract on its way from application to the seller's commission:
 * submitted, underwriting (pass, refer for investigation, decline), issued, the cooling-off
 * period set by a {@link ContractPolicy} (a cancellation inside it refunds the premium in full),
 * confirmed by a call once the period has passed, then commission due. Every step is a checked
 * method returning a {@link Outcome}; a step the flow forbids is a returned rejection.
 *
 * <p>Immutable and thread-safe. The store raises {@code version} on each write.
 *
 * @param id the contract's id
 * @param version the stored version, 0 before the first write
 * @param customerId the policyholder
 * @param opportunityId the opportunity it came from, or null
 * @param product what is insured, for people
 * @param premium the premium paid, positive
 * @param status where it stands
 * @param submittedAt when the application came in
 * @param lastChangeAt when the last step happened
 * @param issuedAt when the policy was issued (delivered), or null before
 * @param refund what was refunded on cancellation, or null
 * @param commission the commission that became due, or null
 * @param history every step, oldest first
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Contract(ContractId id, long version, CustomerId customerId, @Nullable OpportunityId opportunityId,
    String product, Money premium, ContractStatus status, Instant submittedAt, Instant lastChangeAt,
    @Nullable Instant issuedAt, @Nullable Money refund, @Nullable Money commission, List<HistoryEntry> history) {

  public Contract {
    Objects.requireNonNull(id, "id");
    Checks.nonNegative(version, "version");
    Objects.requireNonNull(customerId, "customerId");
    Checks.notBlank(product, "product");
    Objects.requireNonNull(premium, "premium");
    if (!premium.isPositive()) {
      throw new IllegalArgumentException("premium must be positive, but was " + premium);
    }
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(submittedAt, "submittedAt");
    Objects.requireNonNull(lastChangeAt, "lastChangeAt");
    history = List.copyOf(history);
  }

  /** A new application in status {@link ContractStatus#SUBMITTED}, not yet stored. */
  public static Contract submit(ContractId id, CustomerId customerId, @Nullable OpportunityId opportunityId,
      String product, Money premium, Instant at) {
    Objects.requireNonNull(at, "at");
    return new Contract(id, 0, customerId, opportunityId, product, premium, ContractStatus.SUBMITTED, at, at, null,
        null, null, List.of(new HistoryEntry(at, "submitted, premium " + premium)));
  }

  /** The event that records the submission. */
  public PipelineEvent.ContractSubmitted submittedEvent() {
    return new PipelineEvent.ContractSubmitted(id, customerId, premium, submittedAt);
  }

  /** Returns this contract with another stored version. */
  public Contract withVersion(long newVersion) {
    return new Contract(id, newVersion, customerId, opportunityId, product, premium, status, submittedAt,
        lastChangeAt, issuedAt, refund, commission, history);
  }

  /** {@code SUBMITTED -> UNDERWRITING}. */
  public Outcome<Contract> startUnderwriting(Instant at) {
    checkTime(at);
    if (status != ContractStatus.SUBMITTED) {
      return rejected("start underwriting", "SUBMITTED");
    }
    return step(ContractStatus.UNDERWRITING, at, "underwriting started", issuedAt);
  }

  /**
   * Records underwriting's decision: from {@code UNDERWRITING}, PASS approves, REFER sends the
   * case for investigation, DECLINE ends it; from {@code REFERRED}, PASS or DECLINE (a second
   * referral is rejected).
   */
  public Outcome<Contract> underwrite(UnderwritingDecision decision, Instant at) {
    Objects.requireNonNull(decision, "decision");
    checkTime(at);
    boolean open = status == ContractStatus.UNDERWRITING
        || status == ContractStatus.REFERRED && decision != UnderwritingDecision.REFER;
    if (!open) {
      return rejected("record underwriting decision " + decision, "UNDERWRITING (or REFERRED for PASS/DECLINE)");
    }
    ContractStatus target = switch (decision) {
      case PASS -> ContractStatus.APPROVED;
      case REFER -> ContractStatus.REFERRED;
      case DECLINE -> ContractStatus.DECLINED;
    };
    return step(target, at, "underwriting: " + decision, issuedAt);
  }

  /** {@code APPROVED -> ISSUED}: the policy was issued and delivered at {@code at}; cooling-off starts. */
  public Outcome<Contract> issue(Instant at) {
    checkTime(at);
    if (status != ContractStatus.APPROVED) {
      return rejected("issue", "APPROVED");
    }
    return step(ContractStatus.ISSUED, at, "issued", at);
  }

  /**
   * {@code ISSUED | CONFIRMED -> CANCELLED}: the policyholder cancels. Inside the cooling-off
   * period (see {@link ContractPolicy} for how days are counted) the full premium is refunded,
   * after it {@code premium × refundShareAfterCoolingOff}, rounded half-even.
   */
  public Outcome<Contract> cancel(ContractPolicy policy, Instant at) {
    Objects.requireNonNull(policy, "policy");
    checkTime(at);
    if (status != ContractStatus.ISSUED && status != ContractStatus.CONFIRMED || issuedAt == null) {
      return rejected("cancel", "ISSUED or CONFIRMED");
    }
    long day = policy.coolingOffDay(issuedAt, at);
    boolean full = policy.isWithinCoolingOff(day);
    Money refunded = full ? premium
        : premium.multipliedBy(policy.refundShareAfterCoolingOff().fraction(), RoundingMode.HALF_EVEN);
    Contract next = new Contract(id, version, customerId, opportunityId, product, premium, ContractStatus.CANCELLED,
        submittedAt, at, issuedAt, refunded, commission,
        appended("cancelled on cooling-off day " + day + ", refund " + refunded, at));
    return Outcome.applied(next, new PipelineEvent.ContractCancelled(id, refunded, full, day, at));
  }

  /**
   * {@code ISSUED -> CONFIRMED}: the confirmation call after the cooling-off period. Rejected
   * while the period still runs.
   */
  public Outcome<Contract> confirm(ContractPolicy policy, Instant at) {
    Objects.requireNonNull(policy, "policy");
    checkTime(at);
    if (status != ContractStatus.ISSUED || issuedAt == null) {
      return rejected("confirm", "ISSUED");
    }
    if (policy.isWithinCoolingOff(policy.coolingOffDay(issuedAt, at))) {
      return Outcome.rejected(ReasonCode.COOLING_OFF, "contract " + id + " is in its cooling-off period through "
          + policy.lastCoolingOffDate(issuedAt) + ": it can be confirmed from the day after");
    }
    return step(ContractStatus.CONFIRMED, at, "confirmed by call", issuedAt);
  }

  /** {@code CONFIRMED -> COMMISSION_DUE}: the seller's {@code commission} becomes due. */
  public Outcome<Contract> commissionDue(Money amount, Instant at) {
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative() || !amount.currency().equals(premium.currency())) {
      throw new IllegalArgumentException("amount must be a non-negative amount in " + premium.currency()
          + ", but was " + amount);
    }
    checkTime(at);
    if (status != ContractStatus.CONFIRMED) {
      return rejected("make commission due", "CONFIRMED");
    }
    Contract next = new Contract(id, version, customerId, opportunityId, product, premium,
        ContractStatus.COMMISSION_DUE, submittedAt, at, issuedAt, refund, amount,
        appended("commission due " + amount, at));
    return Outcome.applied(next, new PipelineEvent.CommissionDue(id, amount, at));
  }

  private Outcome<Contract> step(ContractStatus target, Instant at, String change, @Nullable Instant issued) {
    Contract next = new Contract(id, version, customerId, opportunityId, product, premium, target, submittedAt, at,
        issued, refund, commission, appended(change, at));
    return Outcome.applied(next, new PipelineEvent.ContractStatusChanged(id, status, target, at));
  }

  private Outcome<Contract> rejected(String action, String required) {
    return Outcome.rejected(ReasonCode.TRANSITION_NOT_ALLOWED,
        "contract " + id + " is " + status + ": it can " + action + " only when " + required);
  }

  private List<HistoryEntry> appended(String change, Instant at) {
    List<HistoryEntry> out = new ArrayList<>(history);
    out.add(new HistoryEntry(at, change));
    return out;
  }

  private void checkTime(Instant at) {
    Objects.requireNonNull(at, "at");
    if (at.isBefore(lastChangeAt)) {
      throw new IllegalArgumentException("at must not be before the contract's last change " + lastChangeAt
          + ", but was " + at);
    }
  }

  /** Safe to log: the history's free texts are left out; it shows as its length. */
  @Override
  public String toString() {
    return "Contract[id=" + id + ", version=" + version + ", customerId=" + customerId + ", opportunityId="
        + opportunityId + ", product=" + product + ", premium=" + premium + ", status=" + status + ", submittedAt="
        + submittedAt + ", issuedAt=" + issuedAt + ", history=" + history.size() + "]";
  }
}
