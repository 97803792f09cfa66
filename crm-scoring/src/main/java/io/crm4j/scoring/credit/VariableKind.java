package io.crm4j.scoring.credit;

import org.apiguardian.api.API;

/** Whether a variable is binned by ranges of numbers or by groups of categories. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum VariableKind {
  /** Bins are ranges {@code [lower, upper)} of a number. */
  NUMERIC,
  /** Bins are sets of text values. */
  CATEGORICAL
}
