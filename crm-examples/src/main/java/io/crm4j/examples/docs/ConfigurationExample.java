package io.crm4j.examples.docs;

import io.crm4j.core.lifecycle.CustomerStatus;
import io.crm4j.core.lifecycle.LifecycleGraph;
import io.crm4j.core.lifecycle.LifecyclePolicy;

/** docs/configuration.md: presets, builders and a lifecycle graph read from JSON. */
public final class ConfigurationExample {

  private ConfigurationExample() {}

  /** The policy built, and whether its graph and the preset graph allow LAPSED to ACTIVE. */
  public record Result(LifecyclePolicy policy, boolean lapsedToActive, boolean lapsedToActiveInPreset) {}

  public static Result run() {
    // snippet-start
    // the preset graph (standard-graph.json) plus one row: a lapsed customer who buys again is active
    String json = """
        {
          "statusChanges": [
            {"from": "NON_CUSTOMER", "to": "PROSPECT", "name": "show-interest"},
            {"from": "NON_CUSTOMER", "to": "ACTIVE", "name": "first-purchase"},
            {"from": "PROSPECT", "to": "TARGET", "name": "target"},
            {"from": "PROSPECT", "to": "ACTIVE", "name": "first-purchase"},
            {"from": "PROSPECT", "to": "NON_CUSTOMER", "name": "disqualify"},
            {"from": "TARGET", "to": "ACTIVE", "name": "first-purchase"},
            {"from": "TARGET", "to": "PROSPECT", "name": "untarget"},
            {"from": "ACTIVE", "to": "LAPSED", "name": "lapse"},
            {"from": "LAPSED", "to": "WON_BACK", "name": "win-back"},
            {"from": "LAPSED", "to": "TARGET", "name": "target-for-win-back"},
            {"from": "LAPSED", "to": "ACTIVE", "name": "buys-again"},
            {"from": "WON_BACK", "to": "ACTIVE", "name": "re-establish"},
            {"from": "WON_BACK", "to": "LAPSED", "name": "lapse"}
          ],
          "phaseChanges": [
            {"from": "EXPLORATION", "to": "FORMATION", "name": "form"},
            {"from": "FORMATION", "to": "STABILITY", "name": "stabilise"},
            {"from": "FORMATION", "to": "DECLINE", "name": "decline"},
            {"from": "STABILITY", "to": "DECLINE", "name": "decline"},
            {"from": "DECLINE", "to": "STABILITY", "name": "recover"},
            {"from": "DECLINE", "to": "EXPLORATION", "name": "restart"},
            {"from": "STABILITY", "to": "EXPLORATION", "name": "restart"},
            {"from": "FORMATION", "to": "EXPLORATION", "name": "restart"}
          ]
        }
        """;
    LifecycleGraph graph = LifecycleGraph.fromJson(json);     // a broken rule: IllegalArgumentException
    LifecyclePolicy policy = LifecyclePolicy.from(LifecyclePolicy.ofDefaults())
        .graph(graph)                                          // the preset rules must still follow it
        .lapseAfterDays(120)                                   // preset 180; see LifecyclePolicy's javadoc
        .build();
    boolean buysAgain = policy.graph().allows(CustomerStatus.LAPSED, CustomerStatus.ACTIVE);     // true
    boolean inPreset = LifecycleGraph.standard().allows(CustomerStatus.LAPSED, CustomerStatus.ACTIVE);  // false
    // snippet-end
    return new Result(policy, buysAgain, inPreset);
  }
}
