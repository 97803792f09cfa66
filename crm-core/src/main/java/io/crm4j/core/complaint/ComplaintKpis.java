package io.crm4j.core.complaint;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * Computes a {@link ComplaintKpiReport} over a period. Immutable and thread-safe.
 *
 * @param sla the SLA policy the clocks are measured against
 * @param csatFormula how follow-up satisfaction becomes CSAT
 * @param npsFormula how recommendation answers become NPS
 * @param recoveredFrom the least satisfaction at which a followed-up complaint counts as recovered
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ComplaintKpis(SlaPolicy sla, CsatFormula csatFormula, NpsFormula npsFormula, Satisfaction recoveredFrom) {

  public ComplaintKpis {
    Objects.requireNonNull(sla, "sla");
    Objects.requireNonNull(csatFormula, "csatFormula");
    Objects.requireNonNull(npsFormula, "npsFormula");
    Objects.requireNonNull(recoveredFrom, "recoveredFrom");
  }

  /** Top-two-box CSAT, standard NPS, and recovery from SATISFIED up. */
  public static ComplaintKpis ofDefaults(SlaPolicy sla) {
    return new ComplaintKpis(sla, CsatFormula.topTwoBox(), NpsFormula.standard(), Satisfaction.SATISFIED);
  }

  /**
   * The KPIs of the complaints in {@code complaints} received in {@code [from, to)}, read as of
   * {@code to}; steps after {@code to} are ignored.
   */
  public ComplaintKpiReport report(Collection<Complaint> complaints, Instant from, Instant to) {
    Objects.requireNonNull(complaints, "complaints");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("to must be after from " + from + ", but was " + to);
    }
    long received = 0;
    long withinSla = 0;
    List<Duration> firstResponse = new ArrayList<>();
    List<Duration> resolution = new ArrayList<>();
    Map<Priority, long[]> byPriority = new EnumMap<>(Priority.class);
    long resolvedEver = 0;
    long reopened = 0;
    long closedEver = 0;
    long followedUp = 0;
    long recovered = 0;
    List<Satisfaction> answers = new ArrayList<>();
    List<Integer> recommendations = new ArrayList<>();
    for (Complaint c : complaints) {
      Objects.requireNonNull(c, "complaints element");
      if (c.receivedAt().isBefore(from) || !c.receivedAt().isBefore(to)) {
        continue;
      }
      received++;
      SlaTargets targets = sla.targetsFor(c);
      SlaClock fr = SlaClock.of(c, SlaMetric.FIRST_RESPONSE, sla, to);
      if (fr.phase() == SlaClock.Phase.STOPPED) {
        firstResponse.add(fr.elapsed(sla.calendar()));
      }
      SlaClock res = SlaClock.of(c, SlaMetric.RESOLUTION, sla, to);
      SlaStatus resStatus = res.status(targets.resolution(), sla.calendar());
      if (res.phase() == SlaClock.Phase.STOPPED) {
        resolution.add(resStatus.elapsed());
      }
      long[] counts = byPriority.computeIfAbsent(c.priority(), p -> new long[2]);
      if (resStatus.state() == KpiState.SUCCEEDED) {
        withinSla++;
        counts[0]++;
        counts[1]++;
      } else if (resStatus.state() == KpiState.BREACHED) {
        counts[1]++;
      }
      if (reachedBy(c, ComplaintStatus.RESOLVED, to)) {
        resolvedEver++;
        if (reachedBy(c, ComplaintStatus.REOPENED, to)) {
          reopened++;
        }
      }
      if (reachedBy(c, ComplaintStatus.CLOSED, to)) {
        closedEver++;
      }
      FollowUpSurvey survey = c.followUp();
      if (survey != null && !survey.at().isAfter(to)) {
        followedUp++;
        answers.add(survey.satisfaction());
        if (survey.satisfaction().compareTo(recoveredFrom) >= 0) {
          recovered++;
        }
        if (survey.recommendation() != null) {
          recommendations.add(survey.recommendation());
        }
      }
    }
    Map<Priority, KpiRatio> compliance = new EnumMap<>(Priority.class);
    byPriority.forEach((p, n) -> compliance.put(p, new KpiRatio(n[0], n[1])));
    return new ComplaintKpiReport(from, to, received, new KpiRatio(withinSla, received),
        DurationSummary.of(firstResponse), DurationSummary.of(resolution), compliance,
        new KpiRatio(reopened, resolvedEver), new KpiRatio(Math.min(followedUp, closedEver), closedEver),
        new KpiRatio(recovered, followedUp),
        answers.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(checked(csatFormula.csat(answers), 0, "csat")),
        recommendations.isEmpty() ? OptionalDouble.empty()
            : OptionalDouble.of(checked(npsFormula.nps(recommendations), -100, "nps")));
  }

  private static double checked(double value, double min, String name) {
    if (!Double.isFinite(value) || value < min || value > 100) {
      throw new IllegalStateException(name + " formula must return a number in [" + min + ", 100], but returned " + value);
    }
    return value;
  }

  private static boolean reachedBy(Complaint c, ComplaintStatus s, Instant to) {
    for (ComplaintStep step : c.steps()) {
      if (step.at().isAfter(to)) {
        return false;
      }
      if (step.to() == s && step.changesStatus()) {
        return true;
      }
    }
    return false;
  }
}
