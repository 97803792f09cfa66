package io.crm4j.core.credit;

import org.apiguardian.api.API;

/**
 * Credit grades from best ({@link #AAA}) to worst ({@link #D}). Core's credit check reads them
 * through {@link CreditGradeLookup}; crm-scoring computes them (5C evaluation, grade bands).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum CreditGrade {
  AAA, AA, A, BBB, BB, B, CCC, CC, C, D;

  /** Returns true if this grade is at least as good as {@code other}. */
  public boolean isAtLeast(CreditGrade other) {
    return ordinal() <= other.ordinal();
  }
}
