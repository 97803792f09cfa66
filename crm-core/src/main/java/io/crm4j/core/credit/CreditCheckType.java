package io.crm4j.core.credit;

import org.apiguardian.api.API;

/** The checks a {@link CreditCheck} can run. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum CreditCheckType {
  /** The account is blocked. */
  BLOCKED,
  /** No limit exists for the document's segment and currency. */
  NO_LIMIT,
  /** Static part of the exposure plus the document exceeds the limit. */
  STATIC,
  /** Dynamic part of the exposure (static part plus orders within the horizon) plus the document exceeds the limit. */
  DYNAMIC,
  /** The document's value exceeds the largest value allowed for one document. */
  MAX_DOCUMENT_VALUE,
  /** The oldest open invoice is more days overdue than allowed. */
  OLDEST_OPEN_ITEM,
  /** An open invoice has reached a dunning level above the one allowed. */
  DUNNING_LEVEL,
  /** The customer's credit grade is one that gets no trade credit. */
  GRADE
}
