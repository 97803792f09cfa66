package io.crm4j.core.lifecycle;

import io.crm4j.core.lifecycle.Condition.AnyOf;
import io.crm4j.core.lifecycle.Condition.InStateAtLeast;
import io.crm4j.core.lifecycle.Condition.InteractionsAtLeast;
import io.crm4j.core.lifecycle.Condition.LatePaymentsAtLeast;
import io.crm4j.core.lifecycle.Condition.NoPurchaseFor;
import io.crm4j.core.lifecycle.Condition.OpenComplaintsAtLeast;
import io.crm4j.core.lifecycle.Condition.OwesBalance;
import io.crm4j.core.lifecycle.Condition.PurchasesAtLeast;
import io.crm4j.core.lifecycle.Condition.PurchasesSinceAtLeast;
import io.crm4j.core.outcome.Outcome;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The rules that move customers over a {@link LifecycleGraph}: status rules tried in order, then
 * phase rules (phases move only while the status is ACTIVE or WON_BACK). {@link #evaluate} applies
 * rules until none fires, each rule at most once per evaluation, so it always ends. Evaluating the
 * result again at the same instant changes nothing as long as no two rules undo each other on the
 * same facts; the preset's rules that leave a state entered by another rule wait for activity or
 * time after that entry, which no evaluation at the entry instant can see.
 *
 * <p>The preset ({@link #ofDefaults()}) reads, in order: a customer who owes a balance and has not
 * bought for {@code lapseAfterDays} lapses as MALICIOUS; one with an open complaint as
 * COMPANY_FAULT; anyone else as NATURAL. Any purchase makes a non-customer, prospect or target
 * ACTIVE; an interaction makes a non-customer a PROSPECT; a purchase after lapsing makes the
 * customer WON_BACK and restarts exploration; a won-back customer who stays
 * {@code lapseAfterDays} without lapsing is ACTIVE again. Phases: {@code formationPurchases}
 * purchases during exploration → FORMATION; {@code stabilityPurchases} in the last
 * {@code stabilityWindowDays} → STABILITY; no purchase for {@code declineAfterDays} or a late
 * payment in that span → DECLINE; two purchases during decline → STABILITY.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LifecyclePolicy {

  private static final Set<CustomerStatus> PHASE_STATUSES = EnumSet.of(CustomerStatus.ACTIVE, CustomerStatus.WON_BACK);

  private final LifecycleGraph graph;
  private final CustomerStatus initialStatus;
  private final List<StatusRule> statusRules;
  private final List<PhaseRule> phaseRules;
  private final int lapseAfterDays;
  private final Builder settings;

  private LifecyclePolicy(Builder b) {
    this.graph = b.graph;
    this.initialStatus = b.initialStatus;
    this.lapseAfterDays = b.lapseAfterDays;
    this.settings = b.copy();
    this.statusRules = List.copyOf(b.statusRules != null ? b.statusRules : presetStatusRules(b));
    this.phaseRules = List.copyOf(b.phaseRules != null ? b.phaseRules : presetPhaseRules(b));
    for (StatusRule r : statusRules) {
      for (CustomerStatus from : r.from()) {
        if (!graph.allows(from, r.to())) {
          throw new IllegalArgumentException("statusRules must follow the graph, but rule '" + r.name() + "' moves "
              + from + " -> " + r.to());
        }
      }
      if (r.phaseAfter() != null && !graph.phaseChanges().isEmpty() && !canReach(r.phaseAfter())) {
        throw new IllegalArgumentException("phaseAfter of rule '" + r.name() + "' must be reachable in the graph, but "
            + r.phaseAfter() + " is not");
      }
    }
    for (PhaseRule r : phaseRules) {
      if (!graph.allows(r.from(), r.to())) {
        throw new IllegalArgumentException("phaseRules must follow the graph, but rule '" + r.name() + "' moves "
            + r.from() + " -> " + r.to());
      }
    }
  }

  private boolean canReach(RelationshipPhase phase) {
    return phase == RelationshipPhase.EXPLORATION
        || graph.phaseChanges().stream().anyMatch(c -> c.to() == phase);
  }

  /** The preset described in the class comment, on {@link LifecycleGraph#standard()}. */
  public static LifecyclePolicy ofDefaults() {
    return custom().build();
  }

  public static Builder custom() {
    return new Builder();
  }

  /** A builder starting from {@code base}'s settings (preset numbers, or the rules it was given). */
  public static Builder from(LifecyclePolicy base) {
    Objects.requireNonNull(base, "base");
    return base.settings.copy();
  }

  public LifecycleGraph graph() {
    return graph;
  }

  /** The status a newly tracked customer starts in. */
  public CustomerStatus initialStatus() {
    return initialStatus;
  }

  public List<StatusRule> statusRules() {
    return statusRules;
  }

  public List<PhaseRule> phaseRules() {
    return phaseRules;
  }

  public int lapseAfterDays() {
    return lapseAfterDays;
  }

  /** What one evaluation did: the new lifecycle, its events and its changes (all empty when nothing fired). */
  public record Result(CustomerLifecycle lifecycle, List<LifecycleEvent> events, List<EvaluationChange> changes) {
    public Result {
      Objects.requireNonNull(lifecycle, "lifecycle");
      events = List.copyOf(events);
      changes = List.copyOf(changes);
    }

    /** Whether any rule fired. */
    public boolean changed() {
      return !changes.isEmpty();
    }
  }

  /**
   * Applies the rules to {@code lifecycle} at {@code facts.asOf()} until none fires. Nothing fires
   * when {@code facts.asOf()} is before the lifecycle's {@link CustomerLifecycle#lastChangeAt()
   * last change}: history stays in time order.
   */
  public Result evaluate(CustomerLifecycle lifecycle, CustomerFacts facts) {
    Objects.requireNonNull(lifecycle, "lifecycle");
    Objects.requireNonNull(facts, "facts");
    if (facts.asOf().isBefore(lifecycle.lastChangeAt())) {
      return new Result(lifecycle, List.of(), List.of());
    }
    CustomerLifecycle current = lifecycle;
    List<LifecycleEvent> events = new ArrayList<>();
    List<EvaluationChange> changes = new ArrayList<>();
    boolean[] firedStatus = new boolean[statusRules.size()];
    boolean[] firedPhase = new boolean[phaseRules.size()];
    boolean fired = true;
    while (fired) {
      fired = false;
      for (int i = 0; i < statusRules.size() && !fired; i++) {
        StatusRule r = statusRules.get(i);
        if (!firedStatus[i] && r.from().contains(current.status()) && r.when().test(facts, current.statusSince())) {
          CustomerStatus before = current.status();
          Outcome<CustomerLifecycle> o = r.to() == CustomerStatus.LAPSED
              ? current.lapse(graph, r.churnReason(), r.name(), facts.asOf())
              : current.transition(graph, r.to(), r.name(), facts.asOf());
          if (o instanceof Outcome.Applied<CustomerLifecycle> a) {
            current = a.value();
            events.addAll(a.events(LifecycleEvent.class));
            changes.add(new EvaluationChange(current.customerId(), "status", before.name(), r.to().name(), r.name()));
            current = restartPhase(current, r, events, changes, facts);
            firedStatus[i] = true;
            fired = true;
          }
        }
      }
      if (!PHASE_STATUSES.contains(current.status())) {
        continue;
      }
      for (int i = 0; i < phaseRules.size() && !fired; i++) {
        PhaseRule r = phaseRules.get(i);
        if (!firedPhase[i] && r.from() == current.phase() && r.when().test(facts, current.phaseSince())) {
          Outcome<CustomerLifecycle> o = current.changePhase(graph, r.to(), r.name(), facts.asOf());
          if (o instanceof Outcome.Applied<CustomerLifecycle> a) {
            current = a.value();
            events.addAll(a.events(LifecycleEvent.class));
            changes.add(new EvaluationChange(current.customerId(), "phase", r.from().name(), r.to().name(), r.name()));
            firedPhase[i] = true;
            fired = true;
          }
        }
      }
    }
    return new Result(current, events, changes);
  }

  private CustomerLifecycle restartPhase(CustomerLifecycle current, StatusRule r, List<LifecycleEvent> events,
      List<EvaluationChange> changes, CustomerFacts facts) {
    RelationshipPhase target = r.phaseAfter();
    if (target == null || target == current.phase()) {
      return current;
    }
    RelationshipPhase before = current.phase();
    Outcome<CustomerLifecycle> o = current.changePhase(graph, target, r.name(), facts.asOf());
    if (o instanceof Outcome.Applied<CustomerLifecycle> a) {
      events.addAll(a.events(LifecycleEvent.class));
      changes.add(new EvaluationChange(current.customerId(), "phase", before.name(), target.name(), r.name()));
      return a.value();
    }
    return current;
  }

  private static List<StatusRule> presetStatusRules(Builder b) {
    Set<CustomerStatus> buying = EnumSet.of(CustomerStatus.ACTIVE, CustomerStatus.WON_BACK);
    NoPurchaseFor quiet = new NoPurchaseFor(b.lapseAfterDays);
    return List.of(
        StatusRule.lapse("lapsed owing a balance", buying, ChurnReason.MALICIOUS,
            Condition.allOf(quiet, new OwesBalance())),
        StatusRule.lapse("lapsed with an open complaint", buying, ChurnReason.COMPANY_FAULT,
            Condition.allOf(quiet, new OpenComplaintsAtLeast(1))),
        StatusRule.lapse("no purchase for " + b.lapseAfterDays + " days", buying, ChurnReason.NATURAL, quiet),
        StatusRule.of("first purchase",
            EnumSet.of(CustomerStatus.NON_CUSTOMER, CustomerStatus.PROSPECT, CustomerStatus.TARGET),
            CustomerStatus.ACTIVE, new PurchasesAtLeast(1, null)),
        StatusRule.of("showed interest", EnumSet.of(CustomerStatus.NON_CUSTOMER), CustomerStatus.PROSPECT,
            new InteractionsAtLeast(1, null)),
        new StatusRule("bought again after lapsing", EnumSet.of(CustomerStatus.LAPSED), CustomerStatus.WON_BACK,
            new PurchasesSinceAtLeast(1), null, RelationshipPhase.EXPLORATION),
        StatusRule.of("stayed " + b.lapseAfterDays + " days after win-back", EnumSet.of(CustomerStatus.WON_BACK),
            CustomerStatus.ACTIVE, new InStateAtLeast(b.lapseAfterDays)));
  }

  private static List<PhaseRule> presetPhaseRules(Builder b) {
    return List.of(
        new PhaseRule(b.formationPurchases + " purchases while exploring", RelationshipPhase.EXPLORATION,
            RelationshipPhase.FORMATION, new PurchasesSinceAtLeast(b.formationPurchases)),
        new PhaseRule(b.stabilityPurchases + " purchases in " + b.stabilityWindowDays + " days",
            RelationshipPhase.FORMATION, RelationshipPhase.STABILITY,
            new PurchasesAtLeast(b.stabilityPurchases, b.stabilityWindowDays)),
        new PhaseRule("quiet or paying late", RelationshipPhase.STABILITY, RelationshipPhase.DECLINE,
            new AnyOf(List.of(new NoPurchaseFor(b.declineAfterDays),
                new LatePaymentsAtLeast(1, b.declineAfterDays)))),
        new PhaseRule("buying again", RelationshipPhase.DECLINE, RelationshipPhase.STABILITY,
            new PurchasesSinceAtLeast(2)));
  }

  /** Builds a {@link LifecyclePolicy}; every setter checks its value at once. */
  public static final class Builder {
    private LifecycleGraph graph = LifecycleGraph.standard();
    private CustomerStatus initialStatus = CustomerStatus.NON_CUSTOMER;
    private int lapseAfterDays = 180;
    private int formationPurchases = 2;
    private int stabilityPurchases = 4;
    private int stabilityWindowDays = 365;
    private int declineAfterDays = 90;
    private @Nullable List<StatusRule> statusRules;
    private @Nullable List<PhaseRule> phaseRules;

    private Builder() {}

    private Builder copy() {
      Builder b = new Builder();
      b.graph = graph;
      b.initialStatus = initialStatus;
      b.lapseAfterDays = lapseAfterDays;
      b.formationPurchases = formationPurchases;
      b.stabilityPurchases = stabilityPurchases;
      b.stabilityWindowDays = stabilityWindowDays;
      b.declineAfterDays = declineAfterDays;
      b.statusRules = statusRules;
      b.phaseRules = phaseRules;
      return b;
    }

    public Builder graph(LifecycleGraph graph) {
      this.graph = Objects.requireNonNull(graph, "graph");
      return this;
    }

    public Builder initialStatus(CustomerStatus initialStatus) {
      this.initialStatus = Objects.requireNonNull(initialStatus, "initialStatus");
      return this;
    }

    /** Days without a purchase after which an active customer lapses (preset 180). */
    public Builder lapseAfterDays(int days) {
      this.lapseAfterDays = positive(days, "lapseAfterDays");
      return this;
    }

    /** Purchases during exploration that move the phase to formation (preset 2). */
    public Builder formationPurchases(int count) {
      this.formationPurchases = positive(count, "formationPurchases");
      return this;
    }

    /** Purchases in the stability window that move formation to stability (preset 4 in 365 days). */
    public Builder stabilityPurchases(int count, int windowDays) {
      this.stabilityPurchases = positive(count, "stabilityPurchases");
      this.stabilityWindowDays = positive(windowDays, "stabilityWindowDays");
      return this;
    }

    /** Days without a purchase after which a stable relationship declines (preset 90). */
    public Builder declineAfterDays(int days) {
      this.declineAfterDays = positive(days, "declineAfterDays");
      return this;
    }

    /** Replaces the preset status rules. */
    public Builder statusRules(List<StatusRule> rules) {
      this.statusRules = List.copyOf(Objects.requireNonNull(rules, "rules"));
      return this;
    }

    /** Replaces the preset phase rules. */
    public Builder phaseRules(List<PhaseRule> rules) {
      this.phaseRules = List.copyOf(Objects.requireNonNull(rules, "rules"));
      return this;
    }

    /**
     * @throws IllegalArgumentException if a rule moves along a change the graph does not allow
     */
    public LifecyclePolicy build() {
      return new LifecyclePolicy(this);
    }

    private static int positive(int value, String name) {
      if (value <= 0) {
        throw new IllegalArgumentException(name + " must be > 0, but was " + value);
      }
      return value;
    }
  }
}
