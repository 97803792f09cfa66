package io.crm4j.scoring.tiering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AbcClassificationTest {

  /**
   * Ten customers, values chosen so that the cumulative shares hit the 75 % and 95 % limits
   * exactly. Computed by hand: total = 300+250+200+100+50+30+20+18+17+15 = 1000; cumulative sums
   * 300, 550, 750, 850, 900, 930, 950, 968, 985, 1000, so shares 0.30, 0.55, 0.75 (A, on the
   * boundary), 0.85, 0.90, 0.93, 0.95 (B, on the boundary), 0.968, 0.985, 1.0 (C).
   */
  private static Map<String, Double> tenCustomers() {
    Map<String, Double> values = new LinkedHashMap<>();
    // deliberately not in value order
    values.put("C05", 50.0);
    values.put("C01", 300.0);
    values.put("C09", 17.0);
    values.put("C03", 200.0);
    values.put("C07", 20.0);
    values.put("C02", 250.0);
    values.put("C10", 15.0);
    values.put("C04", 100.0);
    values.put("C08", 18.0);
    values.put("C06", 30.0);
    return values;
  }

  @Test
  void classify_tenCustomerTableWithExactBoundaries() {
    List<AbcEntry<String>> table = AbcClassification.ofDefaults().classify(tenCustomers());

    assertThat(table).extracting(AbcEntry::key)
        .containsExactly("C01", "C02", "C03", "C04", "C05", "C06", "C07", "C08", "C09", "C10");
    assertThat(table).extracting(AbcEntry::abcClass).containsExactly(
        AbcClass.A, AbcClass.A, AbcClass.A, AbcClass.B, AbcClass.B, AbcClass.B, AbcClass.B,
        AbcClass.C, AbcClass.C, AbcClass.C);
    double[] expectedShares = {0.30, 0.55, 0.75, 0.85, 0.90, 0.93, 0.95, 0.968, 0.985, 1.0};
    for (int i = 0; i < expectedShares.length; i++) {
      assertThat(table.get(i).cumulativeShare()).isCloseTo(expectedShares[i], within(1e-12));
    }
    // the boundary customer lands exactly on 0.75 and is A
    assertThat(table.get(2).cumulativeShare()).isEqualTo(0.75);
    assertThat(table.get(6).cumulativeShare()).isEqualTo(0.95);
  }

  @Test
  void classify_arrayFormMatchesTable() {
    double[] values = {50, 300, 17, 200, 20, 250, 15, 100, 18, 30};
    AbcClass[] classes = AbcClassification.ofDefaults().classify(values);
    assertThat(classes).containsExactly(AbcClass.B, AbcClass.A, AbcClass.C, AbcClass.A, AbcClass.B,
        AbcClass.A, AbcClass.C, AbcClass.B, AbcClass.C, AbcClass.B);
  }

  @Test
  void classify_dominantCustomerUnderEachBoundaryRule() {
    // one customer holds 90 %: cumulative share 0.9 > 0.75, so the textbook rule leaves A empty;
    // the two 5s tie and share the cumulative share 1.0
    double[] values = {90, 5, 5};
    assertThat(AbcClassification.ofDefaults().classify(values))
        .containsExactly(AbcClass.B, AbcClass.C, AbcClass.C);
    AbcClassification crossing = AbcClassification.of(
        AbcConfig.custom().boundaryRule(AbcBoundaryRule.CROSSING_INCLUDED).build());
    // share before: 0 (A), 0.9 for both 5s (0.9 < 0.95: B)
    assertThat(crossing.classify(values)).containsExactly(AbcClass.A, AbcClass.B, AbcClass.B);
  }

  @Test
  void classify_crossingRuleKeepsExactBoundaryInA() {
    AbcClassification crossing = AbcClassification.of(
        AbcConfig.custom().boundaryRule(AbcBoundaryRule.CROSSING_INCLUDED).build());
    List<AbcEntry<String>> table = crossing.classify(tenCustomers());
    // shares before: 0, .30, .55 (A); .75 (not < .75), .85, .90, .93 (B); .95, .968, .985 (C)
    assertThat(table).extracting(AbcEntry::abcClass).containsExactly(
        AbcClass.A, AbcClass.A, AbcClass.A, AbcClass.B, AbcClass.B, AbcClass.B, AbcClass.B,
        AbcClass.C, AbcClass.C, AbcClass.C);
  }

  @Test
  void classify_tiesShareClassAndShare() {
    // 40, 40, 20: the tie group holds 80 % together, so both 40s get share 0.8 -> B
    List<AbcEntry<String>> table = AbcClassification.ofDefaults()
        .classify(new LinkedHashMap<>(Map.of("x", 40.0, "y", 40.0, "z", 20.0)));
    assertThat(table).filteredOn(e -> e.value() == 40.0).extracting(AbcEntry::cumulativeShare)
        .containsExactly(0.8, 0.8);
    assertThat(table).filteredOn(e -> e.value() == 40.0).extracting(AbcEntry::abcClass)
        .containsOnly(AbcClass.B);
    assertThat(table.get(2).abcClass()).isEqualTo(AbcClass.C);
  }

  @Test
  void classify_customLimits() {
    AbcClassification abc = AbcClassification.of(AbcConfig.custom().limits(0.5, 0.8).build());
    // shares .30 .55 .75 .85 ...: A only C01 (.30 <= .5), B C02 C03 (<= .8)
    assertThat(abc.classify(tenCustomers())).extracting(AbcEntry::abcClass)
        .startsWith(AbcClass.A, AbcClass.B, AbcClass.B, AbcClass.C);
  }

  @Test
  void classify_rejectsBadValues() {
    AbcClassification abc = AbcClassification.ofDefaults();
    assertThatThrownBy(() -> abc.classify(new double[0]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be empty");
    assertThatThrownBy(() -> abc.classify(new double[] {1, -2}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("values[1]").hasMessageContaining("-2.0");
    assertThatThrownBy(() -> abc.classify(new double[] {Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
    assertThatThrownBy(() -> abc.classify(new double[] {0, 0}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive total");
    assertThatThrownBy(() -> AbcClassification.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void paretoShare_topFifthOfTenCustomers() {
    // top ceil(0.2 * 10) = 2 customers: (300 + 250) / 1000 = 0.55, computed by hand
    double[] values = {50, 300, 17, 200, 20, 250, 15, 100, 18, 30};
    assertThat(AbcClassification.ofDefaults().paretoShare(values)).isCloseTo(0.55, within(1e-12));
    // top ceil(0.25 * 10) = 3: 750 / 1000
    assertThat(AbcClassification.paretoShare(values, 0.25)).isCloseTo(0.75, within(1e-12));
  }

  @Test
  void classifyAndParetoShare_valuesWhoseSumOverflows_giveTheSharesOfTheScaledValues() {
    // 0.4e308 * {4, 3, 2, 1}: the sum overflows a double (it gave NaN shares before); the shares are
    // those of 4, 3, 2, 1 out of 10, by hand: 0.4, 0.7, 0.9, 1.0
    double[] values = {1.6e308, 1.2e308, 0.8e308, 0.4e308};
    List<AbcEntry<String>> table = AbcClassification.ofDefaults().classify(new LinkedHashMap<>(
        Map.of("a", values[0], "b", values[1], "c", values[2], "d", values[3])));
    assertThat(table).extracting(AbcEntry::cumulativeShare).satisfiesExactly(
        v -> assertThat(v).isCloseTo(0.4, within(1e-15)), v -> assertThat(v).isCloseTo(0.7, within(1e-15)),
        v -> assertThat(v).isCloseTo(0.9, within(1e-15)), v -> assertThat(v).isEqualTo(1.0));
    assertThat(table).extracting(AbcEntry::abcClass)
        .containsExactly(AbcClass.A, AbcClass.A, AbcClass.B, AbcClass.C);
    assertThat(AbcClassification.paretoShare(values, 0.5)).isCloseTo(0.7, within(1e-15));
  }

  @Test
  void paretoShare_rejectsBadFraction() {
    assertThatThrownBy(() -> AbcClassification.paretoShare(new double[] {1}, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("topFraction must be in (0, 1], but was 0.0");
    assertThatThrownBy(() -> AbcClassification.paretoShare(new double[] {0, 0}, 0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("values must have a positive total, but all 2 values were 0");
    assertThatThrownBy(() -> AbcClassification.paretoShare(new double[0], 0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("values must not be empty, but had length 0");
  }

  @Test
  void classifyWithinGroups_classifiesEachChannelSeparately() {
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("retail-1", 60.0);
    values.put("web-1", 10.0);
    values.put("retail-2", 30.0);
    values.put("web-2", 90.0);
    values.put("retail-3", 10.0);
    Map<String, List<AbcEntry<String>>> byChannel = AbcClassification.ofDefaults()
        .classifyWithinGroups(values, id -> id.substring(0, id.indexOf('-')));
    assertThat(byChannel).containsOnlyKeys("retail", "web");
    // retail: 60 (.6 A), 30 (.9 B), 10 (1.0 C); web: 90 (.9 B), 10 (1.0 C)
    assertThat(byChannel.get("retail")).extracting(AbcEntry::abcClass)
        .containsExactly(AbcClass.A, AbcClass.B, AbcClass.C);
    assertThat(byChannel.get("web")).extracting(AbcEntry::key).containsExactly("web-2", "web-1");
    assertThat(byChannel.get("web")).extracting(AbcEntry::abcClass).containsExactly(AbcClass.B, AbcClass.C);
  }

  @Test
  void config_returnsGivenConfig() {
    AbcConfig config = AbcConfig.custom().limits(0.7, 0.9).build();
    assertThat(AbcClassification.of(config).config()).isSameAs(config);
  }
}
