package io.crm4j.scoring.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.credit.CreditAccount;
import io.crm4j.core.credit.CreditAccountId;
import io.crm4j.core.credit.CreditCheck;
import io.crm4j.core.credit.CreditCheckConfig;
import io.crm4j.core.credit.CreditCheckReport;
import io.crm4j.core.credit.CreditCheckType;
import io.crm4j.core.credit.CreditDocument;
import io.crm4j.core.credit.CreditGrade;
import io.crm4j.core.credit.CreditGradeLookup;
import io.crm4j.core.credit.CreditSegment;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.outcome.ReasonCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CreditGradesTest {

  static final CustomerId WEAK = CustomerId.of("weak");
  static final CustomerId STRONG = CustomerId.of("strong");

  @Test
  void lookup_givesTheGrade() {
    CreditGradeLookup lookup = CreditGrades.lookup(Map.of(WEAK, CreditGrade.CCC));
    assertThat(lookup.gradeOf(WEAK)).contains(CreditGrade.CCC);
    assertThat(lookup.gradeOf(STRONG)).isEmpty();
  }

  @Test
  void fromEvaluations_feedsCoreGradeCheck() {
    // 5C all rated 3 of 10 -> total 30 -> CC (no trade credit); all rated 9 -> 90 -> AA.
    FiveCEvaluation weak = FiveCEvaluation.evaluate(FiveCEvaluationTest.ratings(3, 3, 3, 3, 3), FiveCConfig.ofDefaults());
    FiveCEvaluation strong = FiveCEvaluation.evaluate(FiveCEvaluationTest.ratings(9, 9, 9, 9, 9), FiveCConfig.ofDefaults());
    CreditGradeLookup lookup = CreditGrades.fromEvaluations(Map.of(WEAK, weak, STRONG, strong));
    CreditCheckConfig config = CreditCheckConfig.custom()
        .refusedGrades(GradeBands.ofDefaults().gradesWithoutCredit()).build();
    CreditCheck check = CreditCheck.of(config, lookup);
    Instant t = Instant.parse("2026-11-23T00:00:00Z");
    CreditSegment s = CreditSegment.of("sales");
    CreditDocument order = new CreditDocument("SO-1", s, Money.of("10", "EUR"), LocalDate.of(2026, 11, 24));
    CreditAccount weakAccount = CreditAccount.open(CreditAccountId.of("a1"), WEAK, t)
        .setLimit(s, Money.of("1000", "EUR"), t).value();
    CreditAccount strongAccount = CreditAccount.open(CreditAccountId.of("a2"), STRONG, t)
        .setLimit(s, Money.of("1000", "EUR"), t).value();
    Outcome<CreditCheckReport> outcome = check.check(weakAccount, order, List.of(), LocalDate.of(2026, 11, 23));
    assertThat(outcome.rejection().orElseThrow().code()).isEqualTo(ReasonCode.CREDIT_CHECK_FAILED);
    CreditCheckReport refused = outcome.rejection().orElseThrow().detail(CreditCheckReport.class).orElseThrow();
    assertThat(refused.failures()).extracting(f -> f.check()).containsExactly(CreditCheckType.GRADE);
    assertThat(refused.failures().get(0).reason()).isEqualTo("grade CC gets no trade credit");
    assertThat(check.check(strongAccount, order, List.of(), LocalDate.of(2026, 11, 23)).applied()).isTrue();
  }

  @Test
  void lookup_nulls_throw() {
    assertThatThrownBy(() -> CreditGrades.lookup(null)).isInstanceOf(NullPointerException.class).hasMessage("grades");
    assertThatThrownBy(() -> CreditGrades.fromEvaluations(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("evaluations");
  }
}
