package io.crm4j.core.store;

import io.crm4j.core.spi.CommitVisibilityContract;
import io.crm4j.core.spi.ComplaintStoreContract;
import io.crm4j.core.spi.CreditStoreContract;
import io.crm4j.core.spi.CustomerServiceContract;
import io.crm4j.core.spi.CustomerStoreContract;
import io.crm4j.core.spi.EvaluationResumeContract;
import io.crm4j.core.spi.LifecycleStoreContract;
import io.crm4j.core.spi.LoyaltyStoreContract;
import io.crm4j.core.spi.PipelineStoreContract;
import io.crm4j.core.spi.Store;
import io.crm4j.core.store.jdbc.JdbcStore;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;

/** The storage contract on the JDBC store over an embedded H2 database file, a new file per test. */
class H2FileStoreTest implements
    CustomerStoreContract,
    CommitVisibilityContract,
    CustomerServiceContract,
    PipelineStoreContract,
    ComplaintStoreContract,
    LifecycleStoreContract,
    LoyaltyStoreContract,
    CreditStoreContract,
    EvaluationResumeContract {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  @TempDir
  static Path dir;

  @Override
  public Store newStore() {
    return JdbcStore.h2File(dir.resolve("contract" + DATABASES.incrementAndGet()));
  }
}
