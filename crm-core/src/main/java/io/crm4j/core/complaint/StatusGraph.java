package io.crm4j.core.complaint;

import static io.crm4j.core.complaint.ComplaintStatus.*;

import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The allowed moves between complaint statuses, as data, and how long a resolved or closed
 * complaint may still be reopened. Every complaint starts in {@link ComplaintStatus#RECEIVED}; a
 * status without outgoing moves is final. Build one with {@link #ofDefaults()}, {@link #custom()}
 * or {@link #from(StatusGraph)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param moves for each status, the statuses it may move to
 * @param reopenWindow how long after resolving or closing a complaint {@link ComplaintStatus#REOPENED}
 *     is still accepted; {@code null} for no limit
 */
@API(status = API.Status.STABLE, since = "0.1")
public record StatusGraph(Map<ComplaintStatus, Set<ComplaintStatus>> moves, @Nullable ReopenWindow reopenWindow) {

  public StatusGraph {
    Objects.requireNonNull(moves, "moves");
    EnumMap<ComplaintStatus, Set<ComplaintStatus>> copy = new EnumMap<>(ComplaintStatus.class);
    moves.forEach((from, targets) -> {
      Objects.requireNonNull(from, "moves status");
      Objects.requireNonNull(targets, "moves[" + from + "]");
      EnumSet<ComplaintStatus> set = EnumSet.noneOf(ComplaintStatus.class);
      for (ComplaintStatus t : targets) {
        set.add(Objects.requireNonNull(t, "moves[" + from + "] target"));
      }
      if (set.contains(from)) {
        throw new IllegalArgumentException("moves must not contain a self-loop, but " + from + " moves to itself");
      }
      if (set.contains(RECEIVED)) {
        throw new IllegalArgumentException("moves must not lead back to RECEIVED, but " + from + " does");
      }
      copy.put(from, Collections.unmodifiableSet(set));
    });
    moves = Collections.unmodifiableMap(copy);
  }

  /**
   * The default graph. Main line RECEIVED, ACKNOWLEDGED, ASSESSED, INVESTIGATING, RESPONDED,
   * RESOLVED, CLOSED, FOLLOWED_UP; WAITING_ON_CUSTOMER and ESCALATED are side steps while the
   * complaint is being handled; REJECTED and WITHDRAWN are final; RESOLVED, CLOSED and
   * FOLLOWED_UP may be REOPENED, which goes back to handling, within 30 calendar days (UTC) of
   * the day the complaint was last resolved or closed; after that a new, linked complaint is opened.
   * The 30 days are an illustrative preset, not a figure from a standard.
   */
  public static StatusGraph ofDefaults() {
    return custom()
        .allow(RECEIVED, ACKNOWLEDGED, ESCALATED, REJECTED, WITHDRAWN)
        .allow(ACKNOWLEDGED, ASSESSED, WAITING_ON_CUSTOMER, ESCALATED, REJECTED, WITHDRAWN)
        .allow(ASSESSED, INVESTIGATING, RESPONDED, WAITING_ON_CUSTOMER, ESCALATED, REJECTED, WITHDRAWN)
        .allow(INVESTIGATING, RESPONDED, WAITING_ON_CUSTOMER, ESCALATED, WITHDRAWN)
        .allow(WAITING_ON_CUSTOMER, ASSESSED, INVESTIGATING, RESPONDED, ESCALATED, WITHDRAWN)
        .allow(ESCALATED, ACKNOWLEDGED, INVESTIGATING, RESPONDED, WAITING_ON_CUSTOMER, REJECTED, WITHDRAWN)
        .allow(RESPONDED, RESOLVED, INVESTIGATING, WAITING_ON_CUSTOMER, ESCALATED, WITHDRAWN)
        .allow(RESOLVED, CLOSED, REOPENED)
        .allow(CLOSED, FOLLOWED_UP, REOPENED)
        .allow(FOLLOWED_UP, REOPENED)
        .allow(REOPENED, ASSESSED, INVESTIGATING, RESPONDED, WAITING_ON_CUSTOMER, ESCALATED, WITHDRAWN)
        .reopenWindow(ReopenWindow.calendarDays(30, ZoneOffset.UTC))
        .build();
  }

  /** A builder with no moves and no reopen window. */
  public static Builder custom() {
    return new Builder(Map.of(), null);
  }

  /** A builder holding the moves of {@code base}. */
  public static Builder from(StatusGraph base) {
    return new Builder(Objects.requireNonNull(base, "base").moves, base.reopenWindow);
  }

  /** The statuses {@code from} may move to (empty if it is final). */
  public Set<ComplaintStatus> allowedFrom(ComplaintStatus from) {
    Objects.requireNonNull(from, "from");
    return moves.getOrDefault(from, Set.of());
  }

  /** Whether the graph allows the move {@code from} to {@code to}. */
  public boolean allows(ComplaintStatus from, ComplaintStatus to) {
    return allowedFrom(from).contains(Objects.requireNonNull(to, "to"));
  }

  /** Whether {@code status} has no outgoing move. */
  public boolean isFinal(ComplaintStatus status) {
    return allowedFrom(status).isEmpty();
  }

  /** Builds a {@link StatusGraph}; each method checks its input at once. Not thread-safe. */
  @API(status = API.Status.STABLE, since = "0.1")
  public static final class Builder {
    private final EnumMap<ComplaintStatus, EnumSet<ComplaintStatus>> moves = new EnumMap<>(ComplaintStatus.class);
    private @Nullable ReopenWindow reopenWindow;

    private Builder(Map<ComplaintStatus, Set<ComplaintStatus>> base, @Nullable ReopenWindow reopenWindow) {
      this.reopenWindow = reopenWindow;
      base.forEach((k, v) -> moves.put(k, v.isEmpty() ? EnumSet.noneOf(ComplaintStatus.class) : EnumSet.copyOf(v)));
    }

    /** Allows moves from {@code from} to each of {@code to}. */
    public Builder allow(ComplaintStatus from, ComplaintStatus... to) {
      Objects.requireNonNull(from, "from");
      EnumSet<ComplaintStatus> set = moves.computeIfAbsent(from, k -> EnumSet.noneOf(ComplaintStatus.class));
      for (ComplaintStatus t : to) {
        Objects.requireNonNull(t, "to");
        if (t == from || t == RECEIVED) {
          throw new IllegalArgumentException("to must not be " + from + " or RECEIVED, but was " + t);
        }
        set.add(t);
      }
      return this;
    }

    /** Removes the move from {@code from} to {@code to} if present. */
    public Builder forbid(ComplaintStatus from, ComplaintStatus to) {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      EnumSet<ComplaintStatus> set = moves.get(from);
      if (set != null) {
        set.remove(to);
      }
      return this;
    }

    /** Limits reopening to {@code window} after the complaint was resolved or closed. */
    public Builder reopenWindow(ReopenWindow window) {
      this.reopenWindow = Objects.requireNonNull(window, "window");
      return this;
    }

    /** Accepts REOPENED however long ago the complaint was closed. */
    public Builder noReopenWindow() {
      this.reopenWindow = null;
      return this;
    }

    /** Builds the graph. */
    public StatusGraph build() {
      Map<ComplaintStatus, Set<ComplaintStatus>> copy = new EnumMap<>(ComplaintStatus.class);
      copy.putAll(moves);
      return new StatusGraph(copy, reopenWindow);
    }
  }
}
