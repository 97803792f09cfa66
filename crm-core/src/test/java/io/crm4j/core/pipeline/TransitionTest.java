package io.crm4j.core.pipeline;

import static io.crm4j.core.testing.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TransitionTest {

  static final PipelineEvent EVENT = new PipelineEvent.OwnerInactive(OwnerId.of("anna"), 14, T0);

  @Test
  void applied_exposesValueAndEvent() {
    Transition<String> t = Transition.applied("x", EVENT);
    assertThat(t.isApplied()).isTrue();
    assertThat(t.applied()).contains("x");
    assertThat(t.rejection()).isEmpty();
    assertThat(t.orElseThrow()).isEqualTo("x");
    assertThat(t.map(String::length)).isEqualTo(Transition.applied(1, EVENT));
  }

  @Test
  void rejected_exposesTheReason() {
    Transition<String> t = Transition.rejected("not now");
    assertThat(t.isApplied()).isFalse();
    assertThat(t.applied()).isEmpty();
    assertThat(t.rejection()).contains("not now");
    assertThat(t.map(String::length)).isEqualTo(Transition.rejected("not now"));
    assertThatThrownBy(t::orElseThrow).isInstanceOf(IllegalStateException.class)
        .hasMessage("transition must be applied, but was rejected: not now");
  }

  @Test
  void factories_invalidInput_throw() {
    assertThatThrownBy(() -> Transition.applied(null, EVENT)).hasMessage("value");
    assertThatThrownBy(() -> Transition.applied("x", null)).hasMessage("event");
    assertThatThrownBy(() -> Transition.rejected(" ")).hasMessage("reason must not be blank, but was ' '");
    assertThatThrownBy(() -> Transition.applied("x", EVENT).map(null)).hasMessage("mapper");
  }
}
