package io.crm4j.scoring.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RfmSegmentMapTest {

  @Test
  void ofDefaults_namesElevenSegmentsAndCoversTheGrid() {
    RfmSegmentMap map = RfmSegmentMap.ofDefaults();
    assertThat(map.segments()).containsExactly(RfmSegmentMap.CHAMPIONS, RfmSegmentMap.LOYAL,
        RfmSegmentMap.POTENTIAL_LOYALIST, RfmSegmentMap.NEW, RfmSegmentMap.PROMISING, RfmSegmentMap.NEED_ATTENTION,
        RfmSegmentMap.ABOUT_TO_SLEEP, RfmSegmentMap.CANT_LOSE_THEM, RfmSegmentMap.AT_RISK,
        RfmSegmentMap.HIBERNATING, RfmSegmentMap.LOST);
    assertThat(map.gaps(5)).isEmpty();
    assertThat(map.rules()).hasSize(12);
  }

  @Test
  void segmentOf_followsTheDocumentedGrid() {
    RfmSegmentMap map = RfmSegmentMap.ofDefaults();
    // rows of the grid in the class javadoc, R = 5 down to 1, FM = 1..5
    String[][] grid = {
        {"New", "Potential loyalist", "Potential loyalist", "Champions", "Champions"},
        {"Promising", "Potential loyalist", "Potential loyalist", "Loyal", "Champions"},
        {"About to sleep", "About to sleep", "Need attention", "Loyal", "Loyal"},
        {"Lost", "Hibernating", "At risk", "At risk", "At risk"},
        {"Lost", "Lost", "At risk", "At risk", "Can't lose them"}};
    for (int row = 0; row < 5; row++) {
      for (int fm = 1; fm <= 5; fm++) {
        assertThat(map.segmentOf(new RfmScore(5 - row, fm, fm))).as("r=%d fm=%d", 5 - row, fm)
            .isEqualTo(grid[row][fm - 1]);
      }
    }
    // fm is the rounded-up mean: f = 4, m = 5 -> 5; R = 4 -> Champions
    assertThat(map.segmentOf(new RfmScore(4, 4, 5))).isEqualTo("Champions");
  }

  @Test
  void segmentOf_rejectsUnmatchedScore() {
    RfmSegmentMap map = RfmSegmentMap.of(List.of(new RfmSegmentRule("Top", 5, 5, 5, 5)));
    assertThatThrownBy(() -> map.segmentOf(new RfmScore(1, 1, 1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("score must match a segment rule, but r=1, fm=1 matched none of");
    assertThat(map.toString()).startsWith("RfmSegmentMap[RfmSegmentRule[segment=Top");
  }

  @Test
  void of_rejectsEmptyRules() {
    assertThatThrownBy(() -> RfmSegmentMap.of(List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rules must not be empty, but was []");
    assertThatThrownBy(() -> RfmSegmentMap.of(null)).isInstanceOf(NullPointerException.class);
  }
}
