package io.crm4j.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.customer.CustomerEvent;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.event.DomainEvent;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutcomeTest {

  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final DomainEvent EVENT = new CustomerEvent.Registered(CustomerId.of("C-1"), T0);

  /** An area's detail, as a complaint or credit check would attach one. */
  private record Allowed(Set<String> next) implements RejectionDetail {}

  @Test
  void applied_carriesItsValueAndEvents() {
    Outcome<String> o = Outcome.applied("v", List.of(EVENT));
    assertThat(o.applied()).isTrue();
    assertThat(o.rejected()).isFalse();
    assertThat(o.orElseThrow()).isEqualTo("v");
    assertThat(o.toOptional()).contains("v");
    assertThat(o.events()).containsExactly(EVENT);
    assertThat(o.rejection()).isEmpty();
    assertThat(Outcome.applied("v", EVENT)).isEqualTo(o);
    assertThat(Outcome.applied("v").events()).isEmpty();
  }

  @Test
  void events_ofAType_filtersInOrder() {
    DomainEvent erased = new CustomerEvent.Erased(CustomerId.of("C-1"), T0);
    Outcome<String> o = Outcome.applied("v", List.of(EVENT, erased));
    assertThat(o.events(CustomerEvent.Erased.class)).containsExactly((CustomerEvent.Erased) erased);
    assertThat(o.events(CustomerEvent.class)).hasSize(2);
    assertThat(Outcome.<String>rejected(ReasonCode.NO_CHANGE, "no").events(CustomerEvent.class)).isEmpty();
  }

  @Test
  void applied_copiesTheEventsAndRefusesNulls() {
    List<DomainEvent> events = new java.util.ArrayList<>(List.of(EVENT));
    Outcome<String> o = Outcome.applied("v", events);
    events.clear();
    assertThat(o.events()).containsExactly(EVENT);
    assertThatThrownBy(() -> o.events().add(EVENT)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Outcome.applied(null)).isInstanceOf(NullPointerException.class).hasMessage("value");
  }

  @Test
  void rejected_hasNoValueAndNoEvents() {
    Outcome<String> o = Outcome.rejected(ReasonCode.NO_CHANGE, "no rule applies");
    assertThat(o.applied()).isFalse();
    assertThat(o.rejected()).isTrue();
    assertThat(o.toOptional()).isEmpty();
    assertThat(o.events()).isEmpty();
    Outcome.Rejected<String> r = o.rejection().orElseThrow();
    assertThat(r.code()).isEqualTo(ReasonCode.NO_CHANGE);
    assertThat(r.message()).isEqualTo("no rule applies");
    assertThat(r.detail()).isNull();
  }

  @Test
  void rejected_refusesABlankMessageOrMissingCode() {
    assertThatThrownBy(() -> Outcome.rejected(ReasonCode.NO_CHANGE, " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("message must not be blank, but was ' '");
    assertThatThrownBy(() -> Outcome.rejected(null, "why")).isInstanceOf(NullPointerException.class)
        .hasMessage("code");
  }

  @Test
  void orElseThrow_onARejection_throwsWithCodeAndMessage() {
    Outcome<String> o = Outcome.rejected(ReasonCode.TRANSITION_NOT_ALLOWED, "cannot move from CLOSED to RECEIVED");
    assertThatThrownBy(o::orElseThrow)
        .isInstanceOf(RejectedException.class)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("TRANSITION_NOT_ALLOWED: cannot move from CLOSED to RECEIVED")
        .satisfies(e -> {
          RejectedException re = (RejectedException) e;
          assertThat(re.code()).isEqualTo(ReasonCode.TRANSITION_NOT_ALLOWED);
          assertThat(re.reason()).isEqualTo("cannot move from CLOSED to RECEIVED");
        });
  }

  @Test
  void detail_isReadByItsType() {
    Outcome<String> o = Outcome.rejected(ReasonCode.TRANSITION_NOT_ALLOWED, "no", new Allowed(Set.of("CLOSED")));
    Outcome.Rejected<String> r = o.rejection().orElseThrow();
    assertThat(r.detail(Allowed.class)).contains(new Allowed(Set.of("CLOSED")));
    assertThat(r.detail(RejectionDetail.class)).isPresent();
    assertThat(Outcome.<String>rejected(ReasonCode.NO_CHANGE, "no").rejection().orElseThrow().detail(Allowed.class))
        .isEmpty();
    assertThatThrownBy(() -> Outcome.rejected(ReasonCode.NO_CHANGE, "no", null))
        .isInstanceOf(NullPointerException.class).hasMessage("detail");
  }

  @Test
  void map_transformsAnAppliedValueAndKeepsARejection() {
    assertThat(Outcome.applied("abc", EVENT).map(String::length)).isEqualTo(Outcome.applied(3, EVENT));
    Outcome<Integer> mapped = Outcome.<String>rejected(ReasonCode.COOLING_OFF, "wait", new Allowed(Set.of()))
        .map(String::length);
    assertThat(mapped).isEqualTo(new Outcome.Rejected<Integer>(ReasonCode.COOLING_OFF, "wait", new Allowed(Set.of())));
  }

  @Test
  void rejection_isMatchedByPattern() {
    Outcome<String> o = Outcome.rejected(ReasonCode.INSUFFICIENT_POINTS, "needs 500, has 120");
    String shown = o instanceof Outcome.Rejected<String> r ? r.code() + " " + r.message() : "applied";
    assertThat(shown).isEqualTo("INSUFFICIENT_POINTS needs 500, has 120");
  }
}
