package io.crm4j.scoring.rfm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Names the segment of an RFM score: an ordered list of {@link RfmSegmentRule rules} over the
 * recency score and the combined frequency-monetary score; the first rule that matches wins.
 *
 * <p>The default map is crm4j's preset for 5 bins, on the R × FM grid (R down, FM across):
 * <pre>
 *        FM=1            FM=2            FM=3            FM=4        FM=5
 * R=5    New             Potential loy.  Potential loy.  Champions   Champions
 * R=4    Promising       Potential loy.  Potential loy.  Loyal       Champions
 * R=3    About to sleep  About to sleep  Need attention  Loyal       Loyal
 * R=2    Lost            Hibernating     At risk         At risk     At risk
 * R=1    Lost            Lost            At risk         At risk     Can't lose them
 * </pre>
 * The names are those commonly used in RFM practice; the exact borders are a preset to tune.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RfmSegmentMap {

  public static final String CHAMPIONS = "Champions";
  public static final String LOYAL = "Loyal";
  public static final String POTENTIAL_LOYALIST = "Potential loyalist";
  public static final String NEW = "New";
  public static final String PROMISING = "Promising";
  public static final String NEED_ATTENTION = "Need attention";
  public static final String ABOUT_TO_SLEEP = "About to sleep";
  public static final String AT_RISK = "At risk";
  public static final String CANT_LOSE_THEM = "Can't lose them";
  public static final String HIBERNATING = "Hibernating";
  public static final String LOST = "Lost";

  private static final RfmSegmentMap DEFAULTS = new RfmSegmentMap(List.of(
      new RfmSegmentRule(CHAMPIONS, 5, 5, 4, 5),
      new RfmSegmentRule(CHAMPIONS, 4, 4, 5, 5),
      new RfmSegmentRule(LOYAL, 3, 4, 4, 5),
      new RfmSegmentRule(POTENTIAL_LOYALIST, 4, 5, 2, 3),
      new RfmSegmentRule(NEW, 5, 5, 1, 1),
      new RfmSegmentRule(PROMISING, 4, 4, 1, 1),
      new RfmSegmentRule(NEED_ATTENTION, 3, 3, 3, 3),
      new RfmSegmentRule(ABOUT_TO_SLEEP, 3, 3, 1, 2),
      new RfmSegmentRule(CANT_LOSE_THEM, 1, 1, 5, 5),
      new RfmSegmentRule(AT_RISK, 1, 2, 3, 5),
      new RfmSegmentRule(HIBERNATING, 2, 2, 2, 2),
      new RfmSegmentRule(LOST, 1, 2, 1, 2)));

  private final List<RfmSegmentRule> rules;

  private RfmSegmentMap(List<RfmSegmentRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The 11-segment preset for 5 bins shown above. */
  public static RfmSegmentMap ofDefaults() {
    return DEFAULTS;
  }

  /**
   * A map with the given rules, tried in order.
   *
   * @throws IllegalArgumentException if {@code rules} is empty
   */
  public static RfmSegmentMap of(List<RfmSegmentRule> rules) {
    Objects.requireNonNull(rules, "rules");
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("rules must not be empty, but was []");
    }
    rules.forEach(r -> Objects.requireNonNull(r, "rules element"));
    return new RfmSegmentMap(rules);
  }

  public List<RfmSegmentRule> rules() {
    return rules;
  }

  /** The distinct segment names, in rule order. */
  public List<String> segments() {
    return List.copyOf(new LinkedHashSet<>(rules.stream().map(RfmSegmentRule::segment).toList()));
  }

  /**
   * The segment of a score.
   *
   * @throws IllegalArgumentException if no rule matches (a map checked by
   *     {@link RfmConfig.Builder#build()} covers every score of its bin count)
   */
  public String segmentOf(RfmScore score) {
    Objects.requireNonNull(score, "score");
    return segmentOf(score.r(), score.fm());
  }

  String segmentOf(int r, int fm) {
    for (RfmSegmentRule rule : rules) {
      if (rule.matches(r, fm)) {
        return rule.segment();
      }
    }
    throw new IllegalArgumentException("score must match a segment rule, but r=" + r + ", fm=" + fm
        + " matched none of " + rules);
  }

  /** The (r, fm) pairs in {@code 1..bins} that no rule matches, as "r/fm" strings. */
  List<String> gaps(int bins) {
    List<String> gaps = new ArrayList<>();
    for (int r = 1; r <= bins; r++) {
      for (int fm = 1; fm <= bins; fm++) {
        final int rr = r;
        final int ff = fm;
        if (rules.stream().noneMatch(rule -> rule.matches(rr, ff))) {
          gaps.add(r + "/" + fm);
        }
      }
    }
    return gaps;
  }

  @Override
  public String toString() {
    return "RfmSegmentMap" + rules;
  }
}
