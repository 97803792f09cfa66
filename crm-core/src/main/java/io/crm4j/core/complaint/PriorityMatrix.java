package io.crm4j.core.complaint;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Derives a complaint's priority from its assessment: a lookup in an impact-by-urgency table,
 * then raised to at least the floor set for the severity. Build with {@link #ofDefaults()},
 * {@link #custom()} or {@link #from(PriorityMatrix)}. Immutable and thread-safe.
 *
 * @param table priority for each impact (outer key) and urgency (inner key); all nine cells set
 * @param severityFloor the least urgent priority allowed for a severity; absent means no floor
 */
@API(status = API.Status.STABLE, since = "0.1")
public record PriorityMatrix(Map<Level, Map<Level, Priority>> table, Map<Severity, Priority> severityFloor) {

  public PriorityMatrix {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(severityFloor, "severityFloor");
    EnumMap<Level, Map<Level, Priority>> copy = new EnumMap<>(Level.class);
    for (Level impact : Level.values()) {
      Map<Level, Priority> row = table.get(impact);
      if (row == null) {
        throw new IllegalArgumentException("table must have a row for impact " + impact + ", but had none");
      }
      EnumMap<Level, Priority> r = new EnumMap<>(Level.class);
      for (Level urgency : Level.values()) {
        Priority p = row.get(urgency);
        if (p == null) {
          throw new IllegalArgumentException(
              "table must set impact " + impact + " x urgency " + urgency + ", but it was missing");
        }
        r.put(urgency, p);
      }
      copy.put(impact, Collections.unmodifiableMap(r));
    }
    table = Collections.unmodifiableMap(copy);
    EnumMap<Severity, Priority> floors = new EnumMap<>(Severity.class);
    severityFloor.forEach((s, p) -> floors.put(Objects.requireNonNull(s, "severity"), Objects.requireNonNull(p, "floor")));
    severityFloor = Collections.unmodifiableMap(floors);
  }

  /**
   * The preset: the common three-by-three impact/urgency table (high/high P1; high/medium and
   * medium/high P2; the diagonal high/low, medium/medium, low/high P3; the rest P4) with a
   * CRITICAL severity floor of P1 and MAJOR of P3.
   */
  public static PriorityMatrix ofDefaults() {
    return custom()
        .set(Level.HIGH, Level.HIGH, Priority.P1)
        .set(Level.HIGH, Level.MEDIUM, Priority.P2)
        .set(Level.MEDIUM, Level.HIGH, Priority.P2)
        .set(Level.HIGH, Level.LOW, Priority.P3)
        .set(Level.MEDIUM, Level.MEDIUM, Priority.P3)
        .set(Level.LOW, Level.HIGH, Priority.P3)
        .set(Level.MEDIUM, Level.LOW, Priority.P4)
        .set(Level.LOW, Level.MEDIUM, Priority.P4)
        .set(Level.LOW, Level.LOW, Priority.P4)
        .floor(Severity.CRITICAL, Priority.P1)
        .floor(Severity.MAJOR, Priority.P3)
        .build();
  }

  /** A builder with every cell P4 and no floors. */
  public static Builder custom() {
    return new Builder();
  }

  /** A builder holding the cells and floors of {@code base}. */
  public static Builder from(PriorityMatrix base) {
    Builder b = new Builder();
    Objects.requireNonNull(base, "base").table.forEach((i, row) -> row.forEach((u, p) -> b.set(i, u, p)));
    base.severityFloor.forEach(b::floor);
    return b;
  }

  /** The priority for {@code assessment}. */
  public Priority priorityOf(Assessment assessment) {
    Objects.requireNonNull(assessment, "assessment");
    Priority p = table.get(assessment.impact()).get(assessment.urgency());
    Priority floor = severityFloor.get(assessment.severity());
    return floor == null ? p : p.atLeast(floor);
  }

  /** Builds a {@link PriorityMatrix}. Not thread-safe. */
  @API(status = API.Status.STABLE, since = "0.1")
  public static final class Builder {
    private final EnumMap<Level, Map<Level, Priority>> table = new EnumMap<>(Level.class);
    private final EnumMap<Severity, Priority> floors = new EnumMap<>(Severity.class);

    private Builder() {
      for (Level i : Level.values()) {
        EnumMap<Level, Priority> row = new EnumMap<>(Level.class);
        for (Level u : Level.values()) {
          row.put(u, Priority.P4);
        }
        table.put(i, row);
      }
    }

    /** Sets the priority of one cell. */
    public Builder set(Level impact, Level urgency, Priority priority) {
      table.get(Objects.requireNonNull(impact, "impact"))
          .put(Objects.requireNonNull(urgency, "urgency"), Objects.requireNonNull(priority, "priority"));
      return this;
    }

    /** Sets the least urgent priority a complaint of {@code severity} can have. */
    public Builder floor(Severity severity, Priority floor) {
      floors.put(Objects.requireNonNull(severity, "severity"), Objects.requireNonNull(floor, "floor"));
      return this;
    }

    /** Builds the matrix. */
    public PriorityMatrix build() {
      return new PriorityMatrix(table, floors);
    }
  }
}
