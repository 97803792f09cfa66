package io.crm4j.scoring.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class VariableBinningTest {

  @Test
  void numeric_fewDistinctValues_oneBinPerValueWhenAllowed() {
    // Values 1, 2, 3 with 10 cases each; goods 8, 5, 2. With maxBins 3 and no share rule nothing merges:
    // cut points 2 and 3 and labels [-inf, 2), [2, 3), [3, inf).
    double[] values = new double[30];
    boolean[] good = new boolean[30];
    int[] goods = {8, 5, 2};
    for (int v = 0; v < 3; v++) {
      for (int i = 0; i < 10; i++) {
        values[v * 10 + i] = v + 1;
        good[v * 10 + i] = i < goods[v];
      }
    }
    BinningConfig config = BinningConfig.custom().maxBins(3).minBinShare(0).build();
    VariableBinning b = VariableBinning.numeric("x", values, good, config);
    assertThat(b.cuts()).containsExactly(2, 3);
    assertThat(b.woe().bins()).extracting(WoeBin::label).containsExactly("[-inf, 2)", "[2, 3)", "[3, inf)");
    assertThat(b.binOf(1.5)).isZero();
    assertThat(b.binOf(2)).isEqualTo(1);
    assertThat(b.binOf(99)).isEqualTo(2);
    // WoE of the first bin by hand: %good 8/15, %bad 2/15 -> ln 4 = 1.386294.
    assertThat(b.woe().bins().get(0).woe()).isCloseTo(Math.log(4), within(1e-12));
    assertThat(b.kind()).isEqualTo(VariableKind.NUMERIC);
    assertThat(b.groups()).isEmpty();
  }

  @Test
  void numeric_maxBinsTwo_mergesTheMostSimilarPair() {
    // Same data, maxBins 2. Chi-square by hand of (8 good, 2 bad) vs (5, 5): expected goods 6.5, bads 3.5
    // per row, chi = 2 * 1.5^2 / 6.5 + 2 * 1.5^2 / 3.5 = 1.978; (5, 5) vs (2, 8) mirrors it and also gives
    // 1.978. On a tie the leftmost pair merges, leaving one cut at 3.
    double[] values = new double[30];
    boolean[] good = new boolean[30];
    int[] goods = {8, 5, 2};
    for (int v = 0; v < 3; v++) {
      for (int i = 0; i < 10; i++) {
        values[v * 10 + i] = v + 1;
        good[v * 10 + i] = i < goods[v];
      }
    }
    VariableBinning b = VariableBinning.numeric("x", values, good,
        BinningConfig.custom().maxBins(2).minBinShare(0).build());
    assertThat(b.cuts()).containsExactly(3);
    assertThat(b.woe().bins()).extracting(WoeBin::goods).containsExactly(13L, 2L);
  }

  @Test
  void numeric_pureBin_isMergedAway() {
    // Value 1 has only goods; it must merge with its only neighbour.
    double[] values = {1, 1, 1, 2, 2, 2, 2};
    boolean[] good = {true, true, true, true, false, false, true};
    VariableBinning b = VariableBinning.numeric("x", values, good, BinningConfig.custom().minBinShare(0).build());
    assertThat(b.woe().bins()).hasSize(1);
    assertThat(b.iv()).isZero();
  }

  @Test
  void categorical_germanCredit_groupsCategoriesByBadRate() {
    Sample s = GermanCredit.sample();
    VariableBinning b = VariableBinning.categorical("purpose", s.column("purpose"),
        s.goodFlags(GermanCredit.TARGET, GermanCredit.GOOD), BinningConfig.ofDefaults());
    assertThat(b.kind()).isEqualTo(VariableKind.CATEGORICAL);
    assertThat(b.woe().bins().size()).isBetween(2, 5);
    assertThat(b.woe().bins().stream().mapToLong(WoeBin::count).sum()).isEqualTo(1000);
    assertThat(b.binOf("radio/television")).isNotNegative();
    assertThat(b.binOf("space travel")).isEqualTo(-1);
    assertThat(b.cuts()).isEmpty();
    for (WoeBin bin : b.woe().bins()) {
      assertThat(bin.count()).isGreaterThanOrEqualTo(50); // 5 % of 1000
    }
    // ordered by bad rate, so WoE falls from bin to bin
    List<WoeBin> bins = b.woe().bins();
    for (int i = 1; i < bins.size(); i++) {
      assertThat(bins.get(i).woe()).isLessThan(bins.get(i - 1).woe());
    }
    assertThat(b.toString()).contains("purpose");
  }

  @Test
  void of_blankValues_stayNumericWithOwnMissingBin() {
    // Values 1, 2, 3 with 10 cases each (goods 8, 5, 2) as in the first test, plus 4 blank cases (3 goods, 1 bad).
    // Totals G = 18, B = 16. The ranges keep their counts; the missing bin comes last:
    // WoE = ln((3/18) / (1/16)) = ln(8/3); no cell is empty, so no smoothing.
    String[] values = new String[34];
    boolean[] good = new boolean[34];
    int[] goods = {8, 5, 2};
    for (int v = 0; v < 3; v++) {
      for (int i = 0; i < 10; i++) {
        values[v * 10 + i] = Integer.toString(v + 1);
        good[v * 10 + i] = i < goods[v];
      }
    }
    for (int i = 30; i < 34; i++) {
      values[i] = i == 30 ? " " : "";
      good[i] = i < 33;
    }
    VariableBinning b = VariableBinning.of("x", values, good, BinningConfig.custom().maxBins(3).minBinShare(0).build());
    assertThat(b.kind()).isEqualTo(VariableKind.NUMERIC);
    assertThat(b.cuts()).containsExactly(2, 3);
    assertThat(b.woe().bins()).extracting(WoeBin::label).containsExactly("[-inf, 2)", "[2, 3)", "[3, inf)", "(missing)");
    assertThat(b.missingBin()).isEqualTo(3);
    WoeBin missing = b.woe().bins().get(3);
    assertThat(missing.goods()).isEqualTo(3);
    assertThat(missing.bads()).isEqualTo(1);
    assertThat(missing.woe()).isCloseTo(Math.log(8.0 / 3), within(1e-12));
    // first range: %good 8/18, %bad 2/16 -> ln(32/9)
    assertThat(b.woe().bins().get(0).woe()).isCloseTo(Math.log(32.0 / 9), within(1e-12));
    assertThat(b.binOfText("")).isEqualTo(3);
    assertThat(b.binOfText("2.5")).isEqualTo(1);
  }

  @Test
  void of_specialValues_getTheirOwnBinsBeforeTheMissingBin() {
    // Hand-computed: regular 1..6 with goods at 1, 2, 4, 6 (G 4, B 2) in one bin (maxBins 1); special -1 on
    // three cases, one written -1.0 (G 1, B 2); two blanks (G 1, B 1); 9999 is configured but never occurs.
    // Totals G 6, B 5. WoE = ln(%good / %bad): regular ln((4/6)/(2/5)) = ln(5/3), special ln((1/6)/(2/5))
    // = ln(5/12), missing ln((1/6)/(1/5)) = ln(5/6); IV = Σ (%good − %bad) WoE = 0.34657359027997264.
    String[] values = {"1", "2", "3", "4", "5", "6", "-1", "-1.0", " -1 ", "", " "};
    boolean[] good = {true, true, false, true, false, true, false, false, true, true, false};
    BinningConfig config = BinningConfig.custom().maxBins(1).minBinShare(0)
        .specialValues("x", List.of("-1", "9999")).build();
    VariableBinning b = VariableBinning.of("x", values, good, config);
    assertThat(b.kind()).isEqualTo(VariableKind.NUMERIC);
    assertThat(b.cuts()).isEmpty();
    assertThat(b.woe().bins()).extracting(WoeBin::label).containsExactly("[-inf, inf)", "(special) -1", "(missing)");
    assertThat(b.woe().bins()).extracting(WoeBin::goods).containsExactly(4L, 1L, 1L);
    assertThat(b.woe().bins()).extracting(WoeBin::bads).containsExactly(2L, 2L, 1L);
    assertThat(b.woe().bins().get(0).woe()).isCloseTo(Math.log(5.0 / 3), within(1e-12));
    assertThat(b.woe().bins().get(1).woe()).isCloseTo(Math.log(5.0 / 12), within(1e-12));
    assertThat(b.woe().bins().get(2).woe()).isCloseTo(Math.log(5.0 / 6), within(1e-12));
    assertThat(b.iv()).isCloseTo(0.34657359027997264, within(1e-12));
    assertThat(b.missingBin()).isEqualTo(2);
    assertThat(b.specialValues()).containsExactly("-1", "9999");
    assertThat(b.specialValue(1)).contains("-1");
    assertThat(b.specialValue(0)).isEmpty();
    assertThat(b.binOf(-1.0)).isEqualTo(1);
    assertThat(b.binOfText("-1")).isEqualTo(1);
    // 9999 had no training case: no bin, so -1 (a scorecard gives it 0 points), not the top range
    assertThat(b.binOf(9999)).isEqualTo(-1);
    assertThat(b.binOf(-2)).isZero();
  }

  @Test
  void categorical_specialValues_matchByText() {
    // "n/a" in a categorical column: a, a, b, b regular (one bad each), n/a twice (G 1, B 1) -> its own bin
    String[] values = {"a", "a", "b", "b", "n/a", " n/a"};
    boolean[] good = {true, false, true, false, true, false};
    BinningConfig config = BinningConfig.custom().minBinShare(0).specialValues("c", List.of("n/a")).build();
    VariableBinning b = VariableBinning.categorical("c", values, good, config);
    assertThat(b.woe().bins()).extracting(WoeBin::label).containsExactly("a", "b", "(special) n/a");
    assertThat(b.binOf("n/a")).isEqualTo(2);
    assertThat(b.binOf("b")).isEqualTo(1);
    // a numeric column whose only other value is a text code stays numeric when the code is special
    VariableBinning n = VariableBinning.of("d", new String[] {"1", "2", "none", "3"},
        new boolean[] {true, false, true, false}, BinningConfig.custom().specialValues("d", List.of("none")).build());
    assertThat(n.kind()).isEqualTo(VariableKind.NUMERIC);
    assertThat(n.binOfText("none")).isEqualTo(n.woe().bins().size() - 1);
  }

  @Test
  void of_textValue_isCategoricalAndBlankIsMissing() {
    String[] values = {"a", "a", "b", "b", "1", ""};
    boolean[] good = {true, false, true, false, true, false};
    VariableBinning b = VariableBinning.of("x", values, good, BinningConfig.custom().minBinShare(0).build());
    assertThat(b.kind()).isEqualTo(VariableKind.CATEGORICAL);
    assertThat(b.missingBin()).isEqualTo(b.woe().bins().size() - 1);
    assertThat(b.binOf("")).isEqualTo(b.missingBin());
    assertThat(b.binOf(" ")).isEqualTo(b.missingBin());
    assertThat(b.groups().stream().flatMap(List::stream)).containsExactlyInAnyOrder("a", "b", "1");
    // the missing bin has 0 goods: 0.5 is added to every cell
    assertThat(b.woe().bins().get(b.missingBin()).bads()).isEqualTo(1);
  }

  @Test
  void of_allBlank_hasOnlyTheMissingBin() {
    VariableBinning b = VariableBinning.of("x", new String[] {"", " "}, new boolean[] {true, false},
        BinningConfig.ofDefaults());
    assertThat(b.woe().bins()).extracting(WoeBin::label).containsExactly("(missing)");
    assertThat(b.iv()).isZero();
    assertThat(b.missingBin()).isZero();
  }

  @Test
  void of_noBlanks_matchesNumeric() {
    Sample s = GermanCredit.sample();
    boolean[] good = s.goodFlags(GermanCredit.TARGET, GermanCredit.GOOD);
    VariableBinning text = VariableBinning.of("age_in_years", s.column("age_in_years"), good, BinningConfig.ofDefaults());
    VariableBinning numbers = VariableBinning.numeric("age_in_years", s.numericColumn("age_in_years"), good,
        BinningConfig.ofDefaults());
    assertThat(text.woe()).isEqualTo(numbers.woe());
    assertThat(text.missingBin()).isEqualTo(-1);
  }

  @Test
  void binOf_wrongKind_throws() {
    VariableBinning b = VariableBinning.numeric("x", new double[] {1, 2}, new boolean[] {true, false},
        BinningConfig.ofDefaults());
    assertThatThrownBy(() -> b.binOf("a")).isInstanceOf(IllegalStateException.class).hasMessageContaining("categorical");
    assertThatThrownBy(() -> b.binOf(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value of 'x' must be finite, but was NaN");
    VariableBinning c = VariableBinning.categorical("y", new String[] {"a", "b"}, new boolean[] {true, false},
        BinningConfig.ofDefaults());
    assertThatThrownBy(() -> c.binOf(1.0)).isInstanceOf(IllegalStateException.class).hasMessageContaining("numeric");
  }

  @Test
  void numeric_invalidInput_throws() {
    assertThatThrownBy(() -> VariableBinning.numeric("x", new double[] {1, Double.POSITIVE_INFINITY},
        new boolean[] {true, false}, BinningConfig.ofDefaults())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values must be finite, but values[1] of 'x' was Infinity");
    assertThatThrownBy(() -> VariableBinning.numeric("x", new double[] {1}, new boolean[] {true, false},
        BinningConfig.ofDefaults())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same length");
    assertThatThrownBy(() -> VariableBinning.categorical("x", new String[0], new boolean[0],
        BinningConfig.ofDefaults())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
  }

  @Property(tries = 200)
  void numeric_monotonic_badRateIsMonotone(@ForAll @Size(min = 30, max = 200) List<@IntRange(min = 0, max = 50) Integer> xs,
      @ForAll @IntRange(min = 1, max = 1000) int seed) {
    double[] values = new double[xs.size()];
    boolean[] good = new boolean[xs.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = xs.get(i);
      good[i] = ((xs.get(i) * 7919L + seed * (i + 3L)) % 10) < 6;
    }
    good[0] = true;
    good[1] = false;
    VariableBinning b = VariableBinning.numeric("x", values, good, BinningConfig.custom().monotonic(true).build());
    List<WoeBin> bins = b.woe().bins();
    assertThat(bins.size()).isLessThanOrEqualTo(5);
    assertThat(b.iv()).isGreaterThanOrEqualTo(0);
    double direction = Math.signum(rate(bins.get(bins.size() - 1)) - rate(bins.get(0)));
    for (int i = 1; i < bins.size(); i++) {
      assertThat((rate(bins.get(i)) - rate(bins.get(i - 1))) * direction).isGreaterThanOrEqualTo(0);
    }
    assertThat(bins.stream().mapToLong(WoeBin::count).sum()).isEqualTo(values.length);
  }

  private static double rate(WoeBin b) {
    return (double) b.bads() / b.count();
  }
}
