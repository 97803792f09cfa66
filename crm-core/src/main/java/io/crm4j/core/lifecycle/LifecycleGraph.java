package io.crm4j.core.lifecycle;

import io.crm4j.core.internal.Checks;
import io.crm4j.core.json.Crm4jJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The allowed moves between customer statuses and between relationship phases, held as data (one
 * row per allowed change, like OFBiz's {@code StatusValidChange}) and loadable from JSON:
 *
 * <pre>{@code
 * {"statusChanges": [{"from": "ACTIVE", "to": "LAPSED", "name": "lapse"}, ...],
 *  "phaseChanges":  [{"from": "EXPLORATION", "to": "FORMATION", "name": "form"}, ...]}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param statusChanges the allowed status changes, no duplicates, no self-loops
 * @param phaseChanges the allowed phase changes, no duplicates, no self-loops
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record LifecycleGraph(List<StatusChange> statusChanges, List<PhaseChange> phaseChanges) {

  /** One allowed status change. */
  public record StatusChange(CustomerStatus from, CustomerStatus to, String name) {
    public StatusChange {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Checks.notBlank(name, "name");
      if (from == to) {
        throw new IllegalArgumentException("to must differ from from, but both were " + from);
      }
    }
  }

  /** One allowed phase change. */
  public record PhaseChange(RelationshipPhase from, RelationshipPhase to, String name) {
    public PhaseChange {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Checks.notBlank(name, "name");
      if (from == to) {
        throw new IllegalArgumentException("to must differ from from, but both were " + from);
      }
    }
  }

  public LifecycleGraph {
    statusChanges = List.copyOf(Objects.requireNonNull(statusChanges, "statusChanges"));
    phaseChanges = List.copyOf(Objects.requireNonNull(phaseChanges, "phaseChanges"));
    Set<String> seen = new HashSet<>();
    for (StatusChange c : statusChanges) {
      if (!seen.add(c.from() + ">" + c.to())) {
        throw new IllegalArgumentException("statusChanges must not repeat a change, but " + c.from() + " -> "
            + c.to() + " appears twice");
      }
    }
    for (PhaseChange c : phaseChanges) {
      if (!seen.add(c.from() + ">" + c.to())) {
        throw new IllegalArgumentException("phaseChanges must not repeat a change, but " + c.from() + " -> "
            + c.to() + " appears twice");
      }
    }
  }

  /**
   * The graph a typical business needs, read from {@code standard-graph.json} beside this class:
   * non-customer → prospect → target → active, direct first purchases, active ↔ lapsed → won back
   * → active, and the phases exploration → formation → stability ↔ decline.
   */
  public static LifecycleGraph standard() {
    try (InputStream in = LifecycleGraph.class.getResourceAsStream("standard-graph.json")) {
      if (in == null) {
        throw new IllegalStateException("standard-graph.json must be on the class path beside LifecycleGraph");
      }
      return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a graph from JSON (see the class comment).
   *
   * @throws IllegalArgumentException if the JSON is malformed or breaks a rule above
   */
  public static LifecycleGraph fromJson(String json) {
    return Crm4jJson.read(Objects.requireNonNull(json, "json"), LifecycleGraph.class);
  }

  /** This graph as JSON. */
  public String toJson() {
    return Crm4jJson.writePretty(this);
  }

  /** The allowed status change from {@code from} to {@code to}, if any. */
  public Optional<StatusChange> statusChange(CustomerStatus from, CustomerStatus to) {
    for (StatusChange c : statusChanges) {
      if (c.from() == from && c.to() == to) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The allowed phase change from {@code from} to {@code to}, if any. */
  public Optional<PhaseChange> phaseChange(RelationshipPhase from, RelationshipPhase to) {
    for (PhaseChange c : phaseChanges) {
      if (c.from() == from && c.to() == to) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Whether the graph allows moving from status {@code from} to {@code to}. */
  public boolean allows(CustomerStatus from, CustomerStatus to) {
    return statusChange(from, to).isPresent();
  }

  /** Whether the graph allows moving from phase {@code from} to {@code to}. */
  public boolean allows(RelationshipPhase from, RelationshipPhase to) {
    return phaseChange(from, to).isPresent();
  }
}
