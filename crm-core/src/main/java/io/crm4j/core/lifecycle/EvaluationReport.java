package io.crm4j.core.lifecycle;

import io.crm4j.core.customer.CustomerId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * What a scheduled evaluation did. Immutable and thread-safe.
 *
 * @param asOf the instant evaluated
 * @param customersEvaluated how many customers were walked
 * @param customersChanged how many had at least one change
 * @param countsByKind how many changes of each {@link EvaluationChange#kind()}, sorted by kind
 * @param changes the changes, in walk order, at most the evaluation's list limit
 * @param changesLeftOut how many changes were counted but not listed because of the limit
 * @param failed customers left unchanged because concurrent writers kept winning
 * @param customersSkipped how many customers at least one step left untouched because {@code asOf}
 *     is before the last change it recorded for them (an instant earlier than a previous run that
 *     changed them): nothing is evaluated, written or published for that step and customer
 * @param skipped the skipped customers, in walk order, at most the evaluation's list limit
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record EvaluationReport(Instant asOf, long customersEvaluated, long customersChanged,
    Map<String, Long> countsByKind, List<EvaluationChange> changes, long changesLeftOut, List<CustomerId> failed,
    long customersSkipped, List<CustomerId> skipped) {

  public EvaluationReport {
    Objects.requireNonNull(asOf, "asOf");
    countsByKind = java.util.Collections.unmodifiableMap(new TreeMap<>(countsByKind));
    changes = List.copyOf(changes);
    failed = List.copyOf(failed);
    skipped = List.copyOf(skipped);
    if (customersSkipped < skipped.size()) {
      throw new IllegalArgumentException("customersSkipped must be >= the " + skipped.size()
          + " skipped customers listed, but was " + customersSkipped);
    }
  }

  /** All changes counted, listed or not. */
  public long changeCount() {
    return changes.size() + changesLeftOut;
  }

  /** How many customers were left unchanged because concurrent writers kept winning. */
  public long customersFailed() {
    return failed.size();
  }

  /** How many changes of one kind, e.g. {@code "status ACTIVE -> LAPSED"}. */
  public long count(String kind) {
    return countsByKind.getOrDefault(kind, 0L);
  }
}
