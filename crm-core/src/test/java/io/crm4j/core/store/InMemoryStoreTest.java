package io.crm4j.core.store;

import io.crm4j.core.spi.ActivityImportContract;
import io.crm4j.core.spi.ActivityRecorderContract;
import io.crm4j.core.spi.CommitVisibilityContract;
import io.crm4j.core.spi.ComplaintStoreContract;
import io.crm4j.core.spi.CreditStoreContract;
import io.crm4j.core.spi.CustomerServiceContract;
import io.crm4j.core.spi.CustomerStoreContract;
import io.crm4j.core.spi.EvaluationResumeContract;
import io.crm4j.core.spi.PipelineStoreContract;
import io.crm4j.core.spi.LifecycleStoreContract;
import io.crm4j.core.spi.LoyaltyStoreContract;
import io.crm4j.core.spi.Store;
import io.crm4j.core.store.memory.InMemoryStore;

/** The storage contract on the in-memory store. */
class InMemoryStoreTest implements
    CustomerStoreContract,
    CommitVisibilityContract,
    CustomerServiceContract,
    PipelineStoreContract,
    ComplaintStoreContract,
    LifecycleStoreContract,
    LoyaltyStoreContract,
    CreditStoreContract,
    ActivityRecorderContract,
    ActivityImportContract,
    EvaluationResumeContract {

  @Override
  public Store newStore() {
    return InMemoryStore.create();
  }
}
