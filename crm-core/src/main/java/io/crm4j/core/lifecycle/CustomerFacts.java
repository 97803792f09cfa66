package io.crm4j.core.lifecycle;

import io.crm4j.core.activity.Activity;
import io.crm4j.core.activity.ActivityId;
import io.crm4j.core.activity.Interaction;
import io.crm4j.core.activity.Payment;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.activity.Referral;
import io.crm4j.core.activity.Refund;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.internal.Checks;
import io.crm4j.core.money.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What the rules know about one customer at one instant: the activity up to {@code asOf}
 * (inclusive) and signals from other areas (open complaints, unpaid balance, survey answers).
 * Windows are the {@code days} before {@code asOf}: an activity counts when
 * {@code asOf - days < at <= asOf}; a null window means all history.
 *
 * <p>Immutable and thread-safe.
 *
 * @param customerId whose facts these are
 * @param asOf the instant the facts describe
 * @param purchases purchases at or before {@code asOf}, in time order
 * @param payments payments at or before {@code asOf}, in time order
 * @param refunds returns and refunds at or before {@code asOf}, in time order; each lowers the spend of the
 *     purchase it refers to
 * @param referrals referrals at or before {@code asOf}, in time order
 * @param interactions interactions at or before {@code asOf}, in time order
 * @param openComplaints complaints still open at {@code asOf}, zero or more
 * @param owesBalance whether the customer owes an overdue balance
 * @param satisfaction the latest satisfaction answer on a 0..10 scale, if any
 * @param nps the latest "would you recommend" answer, 0..10, if any
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CustomerFacts(CustomerId customerId, Instant asOf, List<Purchase> purchases, List<Payment> payments,
    List<Refund> refunds, List<Referral> referrals, List<Interaction> interactions, int openComplaints, boolean owesBalance,
    @Nullable Double satisfaction, @Nullable Integer nps) {

  public CustomerFacts {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(asOf, "asOf");
    purchases = upTo(purchases, asOf, "purchases");
    payments = upTo(payments, asOf, "payments");
    refunds = upTo(refunds, asOf, "refunds");
    referrals = upTo(referrals, asOf, "referrals");
    interactions = upTo(interactions, asOf, "interactions");
    Checks.nonNegative(openComplaints, "openComplaints");
    if (satisfaction != null && !(satisfaction >= 0 && satisfaction <= 10)) {
      throw new IllegalArgumentException("satisfaction must be in [0, 10], but was " + satisfaction);
    }
    if (nps != null && (nps < 0 || nps > 10)) {
      throw new IllegalArgumentException("nps must be in [0, 10], but was " + nps);
    }
  }

  /** Facts without refunds (the components before refunds were added). */
  public CustomerFacts(CustomerId customerId, Instant asOf, List<Purchase> purchases, List<Payment> payments,
      List<Referral> referrals, List<Interaction> interactions, int openComplaints, boolean owesBalance,
      @Nullable Double satisfaction, @Nullable Integer nps) {
    this(customerId, asOf, purchases, payments, List.of(), referrals, interactions, openComplaints, owesBalance,
        satisfaction, nps);
  }

  /** Facts with activity only and no signals from other areas. */
  public static CustomerFacts of(CustomerId customerId, Instant asOf, List<? extends Activity> activities) {
    return of(customerId, asOf, activities, CustomerSignals.none());
  }

  /** Facts from a customer's activity (any order; entries after {@code asOf} are left out) and signals. */
  public static CustomerFacts of(CustomerId customerId, Instant asOf, List<? extends Activity> activities,
      CustomerSignals signals) {
    Objects.requireNonNull(activities, "activities");
    Objects.requireNonNull(signals, "signals");
    List<Purchase> purchases = new ArrayList<>();
    List<Payment> payments = new ArrayList<>();
    List<Refund> refunds = new ArrayList<>();
    List<Referral> referrals = new ArrayList<>();
    List<Interaction> interactions = new ArrayList<>();
    for (Activity a : activities) {
      if (a.at().isAfter(asOf)) {
        continue;
      }
      if (a instanceof Purchase p) {
        purchases.add(p);
      } else if (a instanceof Payment p) {
        payments.add(p);
      } else if (a instanceof Refund r) {
        refunds.add(r);
      } else if (a instanceof Referral r) {
        referrals.add(r);
      } else if (a instanceof Interaction i) {
        interactions.add(i);
      }
    }
    Comparator<Activity> byTime = Comparator.comparing(Activity::at);
    purchases.sort(byTime);
    payments.sort(byTime);
    refunds.sort(byTime);
    referrals.sort(byTime);
    interactions.sort(byTime);
    OptionalDouble satisfaction = signals.satisfaction(customerId, asOf);
    var nps = signals.nps(customerId, asOf);
    return new CustomerFacts(customerId, asOf, purchases, payments, refunds, referrals, interactions,
        signals.openComplaints(customerId, asOf), signals.owesBalance(customerId, asOf),
        satisfaction.isPresent() ? satisfaction.getAsDouble() : null, nps.isPresent() ? nps.getAsInt() : null);
  }

  /** When the customer last bought, if ever. */
  public Optional<Instant> lastPurchaseAt() {
    return purchases.isEmpty() ? Optional.empty() : Optional.of(purchases.get(purchases.size() - 1).at());
  }

  /** The earliest activity of any kind, if any. */
  public Optional<Instant> firstActivityAt() {
    Instant first = null;
    for (List<? extends Activity> list : List.of(purchases, payments, refunds, referrals, interactions)) {
      if (!list.isEmpty() && (first == null || list.get(0).at().isBefore(first))) {
        first = list.get(0).at();
      }
    }
    return Optional.ofNullable(first);
  }

  /** Whole days from {@code since} to {@code asOf}, never negative. */
  public long daysSince(Instant since) {
    Objects.requireNonNull(since, "since");
    return since.isAfter(asOf) ? 0 : Duration.between(since, asOf).toDays();
  }

  /** Purchases in the window. */
  public int purchaseCount(@Nullable Integer windowDays) {
    return count(purchases, windowDays);
  }

  /** Purchases strictly after {@code since}. */
  public int purchasesAfter(Instant since) {
    int n = 0;
    for (int i = purchases.size() - 1; i >= 0 && purchases.get(i).at().isAfter(since); i--) {
      n++;
    }
    return n;
  }

  /**
   * What was spent in the window, in {@code currency}: the purchases in the window less what was
   * refunded of them by {@code asOf}. Purchases in other currencies are not counted.
   */
  public Money spend(@Nullable Integer windowDays, Currency currency) {
    Objects.requireNonNull(currency, "currency");
    return windowDays == null ? spend(Instant.MIN, Instant.MAX, currency)
        : spend(asOf.minus(Duration.ofDays(windowDays)).plusNanos(1), asOf.plusNanos(1), currency);
  }

  /**
   * What was spent in {@code [from, to)}, in {@code currency}: the purchases made in that span less
   * what was refunded of each by {@code asOf}, never below zero per purchase. Purchases in other
   * currencies are not counted.
   */
  public Money spend(Instant from, Instant to, Currency currency) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(currency, "currency");
    Map<ActivityId, BigDecimal> refunded = refunds.isEmpty() ? Map.of() : refundedByPurchase();
    BigDecimal sum = BigDecimal.ZERO;
    for (Purchase p : purchases) {
      if (!p.at().isBefore(from) && p.at().isBefore(to) && p.amount().currency().equals(currency)) {
        BigDecimal net = p.amount().amount().subtract(refunded.getOrDefault(p.id(), BigDecimal.ZERO));
        sum = sum.add(net.max(BigDecimal.ZERO));
      }
    }
    return Money.of(sum, currency);
  }

  private Map<ActivityId, BigDecimal> refundedByPurchase() {
    Map<ActivityId, BigDecimal> refunded = new HashMap<>();
    for (Refund r : refunds) {
      refunded.merge(r.purchaseId(), r.amount().amount(), BigDecimal::add);
    }
    return refunded;
  }

  /** Referrals in the window. */
  public int referralCount(@Nullable Integer windowDays) {
    return count(referrals, windowDays);
  }

  /** Interactions in the window. */
  public int interactionCount(@Nullable Integer windowDays) {
    return count(interactions, windowDays);
  }

  /** Payments in the window received after the due date of the invoice they settle (UTC dates). */
  public int latePaymentCount(@Nullable Integer windowDays) {
    int n = 0;
    for (Payment p : payments) {
      if (p.dueDate() != null && inWindow(p.at(), windowDays)
          && p.at().atZone(ZoneOffset.UTC).toLocalDate().isAfter(p.dueDate())) {
        n++;
      }
    }
    return n;
  }

  private int count(List<? extends Activity> list, @Nullable Integer windowDays) {
    if (windowDays == null) {
      return list.size();
    }
    int n = 0;
    for (int i = list.size() - 1; i >= 0 && inWindow(list.get(i).at(), windowDays); i--) {
      n++;
    }
    return n;
  }

  private boolean inWindow(Instant at, @Nullable Integer windowDays) {
    return windowDays == null || at.isAfter(asOf.minus(Duration.ofDays(windowDays)));
  }

  private static <T extends Activity> List<T> upTo(List<T> list, Instant asOf, String name) {
    Objects.requireNonNull(list, name);
    for (T a : list) {
      if (a.at().isAfter(asOf)) {
        throw new IllegalArgumentException(name + " must not be after asOf " + asOf + ", but one was at " + a.at());
      }
    }
    return List.copyOf(list);
  }
}
