package io.crm4j.core.testing;

import io.crm4j.core.json.Crm4jJson;
import io.crm4j.core.lifecycle.LifecycleStorage;
import io.crm4j.core.loyalty.LoyaltyStorage;
import io.crm4j.core.service.CustomerStorage;
import io.crm4j.core.spi.AggregateType;
import io.crm4j.core.spi.Repository;
import io.crm4j.core.spi.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a store holds for the customer programmes, read back through the storage SPI: every
 * customer, lifecycle, points account, ladder and tier membership, evaluation mark and checkpoint
 * (id, version and JSON body) and every activity. Two stores with equal snapshots are in the same state.
 */
public final class StoreSnapshot {

  private static final List<AggregateType<?, ?>> TYPES = List.of(CustomerStorage.CUSTOMERS,
      LifecycleStorage.LIFECYCLES, LoyaltyStorage.POINTS_ACCOUNTS, LoyaltyStorage.LADDER_MEMBERSHIPS,
      LoyaltyStorage.TIER_MEMBERSHIPS, LifecycleStorage.EVALUATION_MARKS, LifecycleStorage.EVALUATION_CHECKPOINTS);

  private StoreSnapshot() {}

  /** One line per stored aggregate and activity, in a stable order. */
  public static List<String> of(Store store) {
    List<String> out = new ArrayList<>();
    for (AggregateType<?, ?> type : TYPES) {
      addAll(store, type, out);
    }
    store.activities().scan(Instant.EPOCH, Instant.parse("3000-01-01T00:00:00Z"),
        a -> out.add("activity " + Crm4jJson.write(a)));
    return out;
  }

  private static <I, A> void addAll(Store store, AggregateType<I, A> type, List<String> out) {
    Repository<I, A> repo = store.repository(type);
    I after = null;
    List<A> page;
    while (!(page = repo.page(after, 100)).isEmpty()) {
      for (A a : page) {
        out.add(type.name() + " " + type.idTextOf(a) + " v" + repo.versionOf(a) + " " + Crm4jJson.write(a));
      }
      after = type.idOf(page.get(page.size() - 1));
    }
  }
}
