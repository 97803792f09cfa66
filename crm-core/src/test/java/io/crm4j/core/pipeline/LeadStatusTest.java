package io.crm4j.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class LeadStatusTest {

  @Test
  void canMoveTo_followsTheDocumentedGraph() {
    assertThat(targets(LeadStatus.NEW)).containsExactly(LeadStatus.WORKING, LeadStatus.DISQUALIFIED);
    assertThat(targets(LeadStatus.WORKING)).containsExactly(LeadStatus.QUALIFIED, LeadStatus.DISQUALIFIED);
    assertThat(targets(LeadStatus.QUALIFIED)).containsExactly(LeadStatus.DISQUALIFIED, LeadStatus.CONVERTED);
    assertThat(targets(LeadStatus.DISQUALIFIED)).isEmpty();
    assertThat(targets(LeadStatus.CONVERTED)).isEmpty();
    assertThatThrownBy(() -> LeadStatus.NEW.canMoveTo(null)).hasMessage("target");
  }

  @Test
  void isOpen_untilDisqualifiedOrConverted() {
    assertThat(EnumSet.allOf(LeadStatus.class).stream().filter(LeadStatus::isOpen))
        .containsExactly(LeadStatus.NEW, LeadStatus.WORKING, LeadStatus.QUALIFIED);
  }

  private static EnumSet<LeadStatus> targets(LeadStatus from) {
    EnumSet<LeadStatus> out = EnumSet.noneOf(LeadStatus.class);
    Arrays.stream(LeadStatus.values()).filter(from::canMoveTo).forEach(out::add);
    return out;
  }
}
