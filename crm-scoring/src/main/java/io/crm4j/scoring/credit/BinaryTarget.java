package io.crm4j.scoring.credit;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The outcome a scorecard predicts: a target column and the label that marks one of its two
 * classes. The scorecard code calls the class of interest the <em>event</em> (a bad debt in credit,
 * a lost customer in retention) and the other the <em>non-event</em> ("good"); every value of the
 * column other than the label belongs to the other class.
 *
 * <ul>
 *   <li>{@link #event(String, String)}: the label marks the event, e.g. {@code event("churned", "1")};
 *   <li>{@link #nonEvent(String, String)}: the label marks the non-event, as credit samples usually
 *       say which applicants were good, e.g. {@code nonEvent("creditability", "good")}.
 * </ul>
 *
 * <p>Weight of evidence is {@code ln(%non-event / %event)} and a higher score means lower event odds
 * (see {@link ScorecardTrainer}); the "goods" and "bads" of {@link WoeBin} are the non-events and
 * events. Immutable and thread-safe.
 *
 * @param column the target column
 * @param label the value that marks {@code labelIsEvent ? the event : the non-event}
 * @param labelIsEvent whether {@code label} marks the event (true) or the non-event (false)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record BinaryTarget(String column, String label, boolean labelIsEvent) {

  public BinaryTarget {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(label, "label");
  }

  /** The target whose rows with {@code eventValue} in {@code column} are the event; all others are not. */
  public static BinaryTarget event(String column, String eventValue) {
    return new BinaryTarget(column, eventValue, true);
  }

  /** The target whose rows with {@code nonEventValue} in {@code column} are the non-event; all others are the event. */
  public static BinaryTarget nonEvent(String column, String nonEventValue) {
    return new BinaryTarget(column, nonEventValue, false);
  }

  /**
   * Marks each row of the sample: true for the event.
   *
   * @throws IllegalArgumentException if the column is missing, or the label marks no row or every
   *     row (the message names the column, the label and the values seen)
   */
  public boolean[] events(Sample sample) {
    boolean[] nonEvents = nonEvents(sample);
    boolean[] out = new boolean[nonEvents.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = !nonEvents[i];
    }
    return out;
  }

  /** Marks each row of the sample: true for the non-event (a "good" of the binning and the validation). */
  boolean[] nonEvents(Sample sample) {
    Objects.requireNonNull(sample, "sample");
    if (!labelIsEvent) {
      return sample.goodFlags(column, label);
    }
    boolean[] marked = sample.labelFlags(column, label, "eventValue", "non-event cases");
    for (int i = 0; i < marked.length; i++) {
      marked[i] = !marked[i];
    }
    return marked;
  }
}
