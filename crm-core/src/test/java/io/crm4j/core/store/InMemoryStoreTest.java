package io.crm4j.core.store;

import io.crm4j.core.spi.ComplaintStoreContract;
import io.crm4j.core.spi.CustomerServiceContract;
import io.crm4j.core.spi.CustomerStoreContract;
import io.crm4j.core.spi.PipelineStoreContract;
import io.crm4j.core.spi.LifecycleStoreContract;
import io.crm4j.core.spi.LoyaltyStoreContract;
import io.crm4j.core.spi.Store;
import io.crm4j.core.store.memory.InMemoryStore;

/** The storage contract on the in-memory store. */
class InMemoryStoreTest implements
    CustomerStoreContract,
    CustomerServiceContract,
    PipelineStoreContract,
    ComplaintStoreContract,
    LifecycleStoreContract,
    LoyaltyStoreContract {

  @Override
  public Store newStore() {
    return InMemoryStore.create();
  }
}
