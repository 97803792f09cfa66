package io.crm4j.core.lifecycle;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.spi.Repository;
import io.crm4j.core.spi.Store;
import io.crm4j.core.spi.Transaction;
import java.time.Instant;
import java.util.Optional;

/**
 * The {@link EvaluationCheckpoint} of one named {@link ScheduledEvaluation}: saved after each page,
 * read when a run starts, deleted when a run completes.
 */
final class CheckpointStorage {

  private final String name;

  CheckpointStorage(String name) {
    this.name = name;
  }

  /** The checkpoint of an unfinished run, if one is stored. */
  Optional<EvaluationCheckpoint> find(Store store) {
    return store.repository(LifecycleStorage.EVALUATION_CHECKPOINTS).find(name);
  }

  /** Stores, in a unit of work of its own, that the run at {@code asOf} has walked {@code done} customers up to {@code after}. */
  void save(Store store, Instant asOf, CustomerId after, long done) {
    store.run(tx -> {
      Repository<String, EvaluationCheckpoint> checkpoints = tx.repository(LifecycleStorage.EVALUATION_CHECKPOINTS);
      Optional<EvaluationCheckpoint> stored = checkpoints.find(name);
      if (stored.isEmpty()) {
        checkpoints.insert(new EvaluationCheckpoint(name, 0, asOf, after, done));
      } else {
        checkpoints.update(new EvaluationCheckpoint(name, stored.get().version(), asOf, after, done));
      }
    });
  }

  /** Deletes the checkpoint, if any, in {@code tx}: the run is complete. */
  void clear(Transaction tx) {
    Repository<String, EvaluationCheckpoint> checkpoints = tx.repository(LifecycleStorage.EVALUATION_CHECKPOINTS);
    checkpoints.find(name).ifPresent(c -> checkpoints.delete(name, c.version()));
  }
}
