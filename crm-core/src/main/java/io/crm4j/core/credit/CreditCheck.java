package io.crm4j.core.credit;

import io.crm4j.core.money.Money;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.outcome.ReasonCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Runs the configured credit checks for a new document against an account and its open items.
 * The exposure is taken over the open items of the document's segment and currency, with the
 * dynamic horizon ending {@code horizonDays} after the check date; the document's own value always
 * counts in the static and dynamic checks. The overdue and dunning checks look at the open
 * invoices of the document's segment in any currency. A failed check is a returned rejection,
 * never thrown.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CreditCheck {

  private final CreditCheckConfig config;
  private final CreditGradeLookup grades;

  private CreditCheck(CreditCheckConfig config, CreditGradeLookup grades) {
    this.config = config;
    this.grades = grades;
  }

  /** A check with the given config and grade lookup. */
  public static CreditCheck of(CreditCheckConfig config, CreditGradeLookup grades) {
    return new CreditCheck(Objects.requireNonNull(config, "config"), Objects.requireNonNull(grades, "grades"));
  }

  /** A check with the preset config and no grades. */
  public static CreditCheck ofDefaults() {
    return of(CreditCheckConfig.ofDefaults(), CreditGradeLookup.none());
  }

  /**
   * Checks a document: applied with the {@link CreditCheckReport} when every check passes,
   * otherwise rejected with {@link ReasonCode#CREDIT_CHECK_FAILED}, a message listing the failed
   * checks and the report as the rejection's detail.
   *
   * @param account the customer's credit account
   * @param document the document to check
   * @param openItems the customer's open orders, deliveries and invoices (excluding the document)
   * @param asOf the check date
   */
  public Outcome<CreditCheckReport> check(CreditAccount account, CreditDocument document, List<? extends OpenItem> openItems,
      LocalDate asOf) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(openItems, "openItems");
    Objects.requireNonNull(asOf, "asOf");
    Exposure exposure = Exposure.of(document.segment(), document.value().currency(), openItems,
        asOf.plusDays(config.horizonDays()));
    Optional<CreditLimit> limit = account.limit(document.segment(), document.value().currency());
    List<FailedCheck> failures = new ArrayList<>();
    if (on(CreditCheckType.BLOCKED) && account.blocked()) {
      failures.add(new FailedCheck(CreditCheckType.BLOCKED, "account is blocked: " + account.blockReason()));
    }
    if (limit.isEmpty()) {
      if (on(CreditCheckType.NO_LIMIT)) {
        failures.add(new FailedCheck(CreditCheckType.NO_LIMIT, "no limit for segment " + document.segment()
            + " in " + document.value().currency()));
      }
    } else {
      Money max = limit.get().amount();
      limitCheck(failures, CreditCheckType.STATIC, "static", exposure.staticPart(), document.value(), max);
      limitCheck(failures, CreditCheckType.DYNAMIC, "dynamic", exposure.dynamicPart(), document.value(), max);
    }
    if (on(CreditCheckType.MAX_DOCUMENT_VALUE)) {
      config.maxDocumentValue(document.value().currency())
          .filter(m -> document.value().isGreaterThan(m))
          .ifPresent(m -> failures.add(new FailedCheck(CreditCheckType.MAX_DOCUMENT_VALUE,
              "document value " + document.value() + " exceeds maximum " + m)));
    }
    overdueAndDunning(failures, document, openItems, asOf);
    if (on(CreditCheckType.GRADE)) {
      grades.gradeOf(account.customerId()).filter(config.refusedGrades()::contains)
          .ifPresent(g -> failures.add(new FailedCheck(CreditCheckType.GRADE, "grade " + g + " gets no trade credit")));
    }
    CreditCheckReport report = new CreditCheckReport(document, exposure, limit.map(CreditLimit::amount).orElse(null),
        failures);
    if (report.passed()) {
      return Outcome.applied(report);
    }
    return Outcome.rejected(ReasonCode.CREDIT_CHECK_FAILED, "document " + document.documentId() + " failed "
        + failures.stream().map(f -> f.check() + " (" + f.reason() + ")").collect(Collectors.joining(", ")), report);
  }

  private void limitCheck(List<FailedCheck> failures, CreditCheckType type, String name, Money exposure,
      Money value, Money limit) {
    if (on(type) && exposure.plus(value).isGreaterThan(limit)) {
      failures.add(new FailedCheck(type, name + " exposure " + exposure + " + document " + value
          + " exceeds limit " + limit));
    }
  }

  private void overdueAndDunning(List<FailedCheck> failures, CreditDocument document,
      List<? extends OpenItem> openItems, LocalDate asOf) {
    long oldest = Long.MIN_VALUE;
    String oldestId = "";
    int dunning = -1;
    String dunningId = "";
    for (OpenItem item : openItems) {
      if (item instanceof OpenItem.OpenInvoice inv && inv.segment().equals(document.segment())) {
        long days = inv.daysPastDue(asOf);
        if (days > oldest) {
          oldest = days;
          oldestId = inv.documentId();
        }
        if (inv.dunningLevel() > dunning) {
          dunning = inv.dunningLevel();
          dunningId = inv.documentId();
        }
      }
    }
    if (on(CreditCheckType.OLDEST_OPEN_ITEM) && oldest > config.maxDaysOverdue()) {
      failures.add(new FailedCheck(CreditCheckType.OLDEST_OPEN_ITEM, "invoice " + oldestId + " is " + oldest
          + " days overdue, more than " + config.maxDaysOverdue()));
    }
    if (on(CreditCheckType.DUNNING_LEVEL) && dunning > config.maxDunningLevel()) {
      failures.add(new FailedCheck(CreditCheckType.DUNNING_LEVEL, "invoice " + dunningId + " has dunning level "
          + dunning + ", above " + config.maxDunningLevel()));
    }
  }

  private boolean on(CreditCheckType type) {
    return config.isEnabled(type);
  }
}
