package io.crm4j.scoring.credit;

import io.crm4j.core.credit.CreditGrade;
import io.crm4j.core.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The common ways to set a credit limit, with the shares of a {@link LimitPolicy}. Results are
 * rounded half-even to the currency's minor unit; every input list must be in one currency.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CreditLimits {

  private CreditLimits() {}

  /** {@code netWorthShare} (preset 10 %) of the customer's net worth; a negative net worth gives 0. */
  public static Money fromNetWorth(Money netWorth, LimitPolicy policy) {
    Objects.requireNonNull(netWorth, "netWorth");
    Objects.requireNonNull(policy, "policy");
    return share(floorAtZero(netWorth), policy.netWorthShare());
  }

  /**
   * {@code workingCapitalShare} (preset 10 %) of working capital, current assets minus current
   * liabilities; negative working capital gives 0.
   */
  public static Money fromWorkingCapital(Money currentAssets, Money currentLiabilities, LimitPolicy policy) {
    Objects.requireNonNull(currentAssets, "currentAssets");
    Objects.requireNonNull(currentLiabilities, "currentLiabilities");
    Objects.requireNonNull(policy, "policy");
    return share(floorAtZero(currentAssets.minus(currentLiabilities)), policy.workingCapitalShare());
  }

  /**
   * {@code monthlySalesShare} (preset 10 %) of the average of the given monthly sales.
   *
   * @throws IllegalArgumentException if the list is empty or a month is negative
   */
  public static Money fromAverageMonthlySales(List<Money> monthlySales, LimitPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return share(average(nonNegative(monthlySales, "monthlySales")), policy.monthlySalesShare());
  }

  /**
   * The median of the limits other suppliers grant (trade references); with an even count, the
   * mean of the two middle values.
   *
   * @throws IllegalArgumentException if the list is empty or a reference is negative
   */
  public static Money medianOfTradeReferences(List<Money> references) {
    List<Money> sorted = new ArrayList<>(nonNegative(references, "references"));
    sorted.sort(Money::compareTo);
    int n = sorted.size();
    if (n % 2 == 1) {
      return sorted.get(n / 2);
    }
    return average(List.of(sorted.get(n / 2 - 1), sorted.get(n / 2)));
  }

  /**
   * The mean of limits found by several methods.
   *
   * @throws IllegalArgumentException if the list is empty or a limit is negative
   */
  public static Money averageOf(List<Money> limits) {
    return average(nonNegative(limits, "limits"));
  }

  /**
   * The limit recommended for a grade: the base limit times the grade's multiplier (preset 0 for
   * grades without trade credit).
   */
  public static Money recommended(CreditGrade grade, Money baseLimit, LimitPolicy policy) {
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(baseLimit, "baseLimit");
    Objects.requireNonNull(policy, "policy");
    if (baseLimit.isNegative()) {
      throw new IllegalArgumentException("baseLimit must be >= 0, but was " + baseLimit);
    }
    return share(baseLimit, policy.gradeMultiplier(grade));
  }

  private static Money share(Money amount, BigDecimal share) {
    return amount.multipliedBy(share, RoundingMode.HALF_EVEN);
  }

  private static Money floorAtZero(Money m) {
    return m.isNegative() ? Money.zero(m.currency()) : m;
  }

  private static List<Money> nonNegative(List<Money> amounts, String name) {
    Objects.requireNonNull(amounts, name);
    if (amounts.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    for (int i = 0; i < amounts.size(); i++) {
      Money m = Objects.requireNonNull(amounts.get(i), name + "[" + i + "]");
      if (m.isNegative()) {
        throw new IllegalArgumentException(name + " must be >= 0, but " + name + "[" + i + "] was " + m);
      }
    }
    return amounts;
  }

  private static Money average(List<Money> amounts) {
    Money sum = amounts.get(0);
    for (int i = 1; i < amounts.size(); i++) {
      sum = sum.plus(amounts.get(i));
    }
    BigDecimal mean = sum.amount().divide(BigDecimal.valueOf(amounts.size()), MathContext.DECIMAL128);
    return Money.ofRounded(mean, sum.currency());
  }
}
