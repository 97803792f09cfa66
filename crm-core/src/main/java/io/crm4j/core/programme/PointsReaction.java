package io.crm4j.core.programme;

import io.crm4j.core.activity.Activity;
import io.crm4j.core.activity.Payment;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.activity.Refund;
import io.crm4j.core.loyalty.AccrualBasis;
import io.crm4j.core.loyalty.LedgerEntry;
import io.crm4j.core.loyalty.PointsAccount;
import io.crm4j.core.loyalty.PointsProgramme;
import io.crm4j.core.money.Money;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.outcome.ReasonCode;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A points programme's reaction to one recorded activity (see {@link Programmes.Earning}). */
final class PointsReaction {

  private final PointsProgramme programme;
  private final Programmes.Earning earning;
  private final @Nullable CurrencyConversion conversion;

  PointsReaction(PointsProgramme programme, Programmes.Earning earning, @Nullable CurrencyConversion conversion) {
    this.programme = programme;
    this.earning = earning;
    this.conversion = conversion;
  }

  PointsProgramme programme() {
    return programme;
  }

  /** Whether {@code a} can change a points account at all. */
  boolean reactsTo(Activity a) {
    return earning == Programmes.Earning.PURCHASES ? a instanceof Purchase || a instanceof Refund
        : a instanceof Payment p && p.dueDate() != null;
  }

  /**
   * The account's change for {@code a} (which {@link #reactsTo}), booked at {@code a}'s time or, when
   * the ledger already holds a later line, at that line's time.
   *
   * @param refundedBefore for a refund: the purchase and what earlier refunds took back of it
   */
  Outcome<PointsAccount> apply(PointsAccount account, Activity a, @Nullable RefundedPurchase refundedBefore) {
    Instant at = a.at();
    List<LedgerEntry> entries = account.entries();
    if (!entries.isEmpty() && at.isBefore(entries.get(entries.size() - 1).at())) {
      at = entries.get(entries.size() - 1).at();
    }
    String reference = a.id().value();
    if (a instanceof Purchase p) {
      return account.accrue(programme, AccrualBasis.purchase(converted(p.amount(), p.at()), at, reference));
    }
    if (a instanceof Payment p) {
      boolean onTime = !p.at().atZone(programme.zone()).toLocalDate().isAfter(p.dueDate());
      return account.settleBill(programme, converted(p.amount(), p.at()), onTime, reference, at);
    }
    Refund r = (Refund) a;
    assert refundedBefore != null;
    Purchase purchase = refundedBefore.purchase();
    Money before = converted(refundedBefore.amount(), purchase.at());
    Money after = converted(refundedBefore.amount().plus(r.amount()), purchase.at());
    if (!after.isGreaterThan(before)) {
      return Outcome.rejected(ReasonCode.NO_CHANGE, "the refund " + reference + " converts to nothing");
    }
    AccrualBasis basis = AccrualBasis.purchase(converted(purchase.amount(), purchase.at()), purchase.at(),
        purchase.id().value());
    return account.refund(programme, basis, before, after.minus(before), reference, at);
  }

  /** {@code amount} in the programme's spend currency when a conversion is configured, else unchanged. */
  private Money converted(Money amount, Instant at) {
    Currency target = programme.spendCurrency().orElse(null);
    if (conversion == null || target == null || amount.currency().equals(target)) {
      return amount;
    }
    Money out = conversion.convert(amount, target, at);
    if (out == null || !out.currency().equals(target) || out.isNegative()) {
      throw new IllegalStateException("conversion must return an amount >= 0 in " + target + ", but returned "
          + out);
    }
    return out;
  }

  /** A purchase and what refunds recorded before took back of it. */
  record RefundedPurchase(Purchase purchase, Money amount) {}
}
