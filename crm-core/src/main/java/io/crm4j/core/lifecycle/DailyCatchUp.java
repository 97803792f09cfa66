package io.crm4j.core.lifecycle;

import io.crm4j.core.internal.Checks;
import io.crm4j.core.spi.Repository;
import io.crm4j.core.spi.Store;
import io.crm4j.core.spi.Transaction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The evaluation instants of a {@link ScheduledEvaluation} that catches up day by day: each start
 * of day in {@code zone} after the stored {@link EvaluationMark} named {@code name}.
 */
final class DailyCatchUp {

  private final String name;
  private final ZoneId zone;

  DailyCatchUp(String name, ZoneId zone) {
    this.name = Checks.identifier(name, "name");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /** The start of the day (in the zone) that holds {@code at}: the last evaluation instant at or before it. */
  Instant lastStartOfDay(Instant at) {
    return at.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
  }

  /** The starts of day after the mark up to {@code asOf}, oldest first; only the last one when nothing is marked yet. */
  List<Instant> instantsUpTo(Store store, Instant asOf) {
    Instant last = lastStartOfDay(asOf);
    Optional<EvaluationMark> mark = store.repository(LifecycleStorage.EVALUATION_MARKS).find(name);
    if (mark.isEmpty()) {
      return List.of(last);
    }
    List<Instant> instants = new ArrayList<>();
    LocalDate day = mark.get().evaluatedUpTo().atZone(zone).toLocalDate().plusDays(1);
    Instant at;
    while (!(at = day.atStartOfDay(zone).toInstant()).isAfter(last)) {
      instants.add(at);
      day = day.plusDays(1);
    }
    return instants;
  }

  /** Records in {@code tx} that every customer was evaluated up to {@code upTo}. */
  void markDone(Transaction tx, Instant upTo) {
    Repository<String, EvaluationMark> marks = tx.repository(LifecycleStorage.EVALUATION_MARKS);
    Optional<EvaluationMark> mark = marks.find(name);
    if (mark.isEmpty()) {
      marks.insert(new EvaluationMark(name, 0, upTo));
    } else if (mark.get().evaluatedUpTo().isBefore(upTo)) {
      marks.update(new EvaluationMark(name, mark.get().version(), upTo));
    }
  }

  String name() {
    return name;
  }
}
