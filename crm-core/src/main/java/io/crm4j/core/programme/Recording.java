package io.crm4j.core.programme;

import io.crm4j.core.activity.Activity;
import io.crm4j.core.event.DomainEvent;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What {@link ActivityRecorder#record} did with one activity. Immutable and thread-safe.
 *
 * @param activity the activity
 * @param replayed true when an activity with the same id was already recorded: nothing changed
 * @param events what the programmes' reactions published (the log's own
 *     {@code ActivityEvent.Recorded} not included), empty for a replay
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Recording(Activity activity, boolean replayed, List<DomainEvent> events) {

  public Recording {
    Objects.requireNonNull(activity, "activity");
    events = List.copyOf(events);
  }
}
