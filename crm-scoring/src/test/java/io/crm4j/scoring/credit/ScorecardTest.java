package io.crm4j.scoring.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ScorecardTest {

  /** A two-variable scorecard whose points are set by hand. */
  static Scorecard handMade() {
    ScorecardVariable age = new ScorecardVariable("age", VariableKind.NUMERIC, -1.0, List.of(25.0, 40.0), List.of(
        new ScorecardBin("[-inf, 25)", List.of(), -0.5, -10), new ScorecardBin("[25, 40)", List.of(), 0.1, 2),
        new ScorecardBin("[40, inf)", List.of(), 0.4, 8)));
    ScorecardVariable housing = new ScorecardVariable("housing", VariableKind.CATEGORICAL, -0.8, List.of(), List.of(
        new ScorecardBin("rent | free", List.of("rent", "free"), -0.3, -5), new ScorecardBin("own", List.of("own"), 0.2, 4)));
    return Scorecard.of(PointsScaling.ofDefaults(), 500, List.of(age, housing));
  }

  /** {@link #handMade()} with a missing bin in each variable: age +3, housing -7 points. */
  static Scorecard withMissingBins() {
    List<ScorecardVariable> vars = new ArrayList<>();
    double[] missingPoints = {3, -7};
    for (int v = 0; v < 2; v++) {
      ScorecardVariable old = handMade().variables().get(v);
      List<ScorecardBin> bins = new ArrayList<>(old.bins());
      bins.add(new ScorecardBin("(missing)", List.of(), -missingPoints[v] / 20, missingPoints[v], true));
      vars.add(new ScorecardVariable(old.name(), old.kind(), old.coefficient(), old.cuts(), bins));
    }
    return Scorecard.of(PointsScaling.ofDefaults(), 500, vars);
  }

  @Test
  void score_missingValue_scoresTheMissingBin() {
    // By hand: 500 + 3 (age missing) + 4 (own) = 507; 500 + 2 (age 30) - 7 (housing blank) = 495.
    Scorecard s = withMissingBins();
    assertThat(s.score(Map.of("age", "", "housing", "own"))).isEqualTo(507);
    Map<String, Object> record = new HashMap<>();
    record.put("age", 30);
    record.put("housing", null);
    assertThat(s.score(record)).isEqualTo(495);
    assertThat(s.explain(record).parts()).containsExactly(new ScoreBreakdown.Part("age", "[25, 40)", 2),
        new ScoreBreakdown.Part("housing", "(missing)", -7));
    assertThat(s.variables().get(0).missingBin()).isEqualTo(3);
  }

  @Test
  void score_specialValue_scoresItsBinAndAnUnseenOneZero() {
    // age with special values -1 (a bin of +6 points) and 999 (configured, no training case: no bin), then the
    // missing bin (+3). By hand: 500 + 6 (-1, also as -1.0 or text) + 4 (own) = 510; 999 scores 0: 504;
    // a regular age of 50 is still 8 points: 512; blank age is the missing bin: 507.
    ScorecardVariable old = handMade().variables().get(0);
    List<ScorecardBin> bins = new ArrayList<>(old.bins());
    bins.add(new ScorecardBin("(special) -1", List.of("-1"), -0.3, 6, false, true));
    bins.add(new ScorecardBin("(missing)", List.of(), -0.15, 3, true));
    ScorecardVariable age = new ScorecardVariable("age", VariableKind.NUMERIC, -1.0, old.cuts(), bins,
        List.of("-1", "999"));
    Scorecard s = Scorecard.of(PointsScaling.ofDefaults(), 500, List.of(age, handMade().variables().get(1)));
    assertThat(s.score(Map.of("age", -1, "housing", "own"))).isEqualTo(510);
    assertThat(s.score(Map.of("age", "-1.0", "housing", "own"))).isEqualTo(510);
    assertThat(s.score(Map.of("age", 999.0, "housing", "own"))).isEqualTo(504);
    assertThat(s.score(Map.of("age", 50, "housing", "own"))).isEqualTo(512);
    assertThat(s.score(Map.of("age", "", "housing", "own"))).isEqualTo(507);
    assertThat(s.explain(Map.of("age", -1, "housing", "own")).parts().get(0))
        .isEqualTo(new ScoreBreakdown.Part("age", "(special) -1", 6));
    RowScorer rows = s.rowScorer(List.of("age", "housing"));
    assertThat(rows.score(new Object[] {-1.0, "own"})).isEqualTo(510);
    assertThat(rows.score(new Object[] {999.0, "own"})).isEqualTo(504);
    assertThat(rows.score(new Object[] {50.0, "own"})).isEqualTo(512);
    assertThat(age.specialBin("-1")).isEqualTo(3);
    assertThat(age.specialBin("999")).isEqualTo(-1);
    assertThatThrownBy(() -> new ScorecardVariable("age", VariableKind.NUMERIC, -1.0, old.cuts(), bins, List.of("0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("special bin '(special) -1' of 'age' must hold one of the special values [0], but held [-1]");
  }

  @Test
  void score_missingValueWithoutMissingBin_scoresZero() {
    // The training sample had no missing values, so there is no missing bin: 0 points, like an unseen category.
    Scorecard s = handMade();
    assertThat(s.score(Map.of("age", "  ", "housing", "own"))).isEqualTo(504);
    assertThat(s.explain(Map.of("age", 30, "housing", "")).parts()).containsExactly(
        new ScoreBreakdown.Part("age", "[25, 40)", 2), new ScoreBreakdown.Part("housing", "(unseen)", 0));
    assertThat(s.variables().get(0).missingBin()).isEqualTo(-1);
  }

  @Test
  void score_singleRecord_addsBaseAndBinPoints() {
    // By hand: 500 + 2 (age 30 in [25, 40)) + 4 (own) = 506; 500 - 10 + (-5) = 485; bin edges are left-closed.
    Scorecard s = handMade();
    assertThat(s.score(Map.of("age", 30, "housing", "own"))).isEqualTo(506);
    assertThat(s.score(Map.of("age", "24.9", "housing", "rent", "extra", "ignored"))).isEqualTo(485);
    assertThat(s.score(Map.of("age", 40, "housing", "free"))).isEqualTo(503);
    assertThat(s.score(Map.of("age", 25.0, "housing", "free"))).isEqualTo(497);
  }

  @Test
  void explain_singleRecord_listsEachVariable() {
    ScoreBreakdown b = handMade().explain(Map.of("age", 50, "housing", "castle"));
    assertThat(b.score()).isEqualTo(508);
    assertThat(b.basePoints()).isEqualTo(500);
    assertThat(b.parts()).containsExactly(new ScoreBreakdown.Part("age", "[40, inf)", 8),
        new ScoreBreakdown.Part("housing", "(unseen)", 0));
  }

  @Test
  void score_badRecord_throwsNamingTheVariable() {
    Scorecard s = handMade();
    assertThatThrownBy(() -> s.score(Map.of("housing", "own"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("record must have a value for 'age', but had none");
    assertThatThrownBy(() -> s.score(Map.of("age", "old", "housing", "own"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value of numeric variable 'age' must be a finite number, but was 'old'");
    assertThatThrownBy(() -> s.score(Map.of("age", Double.NaN, "housing", "own")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite number");
  }

  @Test
  void rowScorer_columns_matchMapScoring() {
    Scorecard s = handMade();
    RowScorer r = s.rowScorer(List.of("id", "housing", "age"));
    assertThat(r.score(new Object[] {"x", "own", 30})).isEqualTo(506);
    assertThatThrownBy(() -> r.score(new Object[] {"x", "own"})).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row must have a value at column 2 for 'age', but had 2 columns");
    assertThatThrownBy(() -> s.rowScorer(List.of("age"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'housing'");
  }

  @Test
  void of_invalidInput_throws() {
    Scorecard s = handMade();
    assertThatThrownBy(() -> Scorecard.of(PointsScaling.ofDefaults(), Double.NaN, s.variables()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("basePoints must be finite, but was NaN");
    assertThatThrownBy(() -> Scorecard.of(PointsScaling.ofDefaults(), 1, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("variables must not be empty");
    assertThatThrownBy(() -> Scorecard.of(PointsScaling.ofDefaults(), 1, List.of(s.variables().get(0), s.variables().get(0))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'age' repeats");
    // two variables of 1e308 points each scored Infinity (a scorecard JSON edited by hand did it)
    ScorecardVariable v = s.variables().get(1);
    ScorecardVariable huge = new ScorecardVariable("huge", v.kind(), v.coefficient(), v.cuts(),
        v.bins().stream().map(b -> new ScorecardBin(b.label(), b.categories(), b.woe(), 1e308)).toList());
    ScorecardVariable huger = new ScorecardVariable("huger", huge.kind(), huge.coefficient(), huge.cuts(), huge.bins());
    assertThatThrownBy(() -> Scorecard.of(PointsScaling.ofDefaults(), 1, List.of(huge, huger)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("points must add up to a finite score for every"
            + " applicant, but base points 1.0 and the largest points of the 2 variables overflow a double");
    assertThat(Scorecard.of(PointsScaling.ofDefaults(), 1, List.of(huge)).variableNames()).containsExactly("huge");
    assertThat(s.variableNames()).containsExactly("age", "housing");
    assertThat(s.scaling()).isEqualTo(PointsScaling.ofDefaults());
    assertThat(s.toString()).contains("basePoints=500.0");
  }

  @Property(tries = 300)
  void score_changingOneVariable_movesInItsWoeDirection(@ForAll @IntRange(min = 0, max = 999) int row,
      @ForAll @IntRange(min = 0, max = 40) int variableSeed, @ForAll @IntRange(min = 0, max = 40) int binSeed) {
    // Points of a bin are -factor * coefficient * WoE, so the score moves with sign(-coefficient) * change in WoE.
    Scorecard s = Fitted.SCORECARD;
    ScorecardVariable v = s.variables().get(variableSeed % s.variables().size());
    Map<String, String> base = GermanCredit.sample().row(row);
    int toBin = binSeed % v.bins().size();
    Map<String, String> moved = new HashMap<>(base);
    moved.put(v.name(), representative(v, toBin));
    double before = s.score(base);
    double after = s.score(moved);
    double woeBefore = v.bins().get(binOf(v, base.get(v.name()))).woe();
    double woeAfter = v.bins().get(toBin).woe();
    double expectedSign = Math.signum(-v.coefficient()) * Math.signum(woeAfter - woeBefore);
    if (expectedSign == 0) {
      assertThat(after).isCloseTo(before, within(1e-9));
    } else {
      assertThat(Math.signum(after - before)).isEqualTo(expectedSign);
    }
  }

  private static String representative(ScorecardVariable v, int bin) {
    if (v.kind() == VariableKind.CATEGORICAL) {
      return v.bins().get(bin).categories().get(0);
    }
    return bin == 0 ? Double.toString(v.cuts().get(0) - 1) : Double.toString(v.cuts().get(bin - 1));
  }

  private static int binOf(ScorecardVariable v, String value) {
    if (v.kind() == VariableKind.CATEGORICAL) {
      for (int b = 0; b < v.bins().size(); b++) {
        if (v.bins().get(b).categories().contains(value)) {
          return b;
        }
      }
      throw new AssertionError(value);
    }
    double d = Double.parseDouble(value);
    int b = 0;
    while (b < v.cuts().size() && d >= v.cuts().get(b)) {
      b++;
    }
    return b;
  }

  /** The German credit scorecard, trained once. */
  static final class Fitted {
    static final Scorecard SCORECARD = ScorecardTrainer.train(GermanCredit.sample(), GermanCredit.TARGET,
        GermanCredit.GOOD, ScorecardConfig.ofDefaults()).scorecard();
  }
}
