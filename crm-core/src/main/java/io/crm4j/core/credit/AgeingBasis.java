package io.crm4j.core.credit;

import org.apiguardian.api.API;

/** What an ageing report counts the days of an open invoice from. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum AgeingBasis {

  /**
   * Days past the due date (the default): an invoice not yet due, or due on the report date, is
   * "current" (0 or fewer days); one due yesterday is 1 day past due.
   */
  DAYS_PAST_DUE,

  /** Days since the issue date: an invoice issued on the report date is 0 days old ("current"). */
  INVOICE_AGE
}
