package io.crm4j.core.complaint;

import io.crm4j.core.internal.Checks;
import io.crm4j.core.time.BusinessCalendar;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Everything a {@link ComplaintService} decides by: the status graph (with its reopen window), the
 * priority matrix, the SLA policy, the escalation rules, the satisfaction from which a follow-up
 * counts as a service recovery, and the page size of the escalation sweep. Build one with
 * {@link #ofDefaults(BusinessCalendar)}, {@link #custom(BusinessCalendar)} or {@link #from(ComplaintConfig)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param graph the allowed moves and the reopen window
 * @param priorityMatrix how an assessment becomes a priority
 * @param sla the SLA targets and the business calendar they are measured on
 * @param escalation the escalation rules the sweep applies
 * @param recoveredFrom the lowest follow-up satisfaction that counts as a service recovery
 * @param sweepPageSize how many complaints the escalation sweep reads at a time, at least 1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ComplaintConfig(StatusGraph graph, PriorityMatrix priorityMatrix, SlaPolicy sla,
    EscalationPolicy escalation, Satisfaction recoveredFrom, int sweepPageSize) {

  public ComplaintConfig {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(priorityMatrix, "priorityMatrix");
    Objects.requireNonNull(sla, "sla");
    Objects.requireNonNull(escalation, "escalation");
    Objects.requireNonNull(recoveredFrom, "recoveredFrom");
    Checks.positive(sweepPageSize, "sweepPageSize");
  }

  /**
   * The presets on {@code calendar}: {@link StatusGraph#ofDefaults()}, {@link PriorityMatrix#ofDefaults()},
   * {@link SlaPolicy#ofDefaults(BusinessCalendar)}, {@link EscalationPolicy#ofDefaults()}, recovery
   * from {@link Satisfaction#SATISFIED}, and sweeps of 500.
   */
  public static ComplaintConfig ofDefaults(BusinessCalendar calendar) {
    return custom(calendar).build();
  }

  /** A builder holding the presets on {@code calendar}. */
  public static Builder custom(BusinessCalendar calendar) {
    return new Builder(new ComplaintConfig(StatusGraph.ofDefaults(), PriorityMatrix.ofDefaults(),
        SlaPolicy.ofDefaults(Objects.requireNonNull(calendar, "calendar")), EscalationPolicy.ofDefaults(),
        Satisfaction.SATISFIED, 500));
  }

  /** A builder holding the settings of {@code base}. */
  public static Builder from(ComplaintConfig base) {
    return new Builder(Objects.requireNonNull(base, "base"));
  }

  /** Builds a {@link ComplaintConfig}; each method checks its input at once. Not thread-safe. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private StatusGraph graph;
    private PriorityMatrix priorityMatrix;
    private SlaPolicy sla;
    private EscalationPolicy escalation;
    private Satisfaction recoveredFrom;
    private int sweepPageSize;

    private Builder(ComplaintConfig base) {
      graph = base.graph;
      priorityMatrix = base.priorityMatrix;
      sla = base.sla;
      escalation = base.escalation;
      recoveredFrom = base.recoveredFrom;
      sweepPageSize = base.sweepPageSize;
    }

    public Builder graph(StatusGraph graph) {
      this.graph = Objects.requireNonNull(graph, "graph");
      return this;
    }

    public Builder priorityMatrix(PriorityMatrix priorityMatrix) {
      this.priorityMatrix = Objects.requireNonNull(priorityMatrix, "priorityMatrix");
      return this;
    }

    public Builder sla(SlaPolicy sla) {
      this.sla = Objects.requireNonNull(sla, "sla");
      return this;
    }

    public Builder escalation(EscalationPolicy escalation) {
      this.escalation = Objects.requireNonNull(escalation, "escalation");
      return this;
    }

    public Builder recoveredFrom(Satisfaction recoveredFrom) {
      this.recoveredFrom = Objects.requireNonNull(recoveredFrom, "recoveredFrom");
      return this;
    }

    public Builder sweepPageSize(int sweepPageSize) {
      this.sweepPageSize = Checks.positive(sweepPageSize, "sweepPageSize");
      return this;
    }

    public ComplaintConfig build() {
      return new ComplaintConfig(graph, priorityMatrix, sla, escalation, recoveredFrom, sweepPageSize);
    }
  }
}
