package io.crm4j.core.pipeline;

import org.apiguardian.api.API;

/** Which kind of pipeline item a follow-up finding is about. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum SubjectKind {
  LEAD,
  OPPORTUNITY
}
