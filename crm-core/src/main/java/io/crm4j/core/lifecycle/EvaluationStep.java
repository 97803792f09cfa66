package io.crm4j.core.lifecycle;

import io.crm4j.core.spi.Transaction;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One area's part of a {@link ScheduledEvaluation}: given a customer's facts, read the area's
 * aggregate through the unit of work, apply the area's rules, write and publish what changed.
 * A step must be idempotent: run again with the same facts, it changes nothing.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface EvaluationStep {

  /** The changes made for the customer in {@code facts} at {@code facts.asOf()}; empty when none. */
  List<EvaluationChange> evaluate(Transaction tx, CustomerFacts facts);
}
