package io.crm4j.core.pipeline;

import org.apiguardian.api.API;

/**
 * Where a new insurance contract stands in its flow:
 * {@code SUBMITTED -> UNDERWRITING -> (APPROVED | REFERRED | DECLINED)}, {@code REFERRED -> APPROVED |
 * DECLINED} after the investigation, {@code APPROVED -> ISSUED}, then the cooling-off period;
 * {@code ISSUED -> CONFIRMED} once it has passed, {@code CONFIRMED -> COMMISSION_DUE}, and
 * {@code ISSUED | CONFIRMED -> CANCELLED}. See {@link Contract} for the rules.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ContractStatus {
  /** The application was handed in. */
  SUBMITTED,
  /** The insurer is assessing the risk. */
  UNDERWRITING,
  /** Underwriting referred the case for investigation (medical report, inspection). */
  REFERRED,
  /** Underwriting accepted the risk; the policy can be issued. */
  APPROVED,
  /** Underwriting declined the risk. Final. */
  DECLINED,
  /** The policy was issued and delivered; the cooling-off period runs. */
  ISSUED,
  /** The policyholder cancelled. Final. */
  CANCELLED,
  /** The cooling-off period passed and the confirmation call was made. */
  CONFIRMED,
  /** The seller's commission is due. Final. */
  COMMISSION_DUE
}
