package io.crm4j.scoring.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RfmConfigTest {

  @Test
  void ofDefaults_isQuintilesTotalSpendDefaultMap() {
    RfmConfig c = RfmConfig.ofDefaults();
    assertThat(c.bins()).isEqualTo(5);
    assertThat(c.monetaryMeasure()).isEqualTo(MonetaryMeasure.TOTAL);
    assertThat(c.segmentMap()).isSameAs(RfmSegmentMap.ofDefaults());
    assertThat(c.toString()).startsWith("RfmConfig[bins=5");
  }

  @Test
  void from_copies() {
    RfmSegmentMap map = RfmSegmentMap.of(List.of(new RfmSegmentRule("All", 1, 9, 1, 9)));
    RfmConfig base = RfmConfig.custom().bins(9).segmentMap(map).monetaryMeasure(MonetaryMeasure.AVERAGE).build();
    RfmConfig copy = RfmConfig.from(base).build();
    assertThat(copy.bins()).isEqualTo(9);
    assertThat(copy.segmentMap()).isSameAs(map);
    assertThat(copy.monetaryMeasure()).isEqualTo(MonetaryMeasure.AVERAGE);
  }

  @Test
  void custom_rejectsBadValues() {
    assertThatThrownBy(() -> RfmConfig.custom().bins(1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bins must be in [2, 9], but was 1");
    assertThatThrownBy(() -> RfmConfig.custom().bins(10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RfmConfig.custom().monetaryMeasure(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> RfmConfig.custom().segmentMap(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> RfmConfig.from(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void build_rejectsMapThatLeavesGaps() {
    // the 5-bin default map does not name r = 6
    assertThatThrownBy(() -> RfmConfig.custom().bins(6).build()).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("segmentMap must cover every r/fm pair for 6 bins, but these had no segment: [1/6, 2/6");
  }
}
