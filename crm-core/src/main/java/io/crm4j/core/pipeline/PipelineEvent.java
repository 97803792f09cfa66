package io.crm4j.core.pipeline;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.internal.Checks;
import io.crm4j.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Events of the sales pipeline: every lead, opportunity and contract transition, and follow-up findings. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface PipelineEvent extends DomainEvent {

  /** A lead was captured. */
  record LeadCreated(LeadId leadId, LeadSource source, OwnerId owner, Instant occurredAt) implements PipelineEvent {
    public LeadCreated {
      Objects.requireNonNull(leadId, "leadId");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String aggregateId() {
      return leadId.value();
    }
  }

  /** A lead changed status; {@code reason} is set for a disqualification. */
  record LeadStatusChanged(LeadId leadId, LeadStatus from, LeadStatus to, @Nullable String reason,
      Instant occurredAt) implements PipelineEvent {
    public LeadStatusChanged {
      Objects.requireNonNull(leadId, "leadId");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String aggregateId() {
      return leadId.value();
    }
  }

  /** A lead became a customer and an opportunity. */
  record LeadConverted(LeadId leadId, CustomerId customerId, OpportunityId opportunityId, Instant occurredAt)
      implements PipelineEvent {
    public LeadConverted {
      Objects.requireNonNull(leadId, "leadId");
      Objects.requireNonNull(customerId, "customerId");
      Objects.requireNonNull(opportunityId, "opportunityId");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String aggregateId() {
      return leadId.value();
    }
  }

  /** The owner recorded a follow-up action (call, visit, mail) on a lead or opportunity. */
  record FollowUpRecorded(SubjectKind kind, String subjectId, OwnerId owner, String note, Instant occurredAt)
      implements PipelineEvent {
    public FollowUpRecorded {
      Objects.requireNonNull(kind, "kind");
      Checks.identifier(subjectId, "subjectId");
      Objects.requireNonNull(owner, "owner");
      Checks.notBlank(note, "note");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String aggregateId() {
      return subjectId;
    }
  }

  /** A lead or open opportunity passed to another owner. */
  record OwnerChanged(SubjectKind kind, String subjectId, OwnerId from, OwnerId to, Instant occurredAt)
      implements PipelineEvent {
    public OwnerChanged {
      Objects.requireNonNull(kind, "kind");
      Checks.identifier(subjectId, "subjectId");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String aggregateId() {
      return subjectId;
    }
  }

  /** An open opportunity's amount or expected close date was revised. */
  record OpportunityRevised(OpportunityId opportunityId, Money amount, LocalDate expectedClose, Instant occurredAt)
      implements PipelineEvent {
    public OpportunityRevised {
      Objects.requireNonNull(opportunityId, "opportunityId");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(expectedClose, "expectedClose");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String aggregateId() {
      return opportunityId.value();
    }
  }

  /** An opportunity was opened in its first stage. */
  record OpportunityOpened(OpportunityId opportunityId, OwnerId owner, String stage, Money amount,
      Instant occurredAt) implements PipelineEvent {
    public OpportunityOpened {
      Objects.requireNonNull(opportunityId, "opportunityId");
      Objects.requireNonNull(owner, "owner");
      Checks.notBlank(stage, "stage");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String aggregateId() {
      return opportunityId.value();
    }
  }

  /** An opportunity moved between open stages. */
  record StageChanged(OpportunityId opportunityId, String from, String to, Instant occurredAt)
      implements PipelineEvent {
    public StageChanged {
      Objects.requireNonNull(opportunityId, "opportunityId");
      Checks.notBlank(from, "from");
      Checks.notBlank(to, "to");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String aggregateId() {
      return opportunityId.value();
    }
  }

  /** An opportunity was won. */
  record OpportunityWon(OpportunityId opportunityId, String reason, Money amount, Instant occurredAt)
      implements PipelineEvent {
    public OpportunityWon {
      Objects.requireNonNull(opportunityId, "opportunityId");
      Checks.notBlank(reason, "reason");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String aggregateId() {
      return opportunityId.value();
    }
  }

  /** An opportunity was lost. */
  record OpportunityLost(OpportunityId opportunityId, String reason, Instant occurredAt) implements PipelineEvent {
    public OpportunityLost {
      Objects.requireNonNull(opportunityId, "opportunityId");
      Checks.notBlank(reason, "reason");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String aggregateId() {
      return opportunityId.value();
    }
  }

  /** The follow-up rule found a lead or opportunity without a follow-up action for too long. */
  record FollowUpOverdue(SubjectKind kind, String subjectId, OwnerId owner, long daysOverdue, Instant occurredAt)
      implements PipelineEvent {
    public FollowUpOverdue {
      Objects.requireNonNull(kind, "kind");
      Checks.identifier(subjectId, "subjectId");
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String aggregateId() {
      return subjectId;
    }
  }

  /** The follow-up rule found an owner with no recorded action on any open item for too long. */
  record OwnerInactive(OwnerId owner, long daysInactive, Instant occurredAt) implements PipelineEvent {
    public OwnerInactive {
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String aggregateId() {
      return owner.value();
    }
  }

  /** A contract application was submitted. */
  record ContractSubmitted(ContractId contractId, CustomerId customerId, Money premium, Instant occurredAt)
      implements PipelineEvent {
    public ContractSubmitted {
      Objects.requireNonNull(contractId, "contractId");
      Objects.requireNonNull(customerId, "customerId");
      Objects.requireNonNull(premium, "premium");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String aggregateId() {
      return contractId.value();
    }
  }

  /** A contract moved on in its flow (underwriting, issue, confirmation). */
  record ContractStatusChanged(ContractId contractId, ContractStatus from, ContractStatus to, Instant occurredAt)
      implements PipelineEvent {
    public ContractStatusChanged {
      Objects.requireNonNull(contractId, "contractId");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String aggregateId() {
      return contractId.value();
    }
  }

  /**
   * The policyholder cancelled; {@code coolingOffDay} is the day count defined by
   * {@link ContractPolicy#coolingOffDay}, {@code fullRefund} whether it fell inside the period.
   */
  record ContractCancelled(ContractId contractId, Money refund, boolean fullRefund, long coolingOffDay,
      Instant occurredAt) implements PipelineEvent {
    public ContractCancelled {
      Objects.requireNonNull(contractId, "contractId");
      Objects.requireNonNull(refund, "refund");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String aggregateId() {
      return contractId.value();
    }
  }

  /** The seller's commission on a confirmed contract became due. */
  record CommissionDue(ContractId contractId, Money commission, Instant occurredAt) implements PipelineEvent {
    public CommissionDue {
      Objects.requireNonNull(contractId, "contractId");
      Objects.requireNonNull(commission, "commission");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String aggregateId() {
      return contractId.value();
    }
  }
}
