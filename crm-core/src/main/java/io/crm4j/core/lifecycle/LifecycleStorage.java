package io.crm4j.core.lifecycle;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.spi.AggregateType;
import org.apiguardian.api.API;

/**
 * How the stores know the lifecycle aggregates. Kept out of {@link CustomerLifecycle} so that the
 * model does not depend on the storage SPI; used by {@link LifecycleService} and by adapter tests.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LifecycleStorage {

  /** The lifecycle aggregate; its id is the customer's. */
  public static final AggregateType<CustomerId, CustomerLifecycle> LIFECYCLES = AggregateType.of(
      "customer-lifecycle", CustomerLifecycle.class, CustomerLifecycle::customerId, CustomerId::value,
      CustomerId::of, CustomerLifecycle::version, CustomerLifecycle::withVersion);

  /** How far each catching-up evaluation has got; one record per evaluation name. */
  public static final AggregateType<String, EvaluationMark> EVALUATION_MARKS = AggregateType.of("evaluation-mark",
      EvaluationMark.class, EvaluationMark::name, n -> n, n -> n, EvaluationMark::version, EvaluationMark::withVersion);

  /** Where each named evaluation's unfinished run has got; one record per name, deleted when the run completes. */
  public static final AggregateType<String, EvaluationCheckpoint> EVALUATION_CHECKPOINTS = AggregateType.of(
      "evaluation-checkpoint", EvaluationCheckpoint.class, EvaluationCheckpoint::name, n -> n, n -> n,
      EvaluationCheckpoint::version, EvaluationCheckpoint::withVersion);

  private LifecycleStorage() {}
}
