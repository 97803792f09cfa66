package io.crm4j.scoring.credit;

import org.apiguardian.api.API;

/**
 * One score group (a decile by default) of a lift and gains table, riskiest group first; see
 * {@link ScoreValidation#lift(double[], boolean[], int)}. Immutable and thread-safe.
 *
 * @param group the group's number, 1 for the lowest scores (the highest event odds)
 * @param cases the cases in the group (0 when tied scores filled the groups around it)
 * @param events the events ("bads") among them
 * @param eventRate {@code events / cases}, 0 for an empty group
 * @param lift {@code eventRate} divided by the event rate of the whole sample
 * @param cumulativeGains the share of all events in this group and the riskier ones, in [0, 1]
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record LiftRow(int group, int cases, int events, double eventRate, double lift, double cumulativeGains) {

  public LiftRow {
    if (group < 1 || cases < 0 || events < 0 || events > cases) {
      throw new IllegalArgumentException("group must be >= 1 and events in [0, cases], but were group " + group
          + ", cases " + cases + ", events " + events);
    }
    if (!(eventRate >= 0 && eventRate <= 1) || !(lift >= 0 && Double.isFinite(lift))
        || !(cumulativeGains >= 0 && cumulativeGains <= 1)) {
      throw new IllegalArgumentException("eventRate and cumulativeGains must be in [0, 1] and lift finite and >= 0,"
          + " but were " + eventRate + ", " + cumulativeGains + " and " + lift);
    }
  }
}
