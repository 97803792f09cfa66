package io.crm4j.scoring.credit;

import io.crm4j.core.credit.CreditGrade;
import io.crm4j.core.credit.CreditGradeLookup;
import io.crm4j.core.customer.CustomerId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Connects scoring's grades to core's credit check, which reads them through
 * {@link CreditGradeLookup}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CreditGrades {

  private CreditGrades() {}

  /**
   * A lookup over a snapshot of customers' grades (copied, so later changes to the map are not
   * seen). Customers without a grade get none, so the grade check passes for them.
   */
  public static CreditGradeLookup lookup(Map<CustomerId, CreditGrade> grades) {
    Objects.requireNonNull(grades, "grades");
    Map<CustomerId, CreditGrade> copy = Map.copyOf(grades);
    return customer -> Optional.ofNullable(copy.get(Objects.requireNonNull(customer, "customer")));
  }

  /** A lookup over customers' 5C evaluations, using each evaluation's grade. */
  public static CreditGradeLookup fromEvaluations(Map<CustomerId, FiveCEvaluation> evaluations) {
    Objects.requireNonNull(evaluations, "evaluations");
    Map<CustomerId, CreditGrade> grades = new HashMap<>();
    evaluations.forEach((id, e) -> grades.put(id, e.grade()));
    return lookup(grades);
  }
}
