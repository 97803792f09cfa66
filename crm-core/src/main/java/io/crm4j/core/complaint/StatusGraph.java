package io.crm4j.core.complaint;

import static io.crm4j.core.complaint.ComplaintStatus.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The allowed moves between complaint statuses, as data. Every complaint starts in
 * {@link ComplaintStatus#RECEIVED}; a status without outgoing moves is final. Build one with
 * {@link #ofDefaults()}, {@link #custom()} or {@link #from(StatusGraph)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param moves for each status, the statuses it may move to
 */
@API(status = API.Status.STABLE, since = "0.1")
public record StatusGraph(Map<ComplaintStatus, Set<ComplaintStatus>> moves) {

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
   * FOLLOWED_UP may be REOPENED, which goes back to handling.
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
        .build();
  }

  /** A builder with no moves. */
  public static Builder custom() {
    return new Builder(Map.of());
  }

  /** A builder holding the moves of {@code base}. */
  public static Builder from(StatusGraph base) {
    return new Builder(Objects.requireNonNull(base, "base").moves);
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

    private Builder(Map<ComplaintStatus, Set<ComplaintStatus>> base) {
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

    /** Builds the graph. */
    public StatusGraph build() {
      Map<ComplaintStatus, Set<ComplaintStatus>> copy = new EnumMap<>(ComplaintStatus.class);
      copy.putAll(moves);
      return new StatusGraph(copy);
    }
  }
}
