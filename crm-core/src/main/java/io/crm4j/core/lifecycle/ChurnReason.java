package io.crm4j.core.lifecycle;

import org.apiguardian.api.API;

/** Why a customer lapsed (流失: 自然, 竞争, 恶意, 过失). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ChurnReason {
  /** Needs changed, moved away, ended naturally. */
  NATURAL,
  /** Left for a competitor. */
  COMPETITION,
  /** Left on purpose to escape an obligation, e.g. owing a balance. */
  MALICIOUS,
  /** Driven away by the company's own failure, e.g. an unresolved complaint. */
  COMPANY_FAULT
}
