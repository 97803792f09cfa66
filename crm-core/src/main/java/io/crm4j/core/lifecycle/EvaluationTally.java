package io.crm4j.core.lifecycle;

import io.crm4j.core.customer.CustomerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one call of {@link ScheduledEvaluation#evaluateAll} has done so far: the counts and the
 * (limited) lists its report and its progress listener are made from. Not thread-safe: one walk
 * adds to it on one thread.
 */
final class EvaluationTally {

  private final int listLimit;
  private final Map<String, Long> counts = new HashMap<>();
  private final List<EvaluationChange> listed = new ArrayList<>();
  private final List<CustomerId> failed = new ArrayList<>();
  private final List<CustomerId> skipped = new ArrayList<>();
  private long skippedCount;
  private long evaluated;
  private long changedCustomers;
  private long changes;
  private long pages;

  EvaluationTally(int listLimit) {
    this.listLimit = listLimit;
  }

  /** Adds one customer walked: {@code result} is what the steps did, null when the customer failed. */
  void add(CustomerId customer, EvaluationStep.@org.jspecify.annotations.Nullable Result result) {
    evaluated++;
    if (result == null) {
      failed.add(customer);
      return;
    }
    if (result.isSkipped()) {
      skippedCount++;
      if (skipped.size() < listLimit) {
        skipped.add(customer);
      }
    }
    if (!result.changes().isEmpty()) {
      changedCustomers++;
    }
    for (EvaluationChange ch : result.changes()) {
      counts.merge(ch.kind(), 1L, Long::sum);
      changes++;
      if (listed.size() < listLimit) {
        listed.add(ch);
      }
    }
  }

  void pageDone() {
    pages++;
  }

  long customersEvaluated() {
    return evaluated;
  }

  EvaluationProgress progress(Instant asOf, long customersResumed) {
    return new EvaluationProgress(asOf, pages, evaluated, changedCustomers, changes, failed.size(), skippedCount,
        customersResumed);
  }

  EvaluationReport report(Instant asOf) {
    return new EvaluationReport(asOf, evaluated, changedCustomers, counts, listed, changes - listed.size(), failed,
        skippedCount, skipped);
  }
}
