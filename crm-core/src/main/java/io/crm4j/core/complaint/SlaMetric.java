package io.crm4j.core.complaint;

import org.apiguardian.api.API;

/** The two service-level clocks every complaint runs. */
@API(status = API.Status.STABLE, since = "0.1")
public enum SlaMetric {
  /** From receipt to the first response (acknowledgement); never restarted. */
  FIRST_RESPONSE,
  /** From receipt to resolution; resumes, counting the earlier time, when a complaint is reopened. */
  RESOLUTION
}
