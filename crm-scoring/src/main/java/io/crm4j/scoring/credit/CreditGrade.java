package io.crm4j.scoring.credit;

import org.apiguardian.api.API;

/** Credit grades from best ({@link #AAA}) to worst ({@link #D}). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum CreditGrade {
  AAA, AA, A, BBB, BB, B, CCC, CC, C, D;

  /** Returns true if this grade is at least as good as {@code other}. */
  public boolean isAtLeast(CreditGrade other) {
    return ordinal() <= other.ordinal();
  }
}
