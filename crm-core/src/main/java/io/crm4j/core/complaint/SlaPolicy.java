package io.crm4j.core.complaint;

import static io.crm4j.core.complaint.ComplaintStatus.*;

import io.crm4j.core.time.BusinessCalendar;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Service levels for complaints: targets per priority (optionally per category and priority),
 * the business calendar they are measured on, and which statuses pause, stop or cancel the
 * clocks. Build with {@link #ofDefaults(BusinessCalendar)}, {@link #custom(BusinessCalendar)} or
 * {@link #from(SlaPolicy)}. Immutable and thread-safe.
 *
 * @param calendar the calendar business time is measured on
 * @param targets targets for every priority
 * @param categoryTargets overrides for a category and priority
 * @param pauseStatuses statuses in which both clocks pause (default WAITING_ON_CUSTOMER)
 * @param firstResponseStatuses statuses whose first entry stops the first-response clock
 * @param resolvedStatuses statuses in which the resolution clock is stopped as met
 * @param cancelStatuses statuses that end the clocks without meeting them
 */
@API(status = API.Status.STABLE, since = "0.1")
public record SlaPolicy(
    BusinessCalendar calendar,
    Map<Priority, SlaTargets> targets,
    List<CategoryTargets> categoryTargets,
    Set<ComplaintStatus> pauseStatuses,
    Set<ComplaintStatus> firstResponseStatuses,
    Set<ComplaintStatus> resolvedStatuses,
    Set<ComplaintStatus> cancelStatuses) {

  public SlaPolicy {
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(targets, "targets");
    EnumMap<Priority, SlaTargets> t = new EnumMap<>(Priority.class);
    for (Priority p : Priority.values()) {
      SlaTargets x = targets.get(p);
      if (x == null) {
        throw new IllegalArgumentException("targets must cover every priority, but " + p + " was missing");
      }
      t.put(p, x);
    }
    targets = Collections.unmodifiableMap(t);
    categoryTargets = List.copyOf(categoryTargets);
    pauseStatuses = statusSet(pauseStatuses, "pauseStatuses");
    firstResponseStatuses = statusSet(firstResponseStatuses, "firstResponseStatuses");
    resolvedStatuses = statusSet(resolvedStatuses, "resolvedStatuses");
    cancelStatuses = statusSet(cancelStatuses, "cancelStatuses");
    disjoint(pauseStatuses, resolvedStatuses, "pauseStatuses", "resolvedStatuses");
    disjoint(pauseStatuses, cancelStatuses, "pauseStatuses", "cancelStatuses");
    disjoint(resolvedStatuses, cancelStatuses, "resolvedStatuses", "cancelStatuses");
    disjoint(pauseStatuses, firstResponseStatuses, "pauseStatuses", "firstResponseStatuses");
    if (resolvedStatuses.isEmpty()) {
      throw new IllegalArgumentException("resolvedStatuses must not be empty, but was []");
    }
    if (firstResponseStatuses.isEmpty()) {
      throw new IllegalArgumentException("firstResponseStatuses must not be empty, but was []");
    }
    for (Set<ComplaintStatus> s : List.of(pauseStatuses, firstResponseStatuses, resolvedStatuses, cancelStatuses)) {
      if (s.contains(RECEIVED)) {
        throw new IllegalArgumentException("clock statuses must not contain RECEIVED (the clocks start there), but did");
      }
    }
  }

  private static Set<ComplaintStatus> statusSet(Set<ComplaintStatus> s, String name) {
    Objects.requireNonNull(s, name);
    EnumSet<ComplaintStatus> e = EnumSet.noneOf(ComplaintStatus.class);
    s.forEach(x -> e.add(Objects.requireNonNull(x, name)));
    return Collections.unmodifiableSet(e);
  }

  private static void disjoint(Set<ComplaintStatus> a, Set<ComplaintStatus> b, String an, String bn) {
    EnumSet<ComplaintStatus> both = EnumSet.noneOf(ComplaintStatus.class);
    both.addAll(a);
    both.retainAll(b);
    if (!both.isEmpty()) {
      throw new IllegalArgumentException(an + " and " + bn + " must not overlap, but both contain " + both);
    }
  }

  /**
   * The preset: first response / resolution targets (warning) of P1 1h (45 min) / 8h (6h), P2
   * 2h (90 min) / 16h (12h), P3 4h (3h) / 40h (30h), P4 8h (6h) / 80h (60h) of business time;
   * WAITING_ON_CUSTOMER pauses; ACKNOWLEDGED, RESPONDED or REJECTED is the first response;
   * RESOLVED, CLOSED and FOLLOWED_UP are resolved; REJECTED and WITHDRAWN cancel. These are an
   * illustrative starting point, not figures from a standard.
   */
  public static SlaPolicy ofDefaults(BusinessCalendar calendar) {
    return custom(calendar)
        .target(Priority.P1, new SlaTargets(SlaTarget.of(Duration.ofHours(1), Duration.ofMinutes(45)), SlaTarget.hours(8, 6)))
        .target(Priority.P2, new SlaTargets(SlaTarget.of(Duration.ofHours(2), Duration.ofMinutes(90)), SlaTarget.hours(16, 12)))
        .target(Priority.P3, new SlaTargets(SlaTarget.hours(4, 3), SlaTarget.hours(40, 30)))
        .target(Priority.P4, new SlaTargets(SlaTarget.hours(8, 6), SlaTarget.hours(80, 60)))
        .build();
  }

  /** A builder on {@code calendar} with the preset status sets and no targets yet. */
  public static Builder custom(BusinessCalendar calendar) {
    return new Builder(Objects.requireNonNull(calendar, "calendar"));
  }

  /** A builder holding everything in {@code base}. */
  public static Builder from(SlaPolicy base) {
    Objects.requireNonNull(base, "base");
    Builder b = new Builder(base.calendar);
    b.targets.putAll(base.targets);
    b.categoryTargets.addAll(base.categoryTargets);
    b.pause = copy(base.pauseStatuses);
    b.firstResponse = copy(base.firstResponseStatuses);
    b.resolved = copy(base.resolvedStatuses);
    b.cancel = copy(base.cancelStatuses);
    return b;
  }

  private static EnumSet<ComplaintStatus> copy(Set<ComplaintStatus> s) {
    EnumSet<ComplaintStatus> e = EnumSet.noneOf(ComplaintStatus.class);
    e.addAll(s);
    return e;
  }

  /** The targets for {@code priority}, using a category override when one matches. */
  public SlaTargets targetsFor(Priority priority, @Nullable String category) {
    Objects.requireNonNull(priority, "priority");
    if (category != null) {
      for (CategoryTargets ct : categoryTargets) {
        if (ct.priority() == priority && ct.category().equals(category)) {
          return ct.targets();
        }
      }
    }
    return targets.get(priority);
  }

  /** The targets that apply to {@code complaint} now (its current priority and category). */
  public SlaTargets targetsFor(Complaint complaint) {
    Objects.requireNonNull(complaint, "complaint");
    Assessment a = complaint.assessment();
    return targetsFor(complaint.priority(), a == null ? null : a.category());
  }

  /** Builds an {@link SlaPolicy}; each method checks its input at once. Not thread-safe. */
  @API(status = API.Status.STABLE, since = "0.1")
  public static final class Builder {
    private BusinessCalendar calendar;
    private final EnumMap<Priority, SlaTargets> targets = new EnumMap<>(Priority.class);
    private final List<CategoryTargets> categoryTargets = new ArrayList<>();
    private EnumSet<ComplaintStatus> pause = EnumSet.of(WAITING_ON_CUSTOMER);
    private EnumSet<ComplaintStatus> firstResponse = EnumSet.of(ACKNOWLEDGED, RESPONDED, REJECTED);
    private EnumSet<ComplaintStatus> resolved = EnumSet.of(RESOLVED, CLOSED, FOLLOWED_UP);
    private EnumSet<ComplaintStatus> cancel = EnumSet.of(REJECTED, WITHDRAWN);

    private Builder(BusinessCalendar calendar) {
      this.calendar = calendar;
    }

    /** Sets the calendar. */
    public Builder calendar(BusinessCalendar calendar) {
      this.calendar = Objects.requireNonNull(calendar, "calendar");
      return this;
    }

    /** Sets the targets of {@code priority}. */
    public Builder target(Priority priority, SlaTargets t) {
      targets.put(Objects.requireNonNull(priority, "priority"), Objects.requireNonNull(t, "targets"));
      return this;
    }

    /** Adds targets for one category and priority. */
    public Builder categoryTarget(String category, Priority priority, SlaTargets t) {
      categoryTargets.add(new CategoryTargets(category, priority, t));
      return this;
    }

    /** Sets the statuses that pause the clocks (none to never pause). */
    public Builder pauseStatuses(ComplaintStatus... statuses) {
      pause = set(statuses, "pauseStatuses");
      return this;
    }

    /** Sets the statuses whose first entry stops the first-response clock. */
    public Builder firstResponseStatuses(ComplaintStatus... statuses) {
      firstResponse = set(statuses, "firstResponseStatuses");
      return this;
    }

    /** Sets the statuses in which the resolution clock is stopped as met. */
    public Builder resolvedStatuses(ComplaintStatus... statuses) {
      resolved = set(statuses, "resolvedStatuses");
      return this;
    }

    /** Sets the statuses that end the clocks without meeting them. */
    public Builder cancelStatuses(ComplaintStatus... statuses) {
      cancel = set(statuses, "cancelStatuses");
      return this;
    }

    private static EnumSet<ComplaintStatus> set(ComplaintStatus[] statuses, String name) {
      EnumSet<ComplaintStatus> e = EnumSet.noneOf(ComplaintStatus.class);
      for (ComplaintStatus s : statuses) {
        Objects.requireNonNull(s, name);
        if (s == RECEIVED) {
          throw new IllegalArgumentException(name + " must not contain RECEIVED, but did");
        }
        e.add(s);
      }
      return e;
    }

    /** Builds the policy; fails if a priority has no targets or the status sets overlap. */
    public SlaPolicy build() {
      return new SlaPolicy(calendar, targets, categoryTargets, pause, firstResponse, resolved, cancel);
    }
  }
}
