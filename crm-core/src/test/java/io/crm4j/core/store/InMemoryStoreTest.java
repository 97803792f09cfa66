package io.crm4j.core.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import io.crm4j.core.store.memory.InMemoryStore;
import org.junit.jupiter.api.Test;

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
    OutboxRelayContract,
    EvaluationResumeContract {

  @Override
  public Store newStore() {
    return InMemoryStore.createWithOutbox();
  }

  /** Units of work whose outbox nobody relays would pile up in memory: a plain store keeps none. */
  @Test
  void outbox_storeCreatedWithoutOne_isRefused() {
    try (InMemoryStore store = InMemoryStore.create()) {
      store.activities().append(io.crm4j.core.testing.Fixtures.purchase("A-1", "C-1",
          io.crm4j.core.testing.Fixtures.T0, "1.00"));
      assertThatThrownBy(store::outbox).isInstanceOf(UnsupportedOperationException.class)
          .hasMessage("outbox must be kept by the store to be relayed, but this store was created without one: "
              + "use InMemoryStore.createWithOutbox()");
    }
  }
}
