package io.crm4j.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LifecycleGraphTest {

  @Test
  void standard_holdsTheBusinessMoves() {
    LifecycleGraph g = LifecycleGraph.standard();
    assertThat(g.statusChanges()).hasSize(12);
    assertThat(g.phaseChanges()).hasSize(8);
    assertThat(g.allows(CustomerStatus.ACTIVE, CustomerStatus.LAPSED)).isTrue();
    assertThat(g.allows(CustomerStatus.LAPSED, CustomerStatus.ACTIVE)).as("a lapsed customer is won back first")
        .isFalse();
    assertThat(g.allows(RelationshipPhase.DECLINE, RelationshipPhase.STABILITY)).isTrue();
    assertThat(g.allows(RelationshipPhase.EXPLORATION, RelationshipPhase.STABILITY)).isFalse();
    assertThat(g.statusChange(CustomerStatus.LAPSED, CustomerStatus.WON_BACK).orElseThrow().name()).isEqualTo("win-back");
    assertThat(g.phaseChange(RelationshipPhase.FORMATION, RelationshipPhase.STABILITY).orElseThrow().name())
        .isEqualTo("stabilise");
  }

  @Test
  void fromJson_readsAGraphAndToJsonWritesIt() {
    LifecycleGraph g = LifecycleGraph.fromJson("""
        {"statusChanges": [{"from": "PROSPECT", "to": "ACTIVE", "name": "buy"}],
         "phaseChanges": [{"from": "EXPLORATION", "to": "FORMATION", "name": "form"}]}
        """);
    assertThat(g.allows(CustomerStatus.PROSPECT, CustomerStatus.ACTIVE)).isTrue();
    assertThat(g.allows(CustomerStatus.ACTIVE, CustomerStatus.LAPSED)).isFalse();
    assertThat(LifecycleGraph.fromJson(g.toJson())).isEqualTo(g);
    assertThat(LifecycleGraph.fromJson(LifecycleGraph.standard().toJson())).isEqualTo(LifecycleGraph.standard());
  }

  @Test
  void fromJson_invalid_isRefused() {
    assertThatThrownBy(() -> LifecycleGraph.fromJson("{\"statusChanges\": ["))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("json must be a valid LifecycleGraph");
    assertThatThrownBy(() -> LifecycleGraph.fromJson("""
        {"statusChanges": [{"from": "ACTIVE", "to": "ACTIVE", "name": "x"}], "phaseChanges": []}"""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("to must differ from from");
  }

  @Test
  void constructor_duplicates_areRefused() {
    LifecycleGraph.StatusChange c = new LifecycleGraph.StatusChange(CustomerStatus.ACTIVE, CustomerStatus.LAPSED, "a");
    assertThatThrownBy(() -> new LifecycleGraph(List.of(c, c), List.of()))
        .hasMessage("statusChanges must not repeat a change, but ACTIVE -> LAPSED appears twice");
    LifecycleGraph.PhaseChange p = new LifecycleGraph.PhaseChange(RelationshipPhase.FORMATION,
        RelationshipPhase.DECLINE, "d");
    assertThatThrownBy(() -> new LifecycleGraph(List.of(), List.of(p, p)))
        .hasMessage("phaseChanges must not repeat a change, but FORMATION -> DECLINE appears twice");
    assertThatThrownBy(() -> new LifecycleGraph.PhaseChange(RelationshipPhase.DECLINE, RelationshipPhase.DECLINE, "x"))
        .hasMessage("to must differ from from, but both were DECLINE");
    assertThatThrownBy(() -> new LifecycleGraph.StatusChange(CustomerStatus.ACTIVE, CustomerStatus.LAPSED, " "))
        .hasMessageContaining("name must not be blank");
  }
}
