package io.crm4j.examples.docs;

import io.crm4j.core.credit.CreditAccount;
import io.crm4j.core.credit.CreditAccountId;
import io.crm4j.core.credit.CreditCheck;
import io.crm4j.core.credit.CreditCheckConfig;
import io.crm4j.core.credit.CreditCheckReport;
import io.crm4j.core.credit.CreditCheckType;
import io.crm4j.core.credit.CreditDocument;
import io.crm4j.core.credit.CreditGrade;
import io.crm4j.core.credit.CreditSegment;
import io.crm4j.core.credit.FailedCheck;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.scoring.credit.GradeBands;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** docs/concepts/credit.md: stricter grade bands and an order-time credit check configured to match. */
public final class CreditConfigExample {

  private CreditConfigExample() {}

  /** The grade of a total of 72 under the custom bands, and the checks an order failed. */
  public record Result(CreditGrade gradeOf72, List<CreditCheckType> failed) {}

  public static Result run(Instant at) {
    LocalDate today = at.atZone(ZoneOffset.UTC).toLocalDate();
    // snippet-start
    GradeBands bands = GradeBands.from(GradeBands.ofDefaults())
        .threshold(CreditGrade.A, 75)                    // A above 75 (preset above 70)
        .lowestWithCredit(CreditGrade.BBB)               // trade credit down to BBB (preset B)
        .build();
    CreditGrade gradeOf72 = bands.gradeOf(72);           // BBB

    CreditCheckConfig checks = CreditCheckConfig.custom()
        .maxDocumentValue(Money.of("50000", "CNY"))      // no single order above CNY 50,000
        .maxDaysOverdue(15)                              // preset 30
        .refusedGrades(bands.gradesWithoutCredit())      // enables the grade check: BB and below
        .build();
    CustomerId customer = CustomerId.of("C-1");
    CreditCheck check = CreditCheck.of(checks, id -> Optional.of(bands.gradeOf(55)));    // this customer: BB
    CreditSegment retail = CreditSegment.of("retail");
    CreditAccount account = CreditAccount.open(CreditAccountId.of("A-1"), customer, at)
        .setLimit(retail, Money.of("100000", "CNY"), at).value();

    Outcome<CreditCheckReport> order = check.check(account,
        new CreditDocument("SO-1", retail, Money.of("60000", "CNY"), today), List.of(), today);
    List<CreditCheckType> failed = order.rejection()                 // a returned outcome, not an exception
        .flatMap(r -> r.detail(CreditCheckReport.class))
        .map(report -> report.failures().stream().map(FailedCheck::check).toList())
        .orElse(List.of());                                           // MAX_DOCUMENT_VALUE, GRADE
    // snippet-end
    return new Result(gradeOf72, failed);
  }
}
