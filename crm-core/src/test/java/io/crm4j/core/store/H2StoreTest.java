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
import io.crm4j.core.spi.OutboxRelayContract;
import io.crm4j.core.spi.Store;
import io.crm4j.core.store.jdbc.JdbcStore;
import java.util.concurrent.atomic.AtomicInteger;

/** The storage contract on the JDBC store over an embedded in-memory H2 database. */
class H2StoreTest implements
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
    OutboxRelayContract,
    EvaluationResumeContract {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  @Override
  public Store newStore() {
    return JdbcStore.h2Memory("contract" + DATABASES.incrementAndGet());
  }
}
