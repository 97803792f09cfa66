package io.crm4j.scoring.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RfmSegmentRuleTest {

  @Test
  void matches_isInclusive() {
    RfmSegmentRule rule = new RfmSegmentRule("X", 2, 3, 4, 5);
    assertThat(rule.matches(2, 4)).isTrue();
    assertThat(rule.matches(3, 5)).isTrue();
    assertThat(rule.matches(1, 4)).isFalse();
    assertThat(rule.matches(3, 3)).isFalse();
  }

  @Test
  void new_rejectsBadRanges() {
    assertThatThrownBy(() -> new RfmSegmentRule(" ", 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("segment must not be blank, but was ' '");
    assertThatThrownBy(() -> new RfmSegmentRule("X", 3, 2, 1, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("recency range must satisfy 1 <= minR <= maxR, but was [3, 2] for X");
    assertThatThrownBy(() -> new RfmSegmentRule("X", 1, 1, 0, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fm range must satisfy 1 <= minFm <= maxFm, but was [0, 1] for X");
  }
}
