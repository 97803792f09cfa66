package io.crm4j.core.pipeline;

import io.crm4j.core.spi.AggregateType;
import org.apiguardian.api.API;

/**
 * How the stores know the pipeline aggregates. Kept out of the aggregates and services so that the
 * model does not depend on the storage SPI; used by {@link PipelineService}, {@link ContractService}
 * and by adapter tests.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PipelineStorage {

  /** Leads. */
  public static final AggregateType<LeadId, Lead> LEADS = AggregateType.of("lead", Lead.class, Lead::id,
      LeadId::value, LeadId::of, Lead::version, Lead::withVersion);

  /** Opportunities. */
  public static final AggregateType<OpportunityId, Opportunity> OPPORTUNITIES = AggregateType.of("opportunity",
      Opportunity.class, Opportunity::id, OpportunityId::value, OpportunityId::of, Opportunity::version,
      Opportunity::withVersion);

  /** Contracts. */
  public static final AggregateType<ContractId, Contract> CONTRACTS = AggregateType.of("contract", Contract.class,
      Contract::id, ContractId::value, ContractId::of, Contract::version, Contract::withVersion);

  private PipelineStorage() {}
}
