package io.crm4j.core.credit;

import io.crm4j.core.spi.AggregateType;
import org.apiguardian.api.API;

/**
 * How the stores know the credit aggregates: the account, its receivables ledger (open items only)
 * and the ledger's documents (one stored aggregate per document, so no stored document grows with the
 * account's history). Kept out of {@link CreditAccount} so that the
 * model does not depend on the storage SPI; used by {@link CreditService} and by adapter tests.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CreditStorage {

  /** The credit account aggregate, keyed by its {@link CreditAccountId}. */
  public static final AggregateType<CreditAccountId, CreditAccount> ACCOUNTS = AggregateType.of("credit-account",
      CreditAccount.class, CreditAccount::id, CreditAccountId::value, CreditAccountId::of, CreditAccount::version,
      CreditAccount::withVersion);

  /** Receivables ledgers, one per credit account, keyed by the account's id. */
  public static final AggregateType<CreditAccountId, ReceivablesLedger> LEDGERS = AggregateType.of(
      "receivables-ledger", ReceivablesLedger.class, ReceivablesLedger::id, CreditAccountId::value,
      CreditAccountId::of, ReceivablesLedger::version, ReceivablesLedger::withVersion);

  /** The documents recorded in receivables ledgers, keyed by account and document id. */
  public static final AggregateType<ReceivableDocumentId, ReceivableDocument> DOCUMENTS = AggregateType.of(
      "receivable-document", ReceivableDocument.class, ReceivableDocument::id, ReceivableDocumentId::value,
      ReceivableDocumentId::of, ReceivableDocument::version, ReceivableDocument::withVersion);

  private CreditStorage() {}
}
