package io.crm4j.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.store.memory.InMemoryStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PipelineConfigTest {

  @Test
  void ofDefaults_holdsThePresetStagesAndFollowUpRule() {
    PipelineConfig c = PipelineConfig.ofDefaults();
    assertThat(c.stages()).isEqualTo(SalesStages.ofDefaults());
    assertThat(c.followUp()).isEqualTo(FollowUpPolicy.ofDefaults());
    assertThat(PipelineConfig.custom().build()).isEqualTo(c);
  }

  @Test
  void from_changesOnlyWhatIsSet() {
    FollowUpPolicy other = FollowUpPolicy.custom().intervalDays(7).build();
    PipelineConfig c = PipelineConfig.from(PipelineConfig.ofDefaults()).followUp(other).build();
    assertThat(c.followUp()).isEqualTo(other);
    assertThat(c.stages()).isEqualTo(SalesStages.ofDefaults());
    try (InMemoryStore store = InMemoryStore.create()) {
      PipelineService service = PipelineService.of(store, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), c);
      assertThat(service.config()).isEqualTo(c);
      assertThat(service.followUpPolicy()).isEqualTo(other);
      assertThatThrownBy(() -> PipelineService.of(store, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), null)).hasMessage("config");
    }
  }

  @Test
  void builder_refusesNulls() {
    assertThatThrownBy(() -> PipelineConfig.custom().followUp(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("followUp");
    assertThatThrownBy(() -> PipelineConfig.from(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("base");
  }
}
