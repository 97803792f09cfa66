package io.crm4j.scoring.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crm4j.core.credit.CreditGrade;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class FiveCEvaluationTest {

  static List<CriterionRating> ratings(double character, double capacity, double capital, double collateral,
      double conditions) {
    return List.of(new CriterionRating(FiveCCriterion.CHARACTER, character, "pays on time for 5 years"),
        new CriterionRating(FiveCCriterion.CAPACITY, capacity, "cash flow covers debt 2x"),
        new CriterionRating(FiveCCriterion.CAPITAL, capital, "equity ratio 35 %"),
        new CriterionRating(FiveCCriterion.COLLATERAL, collateral, "bank guarantee"),
        new CriterionRating(FiveCCriterion.CONDITIONS, conditions, "stable industry"));
  }

  @Test
  void evaluate_weightedRatings_giveTotalGradeAndContributions() {
    // Weights 0.3, 0.25, 0.2, 0.15, 0.1 on a 0-10 scale; ratings 9, 8, 7, 6, 5.
    // Contributions by hand: 0.3*90 = 27, 0.25*80 = 20, 0.2*70 = 14, 0.15*60 = 9, 0.1*50 = 5; total 75 -> A (> 70).
    FiveCConfig config = FiveCConfig.custom().weight(FiveCCriterion.CHARACTER, 0.3)
        .weight(FiveCCriterion.CAPACITY, 0.25).weight(FiveCCriterion.CAPITAL, 0.2)
        .weight(FiveCCriterion.COLLATERAL, 0.15).weight(FiveCCriterion.CONDITIONS, 0.1).build();
    FiveCEvaluation e = FiveCEvaluation.evaluate(ratings(9, 8, 7, 6, 5), config);
    assertThat(e.total()).isCloseTo(75, within(1e-9));
    assertThat(e.grade()).isEqualTo(CreditGrade.A);
    assertThat(e.tradeCredit()).isTrue();
    assertThat(e.contribution(FiveCCriterion.CHARACTER).points()).isCloseTo(27, within(1e-9));
    assertThat(e.contribution(FiveCCriterion.CONDITIONS).points()).isCloseTo(5, within(1e-9));
    assertThat(e.contribution(FiveCCriterion.COLLATERAL).evidence()).isEqualTo("bank guarantee");
    assertThat(e.contributions()).hasSize(5);
  }

  @Test
  void evaluate_lowRatings_getNoTradeCredit() {
    // Equal weights, all rated 3 of 10: total 30 -> not above 30, so CC; CC gets no trade credit.
    FiveCEvaluation e = FiveCEvaluation.evaluate(ratings(3, 3, 3, 3, 3), FiveCConfig.ofDefaults());
    assertThat(e.total()).isCloseTo(30, within(1e-9));
    assertThat(e.grade()).isEqualTo(CreditGrade.CC);
    assertThat(e.tradeCredit()).isFalse();
  }

  @Test
  void evaluate_invalidInput_throws() {
    assertThatThrownBy(() -> FiveCEvaluation.evaluate(ratings(11, 3, 3, 3, 3), FiveCConfig.ofDefaults()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("score of CHARACTER must be in [0.0, 10.0], but was 11.0");
    assertThatThrownBy(() -> FiveCEvaluation.evaluate(ratings(1, 1, 1, 1, 1).subList(0, 4), FiveCConfig.ofDefaults()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("all five criteria");
    List<CriterionRating> twice = List.of(new CriterionRating(FiveCCriterion.CHARACTER, 1, ""),
        new CriterionRating(FiveCCriterion.CHARACTER, 2, ""));
    assertThatThrownBy(() -> FiveCEvaluation.evaluate(twice, FiveCConfig.ofDefaults()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("ratings must rate each criterion once, but CHARACTER repeats");
    assertThatThrownBy(() -> new FiveCEvaluation(List.of(), 101, CreditGrade.AAA, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("total must be in [0, 100], but was 101.0");
  }

  @Property
  void evaluate_anyRatings_totalIsSumOfContributionsWithin0And100(@ForAll @DoubleRange(min = 0, max = 10) double a,
      @ForAll @DoubleRange(min = 0, max = 10) double b, @ForAll @DoubleRange(min = 0, max = 10) double c,
      @ForAll @DoubleRange(min = 0, max = 10) double d, @ForAll @DoubleRange(min = 0, max = 10) double e) {
    FiveCEvaluation ev = FiveCEvaluation.evaluate(ratings(a, b, c, d, e), FiveCConfig.ofDefaults());
    double sum = ev.contributions().stream().mapToDouble(FiveCEvaluation.Contribution::points).sum();
    assertThat(ev.total()).isBetween(0.0, 100.0).isCloseTo(sum, within(1e-9));
    assertThat(ev.grade()).isEqualTo(GradeBands.ofDefaults().gradeOf(ev.total()));
  }
}
