package io.crm4j.core.outcome;

import org.apiguardian.api.API;

/**
 * Why an operation was rejected: a small, stable vocabulary shared by every area. Codes are part
 * of the API (callers switch on them); the accompanying message is for people and may change.
 *
 * <table>
 *   <caption>Codes and the areas that use them</caption>
 *   <tr><th>code</th><th>areas</th></tr>
 *   <tr><td>{@link #TRANSITION_NOT_ALLOWED}</td><td>lifecycle, complaints, pipeline, contracts</td></tr>
 *   <tr><td>{@link #OUT_OF_ORDER}</td><td>lifecycle, ladder, receivables</td></tr>
 *   <tr><td>{@link #NO_CHANGE}</td><td>ladder, tiers, points, pipeline, receivables</td></tr>
 *   <tr><td>{@link #HELD_BY_HAND}, {@link #NOT_HELD_BY_HAND}</td><td>ladder, tiers</td></tr>
 *   <tr><td>{@link #INSUFFICIENT_POINTS}</td><td>points</td></tr>
 *   <tr><td>{@link #COOLING_OFF}</td><td>contracts</td></tr>
 *   <tr><td>{@link #REOPEN_WINDOW_CLOSED}</td><td>complaints</td></tr>
 *   <tr><td>{@link #CREDIT_CHECK_FAILED}</td><td>credit</td></tr>
 *   <tr><td>{@link #UNKNOWN_DOCUMENT}, {@link #DOCUMENT_SETTLED}, {@link #OVER_ALLOCATION},
 *       {@link #DOCUMENT_CONFLICT}</td><td>receivables</td></tr>
 * </table>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ReasonCode {

  /** The state graph (lifecycle, complaint, lead, opportunity, contract) forbids the move from the current state. */
  TRANSITION_NOT_ALLOWED,

  /** The operation's instant is before the aggregate's current state began. */
  OUT_OF_ORDER,

  /** The operation would change nothing (no rule applies, nothing to expire, already so). */
  NO_CHANGE,

  /** The state is held by hand and automatic evaluation must not move it. */
  HELD_BY_HAND,

  /** A release was asked for, but the state is not held by hand. */
  NOT_HELD_BY_HAND,

  /** A redemption or reversal needs more points than the account holds. */
  INSUFFICIENT_POINTS,

  /** The contract is still in its cooling-off period. */
  COOLING_OFF,

  /** A closed complaint can no longer be reopened: its reopen window has passed. */
  REOPEN_WINDOW_CLOSED,

  /** At least one credit check failed; the rejection's detail lists which. */
  CREDIT_CHECK_FAILED,

  /**
   * An allocation or write-off names a document the ledger has never recorded, or a credit application
   * names a credit that is not a recorded payment or credit note.
   */
  UNKNOWN_DOCUMENT,

  /**
   * An allocation or write-off names an invoice that is already fully settled, or a credit application
   * names a credit that is used up.
   */
  DOCUMENT_SETTLED,

  /**
   * Allocations exceed the open amount of an invoice or the amount of the document that pays it (for a
   * credit application, what is left of the credit).
   */
  OVER_ALLOCATION,

  /** A document id is recorded already, with other content (another kind, date or amount). */
  DOCUMENT_CONFLICT
}
