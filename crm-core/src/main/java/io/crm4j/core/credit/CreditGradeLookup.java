package io.crm4j.core.credit;

import io.crm4j.core.customer.CustomerId;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Supplies a customer's current credit grade (for example {@link CreditGrade#BBB}) to the credit
 * check. Implemented by a scoring component (crm-scoring's {@code CreditGrades}) or by the caller;
 * core does not compute grades itself.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface CreditGradeLookup {

  /** A lookup that knows no grades, so the grade check always passes. */
  static CreditGradeLookup none() {
    return customer -> Optional.empty();
  }

  /** The grade of a customer, or empty if the customer has none. */
  Optional<CreditGrade> gradeOf(CustomerId customer);
}
