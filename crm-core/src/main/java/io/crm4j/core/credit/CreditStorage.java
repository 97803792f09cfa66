package io.crm4j.core.credit;

import io.crm4j.core.spi.AggregateType;
import org.apiguardian.api.API;

/**
 * How the stores know the credit account aggregate. Kept out of {@link CreditAccount} so that the
 * model does not depend on the storage SPI; used by {@link CreditService} and by adapter tests.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CreditStorage {

  /** The credit account aggregate, keyed by its {@link CreditAccountId}. */
  public static final AggregateType<CreditAccountId, CreditAccount> ACCOUNTS = AggregateType.of("credit-account",
      CreditAccount.class, CreditAccount::id, CreditAccountId::value, CreditAccountId::of, CreditAccount::version,
      CreditAccount::withVersion);

  private CreditStorage() {}
}
