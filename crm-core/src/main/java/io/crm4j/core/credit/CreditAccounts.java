package io.crm4j.core.credit;

import io.crm4j.core.spi.AggregateType;
import io.crm4j.core.spi.Repository;
import io.crm4j.core.spi.StaleVersionException;
import io.crm4j.core.spi.Store;
import java.util.Objects;
import org.apiguardian.api.API;

/** Credit accounts in a {@link Store}: the aggregate descriptor and saving a change with its events. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CreditAccounts {

  /** The credit account aggregate as the stores know it. */
  public static final AggregateType<CreditAccountId, CreditAccount> TYPE = AggregateType.of("credit-account",
      CreditAccount.class, CreditAccount::id, CreditAccountId::value, CreditAccountId::of, CreditAccount::version,
      CreditAccount::withVersion);

  private CreditAccounts() {}

  /**
   * Stores the account of a change (inserted when its version is 0, updated otherwise) and
   * publishes the change's events in the same unit of work.
   *
   * @return the stored account with its new version
   * @throws StaleVersionException if someone else stored the account in between
   */
  public static CreditAccount save(Store store, CreditAccount.Change change) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(change, "change");
    return store.inTransaction(tx -> {
      Repository<CreditAccountId, CreditAccount> repo = tx.repository(TYPE);
      CreditAccount account = change.account();
      CreditAccount stored = account.version() == 0 ? repo.insert(account) : repo.update(account);
      change.events().forEach(tx::publish);
      return stored;
    });
  }
}
