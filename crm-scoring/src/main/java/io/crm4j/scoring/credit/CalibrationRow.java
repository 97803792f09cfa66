package io.crm4j.scoring.credit;

import org.apiguardian.api.API;

/**
 * One score group (a decile by default) of a calibration table, riskiest group first: the event
 * probability the scorecard's points scaling gives its cases against the share that had the event;
 * see {@link ScoreValidation#calibration(double[], boolean[], PointsScaling, int)}. Immutable and
 * thread-safe.
 *
 * @param group the group's number, 1 for the lowest scores (the highest event odds)
 * @param cases the cases in the group (0 when tied scores filled the groups around it)
 * @param meanPredicted the mean predicted event probability of the cases, 0 for an empty group
 * @param observedRate the share of the cases that had the event, 0 for an empty group
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CalibrationRow(int group, int cases, double meanPredicted, double observedRate) {

  public CalibrationRow {
    if (group < 1 || cases < 0) {
      throw new IllegalArgumentException("group must be >= 1 and cases >= 0, but were " + group + " and " + cases);
    }
    if (!(meanPredicted >= 0 && meanPredicted <= 1) || !(observedRate >= 0 && observedRate <= 1)) {
      throw new IllegalArgumentException("meanPredicted and observedRate must be in [0, 1], but were "
          + meanPredicted + " and " + observedRate);
    }
  }
}
