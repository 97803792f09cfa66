package io.crm4j.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.money.Percentage;
import org.junit.jupiter.api.Test;

class SalesStagesTest {

  @Test
  void ofDefaults_isTheSourceFunnel() {
    SalesStages s = SalesStages.ofDefaults();
    assertThat(s.stages()).extracting(StageDefinition::name)
        .containsExactly("New", "Qualified", "Proposition", "Won", "Lost");
    assertThat(s.stages()).extracting(StageDefinition::probability).containsExactly(Percentage.of("10"),
        Percentage.of("30"), Percentage.of("70"), Percentage.of("100"), Percentage.ZERO);
    assertThat(s.stages()).extracting(StageDefinition::category).containsExactly(ForecastCategory.PIPELINE,
        ForecastCategory.PIPELINE, ForecastCategory.BEST_CASE, ForecastCategory.CLOSED, ForecastCategory.OMITTED);
    assertThat(s.initial().name()).isEqualTo("New");
    assertThat(s.won().name()).isEqualTo("Won");
    assertThat(s.lost().name()).isEqualTo("Lost");
    assertThat(s.openStages()).hasSize(3);
  }

  @Test
  void rank_ordersOpenStagesThenWon_lostIsOutside() {
    SalesStages s = SalesStages.ofDefaults();
    assertThat(s.rank("New")).isZero();
    assertThat(s.rank("Proposition")).isEqualTo(2);
    assertThat(s.rank("Won")).isEqualTo(3);
    assertThat(s.rank("Lost")).isEqualTo(-1);
    assertThatThrownBy(() -> s.rank("Nope")).isInstanceOf(IllegalArgumentException.class);
    assertThat(s.find("Nope")).isEmpty();
  }

  @Test
  void from_addsToTheBase() {
    SalesStages longer = SalesStages.from(SalesStages.ofDefaults())
        .open("Negotiation", Percentage.of("90"), ForecastCategory.COMMIT).build();
    assertThat(longer.openStages()).extracting(StageDefinition::name)
        .containsExactly("New", "Qualified", "Proposition", "Negotiation");
    assertThat(longer.rank("Won")).isEqualTo(4);
    assertThat(longer).isNotEqualTo(SalesStages.ofDefaults());
    assertThat(SalesStages.from(SalesStages.ofDefaults()).build()).isEqualTo(SalesStages.ofDefaults())
        .hasSameHashCodeAs(SalesStages.ofDefaults());
    assertThat(longer.toString()).contains("Negotiation");
  }

  @Test
  void builder_rejectsDuplicatesAndMissingKinds() {
    assertThatThrownBy(() -> SalesStages.custom().open("A", Percentage.of("1"), ForecastCategory.PIPELINE)
        .open("A", Percentage.of("2"), ForecastCategory.PIPELINE)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stage names must be unique, but 'A' was added twice");
    assertThatThrownBy(() -> SalesStages.custom().won("W").won("W2")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stages must have one WON stage, but 'W2' was a second one");
    assertThatThrownBy(() -> SalesStages.custom().won("W").lost("L").build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("stages must include a OPEN stage");
    assertThatThrownBy(() -> SalesStages.custom().stage(null)).hasMessage("stage");
    assertThatThrownBy(() -> SalesStages.from(null)).hasMessage("base");
  }
}
