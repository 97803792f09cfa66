package io.crm4j.core.complaint;

import static io.crm4j.core.complaint.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.outcome.ReasonCode;
import io.crm4j.core.time.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Random walks over the status graph: transitions obey the graph and the clocks stay consistent. */
class ComplaintProperties {

  static final ComplaintStatus[] ALL = ComplaintStatus.values();

  @Property(tries = 400)
  void randomStatusChanges_obeyTheGraphAndKeepClocksConsistent(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 27) Integer> choices,
      @ForAll @Size(min = 40, max = 40) List<@IntRange(min = 0, max = 3000) Integer> gapMinutes,
      @ForAll boolean office) {
    BusinessCalendar cal = office ? OFFICE : BusinessCalendar.twentyFourSeven(ZoneOffset.UTC);
    SlaPolicy policy = policy(cal);
    Instant t = at(11, 20, 16, 0);
    Complaint c = received("R", Priority.P3, t);
    Map<SlaMetric, Duration> lastElapsed = new EnumMap<>(SlaMetric.class);
    boolean firstResponseEnded = false;
    for (int i = 0; i < choices.size(); i++) {
      t = t.plus(Duration.ofMinutes(gapMinutes.get(i)));
      int choice = choices.get(i);
      if (choice == 13) {
        c = c.changePriority(Priority.values()[i % 4], "p", t, "").value();
      } else {
        // 0-12 try any status (often forbidden); 14-27 pick one of the allowed moves
        List<ComplaintStatus> allowed = List.copyOf(new java.util.TreeSet<>(GRAPH.allowedFrom(c.status())));
        ComplaintStatus to = choice < 13 || allowed.isEmpty() ? ALL[choice % ALL.length]
            : allowed.get(choice % allowed.size());
        Outcome<Complaint> o = c.moveTo(to, GRAPH, "p", t, "");
        if (GRAPH.allows(c.status(), to) && o.applied()) {
          c = o.orElseThrow();
          assertThat(c.status()).isEqualTo(to);
        } else {
          Outcome.Rejected<Complaint> rejected = o.rejection().orElseThrow();
          StatusRejection r = rejected.detail(StatusRejection.class).orElseThrow();
          assertThat(r.current()).isEqualTo(c.status());
          if (rejected.code() == ReasonCode.REOPEN_WINDOW_CLOSED) {
            // only a reopen the graph allows can be refused for its window, and then REOPENED is not offered
            assertThat(to).isEqualTo(ComplaintStatus.REOPENED);
            assertThat(r.allowed()).doesNotContain(ComplaintStatus.REOPENED)
                .isSubsetOf(GRAPH.allowedFrom(c.status()));
          } else {
            assertThat(rejected.code()).isEqualTo(ReasonCode.TRANSITION_NOT_ALLOWED);
            assertThat(r.allowed()).isEqualTo(GRAPH.allowedFrom(c.status()));
          }
        }
      }
      for (int k = 0; k < c.steps().size() - 1; k++) {
        ComplaintStep s = c.steps().get(k + 1);
        assertThat(s.from() == s.to() || GRAPH.allows(s.from(), s.to())).isTrue();
      }
      for (SlaMetric m : SlaMetric.values()) {
        SlaClock clock = SlaClock.of(c, m, policy, t);
        SlaStatus st = clock.status(policy.targetsFor(c).target(m), cal);
        // elapsed business time never exceeds wall time and never decreases
        assertThat(st.elapsed()).isLessThanOrEqualTo(Duration.between(c.receivedAt(), t));
        assertThat(st.elapsed()).isGreaterThanOrEqualTo(lastElapsed.getOrDefault(m, Duration.ZERO));
        lastElapsed.put(m, st.elapsed());
        // intervals are ordered, disjoint, and only a running clock has an open one
        List<SlaClock.Interval> iv = clock.running();
        for (int k = 0; k < iv.size(); k++) {
          if (k < iv.size() - 1) {
            assertThat(iv.get(k).end()).isNotNull().isBeforeOrEqualTo(iv.get(k + 1).start());
          }
        }
        boolean open = !iv.isEmpty() && iv.get(iv.size() - 1).end() == null;
        assertThat(open).isEqualTo(clock.phase() == SlaClock.Phase.RUNNING);
        // the state agrees with the phase
        switch (st.state()) {
          case IN_PROGRESS, NEARING_BREACH -> assertThat(clock.phase()).isEqualTo(SlaClock.Phase.RUNNING);
          case PAUSED -> assertThat(clock.phase()).isEqualTo(SlaClock.Phase.PAUSED);
          case SUCCEEDED -> assertThat(clock.phase()).isEqualTo(SlaClock.Phase.STOPPED);
          case CANCELLED -> assertThat(clock.phase()).isEqualTo(SlaClock.Phase.CANCELLED);
          case BREACHED -> assertThat(st.elapsed()).isGreaterThanOrEqualTo(st.target().target());
        }
        assertThat(st.remaining()).isEqualTo(st.elapsed().compareTo(st.target().target()) >= 0
            ? Duration.ZERO : st.target().target().minus(st.elapsed()));
        if (m == SlaMetric.RESOLUTION) {
          SlaClock.Phase expected = policy.cancelStatuses().contains(c.status()) ? SlaClock.Phase.CANCELLED
              : policy.resolvedStatuses().contains(c.status()) ? SlaClock.Phase.STOPPED
              : policy.pauseStatuses().contains(c.status()) ? SlaClock.Phase.PAUSED : SlaClock.Phase.RUNNING;
          assertThat(clock.phase()).isEqualTo(expected);
        } else {
          boolean ended = clock.phase() == SlaClock.Phase.STOPPED || clock.phase() == SlaClock.Phase.CANCELLED;
          // the first-response clock never restarts once it ended
          assertThat(!firstResponseEnded || ended).isTrue();
          firstResponseEnded = ended;
        }
      }
    }
  }

  @Property(tries = 200)
  void escalationEvaluation_atOneInstantIsIdempotent(
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 5000) Integer> receivedMinutes,
      @ForAll @IntRange(min = 0, max = 9000) int atMinutes) {
    EscalationPolicy rules = new EscalationPolicy(List.of(
        new EscalationRule("fr-warn", SlaMetric.FIRST_RESPONSE, KpiState.NEARING_BREACH, java.util.Set.of(), 1,
            null, List.of("lead")),
        new EscalationRule("res-breach", SlaMetric.RESOLUTION, KpiState.BREACHED, java.util.Set.of(), 2, "manager",
            List.of("director"))));
    Instant base = at(11, 16, 0, 0);
    Instant at = base.plus(Duration.ofMinutes(5000 + atMinutes));
    List<Complaint> open = new java.util.ArrayList<>();
    for (int i = 0; i < receivedMinutes.size(); i++) {
      open.add(received("I-" + i, Priority.values()[i % 4], base.plus(Duration.ofMinutes(receivedMinutes.get(i)))));
    }
    EscalationPolicy.Run first = rules.evaluate(open, POLICY, at);
    java.util.Map<ComplaintId, Complaint> after = new java.util.LinkedHashMap<>();
    open.forEach(c -> after.put(c.id(), c));
    first.changed().forEach(c -> after.put(c.id(), c));
    EscalationPolicy.Run second = rules.evaluate(List.copyOf(after.values()), POLICY, at);
    assertThat(second.events()).isEmpty();
    assertThat(second.changed()).isEmpty();
    // each fired event matches the clock it names, and each complaint fires each rule at most once
    for (ComplaintEvent.Escalated e : first.events()) {
      Complaint before = open.stream().filter(c -> c.id().equals(e.complaintId())).findFirst().orElseThrow();
      KpiState state = SlaClock.evaluate(before, e.metric(), POLICY, at).state();
      assertThat(state).isIn(KpiState.NEARING_BREACH, KpiState.BREACHED);
    }
    assertThat(first.events().stream().map(e -> e.complaintId() + "/" + e.rule()).distinct().count())
        .isEqualTo(first.events().size());
  }
}
