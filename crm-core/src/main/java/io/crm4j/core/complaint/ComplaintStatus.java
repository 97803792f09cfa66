package io.crm4j.core.complaint;

import org.apiguardian.api.API;

/**
 * Where a complaint stands. The main line follows ISO 10002's handling process and the source
 * material's steps (let the customer speak, record, apologise, propose a solution, follow up);
 * which moves are allowed is decided by a {@link StatusGraph}, not by this enum.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ComplaintStatus {
  /** Recorded with its channel and what the customer asks for. */
  RECEIVED,
  /** Receipt confirmed to the customer (the first response). */
  ACKNOWLEDGED,
  /** Category, severity, impact and urgency set; priority derived. */
  ASSESSED,
  /** The facts are being established. */
  INVESTIGATING,
  /** Waiting for the customer (information, a visit); pauses SLA clocks by default. */
  WAITING_ON_CUSTOMER,
  /** Handed to a higher level of authority. */
  ESCALATED,
  /** A solution has been proposed to the customer. */
  RESPONDED,
  /** The solution has been carried out. */
  RESOLVED,
  /** The case is closed. */
  CLOSED,
  /** The customer was contacted after closing (回访) and a survey recorded. */
  FOLLOWED_UP,
  /** Not accepted as a complaint (out of scope, unfounded), with a reason. */
  REJECTED,
  /** Withdrawn by the customer. */
  WITHDRAWN,
  /** Opened again after resolution or closing. */
  REOPENED
}
