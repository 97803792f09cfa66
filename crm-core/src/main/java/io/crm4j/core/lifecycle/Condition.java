package io.crm4j.core.lifecycle;

import io.crm4j.core.money.Money;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A test over a customer's {@link CustomerFacts}, used by lifecycle rules, ladder rungs and tier
 * programmes. {@code since} is when the subject entered its current state (status, phase or
 * rung), so that a rule can ask for activity "since then". Windows are in days before
 * {@code asOf}; a null window means all history.
 *
 * <p>Every implementation is an immutable, thread-safe record.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface Condition {

  /** Whether the facts satisfy this condition for a subject in its state since {@code since}. */
  boolean test(CustomerFacts facts, java.time.Instant since);

  /** No purchase for at least {@code days} days (counted from the last purchase, or from {@code since} if none). */
  record NoPurchaseFor(int days) implements Condition {
    public NoPurchaseFor {
      positive(days, "days");
    }

    @Override
    public boolean test(CustomerFacts facts, java.time.Instant since) {
      return facts.daysSince(facts.lastPurchaseAt().orElse(since)) >= days;
    }
  }

  /** At least {@code count} purchases in the window. */
  record PurchasesAtLeast(int count, @Nullable Integer windowDays) implements Condition {
    public PurchasesAtLeast {
      positive(count, "count");
      window(windowDays);
    }

    @Override
    public boolean test(CustomerFacts facts, java.time.Instant since) {
      return facts.purchaseCount(windowDays) >= count;
    }
  }

  /**
   * At least {@code count} purchases strictly after the subject entered its state. Strictly: a state
   * entered at {@code asOf} has seen no purchase yet, so rules chained on it cannot fire in the
   * same evaluation (which keeps evaluation idempotent).
   */
  record PurchasesSinceAtLeast(int count) implements Condition {
    public PurchasesSinceAtLeast {
      positive(count, "count");
    }

    @Override
    public boolean test(CustomerFacts facts, java.time.Instant since) {
      return facts.purchasesAfter(since) >= count;
    }
  }

  /** Spend of at least {@code amount} (in its currency) in the window. */
  record SpendAtLeast(Money amount, @Nullable Integer windowDays) implements Condition {
    public SpendAtLeast {
      Objects.requireNonNull(amount, "amount");
      if (amount.isNegative()) {
        throw new IllegalArgumentException("amount must be >= 0, but was " + amount);
      }
      window(windowDays);
    }

    @Override
    public boolean test(CustomerFacts facts, java.time.Instant since) {
      return facts.spend(windowDays, amount.currency()).compareTo(amount) >= 0;
    }
  }

  /** At least {@code count} referrals in the window. */
  record ReferralsAtLeast(int count, @Nullable Integer windowDays) implements Condition {
    public ReferralsAtLeast {
      positive(count, "count");
      window(windowDays);
    }

    @Override
    public boolean test(CustomerFacts facts, java.time.Instant since) {
      return facts.referralCount(windowDays) >= count;
    }
  }

  /** At least {@code count} interactions in the window. */
  record InteractionsAtLeast(int count, @Nullable Integer windowDays) implements Condition {
    public InteractionsAtLeast {
      positive(count, "count");
      window(windowDays);
    }

    @Override
    public boolean test(CustomerFacts facts, java.time.Instant since) {
      return facts.interactionCount(windowDays) >= count;
    }
  }

  /** At least {@code count} open complaints. */
  record OpenComplaintsAtLeast(int count) implements Condition {
    public OpenComplaintsAtLeast {
      positive(count, "count");
    }

    @Override
    public boolean test(CustomerFacts facts, java.time.Instant since) {
      return facts.openComplaints() >= count;
    }
  }

  /** At least {@code count} late payments in the window. */
  record LatePaymentsAtLeast(int count, @Nullable Integer windowDays) implements Condition {
    public LatePaymentsAtLeast {
      positive(count, "count");
      window(windowDays);
    }

    @Override
    public boolean test(CustomerFacts facts, java.time.Instant since) {
      return facts.latePaymentCount(windowDays) >= count;
    }
  }

  /** The customer owes an overdue balance. */
  record OwesBalance() implements Condition {
    @Override
    public boolean test(CustomerFacts facts, java.time.Instant since) {
      return facts.owesBalance();
    }
  }

  /** The latest satisfaction answer (0..10) is at least {@code minimum}. */
  record SatisfactionAtLeast(double minimum) implements Condition {
    public SatisfactionAtLeast {
      if (!(minimum >= 0 && minimum <= 10)) {
        throw new IllegalArgumentException("minimum must be in [0, 10], but was " + minimum);
      }
    }

    @Override
    public boolean test(CustomerFacts facts, java.time.Instant since) {
      return facts.satisfaction() != null && facts.satisfaction() >= minimum;
    }
  }

  /** The latest recommend answer (0..10) is at least {@code minimum}, e.g. 9 for a promoter. */
  record NpsAtLeast(int minimum) implements Condition {
    public NpsAtLeast {
      if (minimum < 0 || minimum > 10) {
        throw new IllegalArgumentException("minimum must be in [0, 10], but was " + minimum);
      }
    }

    @Override
    public boolean test(CustomerFacts facts, java.time.Instant since) {
      return facts.nps() != null && facts.nps() >= minimum;
    }
  }

  /** The subject has been in its state for at least {@code days} days. */
  record InStateAtLeast(int days) implements Condition {
    public InStateAtLeast {
      positive(days, "days");
    }

    @Override
    public boolean test(CustomerFacts facts, java.time.Instant since) {
      return facts.daysSince(since) >= days;
    }
  }

  /** Every one of {@code all} holds. */
  record AllOf(List<Condition> all) implements Condition {
    public AllOf {
      all = nonEmpty(all, "all");
    }

    @Override
    public boolean test(CustomerFacts facts, java.time.Instant since) {
      for (Condition c : all) {
        if (!c.test(facts, since)) {
          return false;
        }
      }
      return true;
    }
  }

  /** At least one of {@code any} holds. */
  record AnyOf(List<Condition> any) implements Condition {
    public AnyOf {
      any = nonEmpty(any, "any");
    }

    @Override
    public boolean test(CustomerFacts facts, java.time.Instant since) {
      for (Condition c : any) {
        if (c.test(facts, since)) {
          return true;
        }
      }
      return false;
    }
  }

  /** {@code condition} does not hold. */
  record Not(Condition condition) implements Condition {
    public Not {
      Objects.requireNonNull(condition, "condition");
    }

    @Override
    public boolean test(CustomerFacts facts, java.time.Instant since) {
      return !condition.test(facts, since);
    }
  }

  /** Both conditions hold. */
  static Condition allOf(Condition first, Condition... more) {
    Objects.requireNonNull(first, "first");
    List<Condition> all = new java.util.ArrayList<>();
    all.add(first);
    all.addAll(List.of(more));
    return new AllOf(all);
  }

  private static void positive(int value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be > 0, but was " + value);
    }
  }

  private static void window(@Nullable Integer windowDays) {
    if (windowDays != null && windowDays <= 0) {
      throw new IllegalArgumentException("windowDays must be > 0 or null for all history, but was " + windowDays);
    }
  }

  private static List<Condition> nonEmpty(List<Condition> list, String name) {
    Objects.requireNonNull(list, name);
    if (list.isEmpty()) {
      throw new IllegalArgumentException(name + " must hold at least one condition, but was empty");
    }
    return List.copyOf(list);
  }
}
