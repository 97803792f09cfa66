package io.crm4j.core.complaint;

import io.crm4j.core.time.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One SLA clock of a complaint as of an instant, derived from the complaint's steps: the
 * intervals in which it ran, and its phase. Both clocks start at receipt. A status in the
 * policy's pause set pauses them; the first-response clock stops on the first entry into a
 * first-response status and is never restarted; the resolution clock is stopped while the
 * complaint is in a resolved status and resumes, counting the earlier time, when it leaves one
 * (a reopen). A cancel status ends a clock that has not stopped.
 *
 * <p>Immutable and thread-safe.
 *
 * @param metric which clock
 * @param running the intervals in which the clock ran, oldest first; the last may be open
 * @param phase the phase as of {@code asOf}
 * @param since when the current phase began
 * @param asOf the instant up to which steps were read
 */
@API(status = API.Status.STABLE, since = "0.1")
public record SlaClock(SlaMetric metric, List<Interval> running, Phase phase, Instant since, Instant asOf) {

  /** What the clock is doing. */
  public enum Phase {
    /** Counting business time. */
    RUNNING,
    /** Not counting; will resume. */
    PAUSED,
    /** Stopped as met (not counting). */
    STOPPED,
    /** Ended without being met. */
    CANCELLED
  }

  /**
   * A span of running time.
   *
   * @param start when the clock started or resumed
   * @param end when it paused or stopped; {@code null} while it still runs
   */
  @API(status = API.Status.STABLE, since = "0.1")
  public record Interval(Instant start, @Nullable Instant end) {
    public Interval {
      Objects.requireNonNull(start, "start");
      if (end != null && end.isBefore(start)) {
        throw new IllegalArgumentException("end must not be before start " + start + ", but was " + end);
      }
    }
  }

  public SlaClock {
    Objects.requireNonNull(metric, "metric");
    running = List.copyOf(running);
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(asOf, "asOf");
  }

  /**
   * Derives the clock of {@code complaint} from its steps taken up to {@code asOf}.
   *
   * @throws IllegalArgumentException if {@code asOf} is before the complaint was received
   */
  public static SlaClock of(Complaint complaint, SlaMetric metric, SlaPolicy policy, Instant asOf) {
    Objects.requireNonNull(complaint, "complaint");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(asOf, "asOf");
    if (asOf.isBefore(complaint.receivedAt())) {
      throw new IllegalArgumentException(
          "asOf must not be before receivedAt " + complaint.receivedAt() + ", but was " + asOf);
    }
    List<Interval> intervals = new ArrayList<>();
    Phase phase = Phase.RUNNING;
    Instant since = complaint.receivedAt();
    boolean latched = false;
    for (ComplaintStep step : complaint.steps()) {
      if (step.at().isAfter(asOf)) {
        break;
      }
      if (latched || !step.changesStatus()) {
        continue;
      }
      Phase next = phaseIn(step.to(), metric, policy);
      if (metric == SlaMetric.FIRST_RESPONSE && (next == Phase.STOPPED || next == Phase.CANCELLED)) {
        latched = true;
      }
      if (next != phase || step.from() == null) {
        if (phase == Phase.RUNNING && step.from() != null) {
          intervals.set(intervals.size() - 1, new Interval(intervals.get(intervals.size() - 1).start(), step.at()));
        }
        if (next == Phase.RUNNING) {
          intervals.add(new Interval(step.at(), null));
        }
        phase = next;
        since = step.at();
      }
    }
    return new SlaClock(metric, intervals, phase, since, asOf);
  }

  private static Phase phaseIn(ComplaintStatus s, SlaMetric metric, SlaPolicy policy) {
    if (metric == SlaMetric.FIRST_RESPONSE && policy.firstResponseStatuses().contains(s)) {
      return Phase.STOPPED;
    }
    if (policy.cancelStatuses().contains(s)) {
      return Phase.CANCELLED;
    }
    if (policy.resolvedStatuses().contains(s)) {
      return Phase.STOPPED;
    }
    if (policy.pauseStatuses().contains(s)) {
      return Phase.PAUSED;
    }
    return Phase.RUNNING;
  }

  /** Evaluates the {@code metric} clock of {@code complaint} at {@code at} under {@code policy}. */
  public static SlaStatus evaluate(Complaint complaint, SlaMetric metric, SlaPolicy policy, Instant at) {
    SlaClock clock = of(complaint, metric, policy, at);
    return clock.status(policy.targetsFor(complaint).target(metric), policy.calendar());
  }

  /** The business time this clock has counted up to {@link #asOf()}. */
  public Duration elapsed(BusinessCalendar calendar) {
    Objects.requireNonNull(calendar, "calendar");
    Duration sum = Duration.ZERO;
    for (Interval i : running) {
      sum = sum.plus(calendar.businessTimeBetween(i.start(), i.end() == null ? asOf : i.end()));
    }
    return sum;
  }

  /** The clock's status at {@link #asOf()} against {@code target} on {@code calendar}. */
  public SlaStatus status(SlaTarget target, BusinessCalendar calendar) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(calendar, "calendar");
    Duration goal = target.target();
    Duration cum = Duration.ZERO;
    Instant due = null;
    for (Interval i : running) {
      Duration part = calendar.businessTimeBetween(i.start(), i.end() == null ? asOf : i.end());
      if (due == null && (i.end() == null || cum.plus(part).compareTo(goal) >= 0)) {
        due = calendar.addBusinessTime(i.start(), goal.minus(cum));
      }
      cum = cum.plus(part);
    }
    if (due == null) {
      // not reached while running: for a paused clock, as if resumed now; otherwise as when it ended
      due = calendar.addBusinessTime(phase == Phase.PAUSED ? asOf : since, goal.minus(cum));
    }
    Duration remaining = cum.compareTo(goal) >= 0 ? Duration.ZERO : goal.minus(cum);
    return new SlaStatus(metric, state(cum, goal, target.warnAfter(), due), target, due, cum, remaining, asOf);
  }

  private KpiState state(Duration elapsed, Duration goal, Duration warnAfter, Instant due) {
    int cmp = elapsed.compareTo(goal);
    if (cmp > 0 || (cmp == 0 && phase == Phase.RUNNING && asOf.isAfter(due))) {
      return KpiState.BREACHED;
    }
    switch (phase) {
      case STOPPED:
        return KpiState.SUCCEEDED;
      case CANCELLED:
        return KpiState.CANCELLED;
      case PAUSED:
        return KpiState.PAUSED;
      default:
        return elapsed.compareTo(warnAfter) >= 0 ? KpiState.NEARING_BREACH : KpiState.IN_PROGRESS;
    }
  }
}
