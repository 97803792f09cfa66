package io.crm4j.core.credit;

import io.crm4j.core.internal.Checks;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Identifies a {@link ReceivableDocument}: the credit account's id and the document id joined by
 * {@code '/'}, e.g. {@code "CA-1/INV-7"}, so that one account's documents sort together in a store.
 * Immutable and thread-safe.
 *
 * @param value at most 128 characters in all (see {@link CreditAccountId})
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ReceivableDocumentId(String value) {

  public ReceivableDocumentId {
    Checks.identifier(value, "receivableDocumentId");
  }

  /** Returns the id with the given value, e.g. {@code "CA-1/INV-7"}. */
  public static ReceivableDocumentId of(String value) {
    return new ReceivableDocumentId(value);
  }

  /** The id of document {@code documentId} of account {@code accountId}. */
  public static ReceivableDocumentId of(CreditAccountId accountId, String documentId) {
    Objects.requireNonNull(accountId, "accountId");
    Checks.identifier(documentId, "documentId");
    return new ReceivableDocumentId(prefix(accountId) + documentId);
  }

  /** Every document id of {@code accountId} starts with this text; nothing sorts between it and them. */
  static String prefix(CreditAccountId accountId) {
    return accountId.value() + "/";
  }

  /** The lowest id of an account's documents, below all of them: where paging through them starts. */
  static ReceivableDocumentId before(CreditAccountId accountId) {
    return new ReceivableDocumentId(prefix(accountId));
  }

  @Override
  public String toString() {
    return value;
  }
}
