package io.crm4j.core.pipeline;

import org.apiguardian.api.API;

/** Where a lead came from. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum LeadSource {
  /** A marketing campaign. */
  CAMPAIGN,
  /** Recommended by an existing customer or partner. */
  REFERRAL,
  /** Met at a fair or exhibition. */
  EXHIBITION,
  /** The prospect contacted the company (web form, phone). */
  INBOUND
}
