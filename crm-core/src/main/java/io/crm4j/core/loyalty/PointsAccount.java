package io.crm4j.core.loyalty;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.internal.Checks;
import io.crm4j.core.money.Money;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.outcome.ReasonCode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A member's points account: the append-only ledger, the lots of points not yet used, and the
 * running balance (always the sum of the ledger). Every operation first books the expiries due by
 * its time, then appends its own lines; operations must come in time order. Redemptions use the
 * lots that expire first. The balance never goes below zero unless the programme allows it; a
 * change that would break that is an {@link Outcome.Rejected} ({@link ReasonCode#INSUFFICIENT_POINTS}).
 *
 * <p>An account read from a store holds its ledger's last line and reads the others from the store
 * only when one is needed (by {@link #entries()}, a reversal, a refund or the qualifying points), so
 * that accruals, redemptions and expiries cost the same however long the ledger is.
 *
 * <p>Immutable and thread-safe.
 *
 * @param customerId the member
 * @param version the stored version
 * @param programme the programme's name
 * @param entries the ledger, oldest first, numbered from 1 and in time order (unmodifiable)
 * @param lots the accruals not yet used up, in accrual order (empty while the balance is negative)
 * @param balance the sum of every ledger line's points
 * @param lastActivityAt the last accrual or redemption, if any
 * @param cumulativeSpend spend accrued on so far, if any
 * @param clubSince when cumulative spend reached the club threshold, if it did
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PointsAccount(CustomerId customerId, long version, String programme, List<LedgerEntry> entries,
    List<PointsLot> lots, long balance, @Nullable Instant lastActivityAt, @Nullable Money cumulativeSpend,
    @Nullable Instant clubSince) {

  /** The reference prefix of the tenure lines booked by {@link #settleBill(PointsProgramme, Money, boolean, LocalDate, String, Instant)}. */
  public static final String TENURE_REFERENCE = "tenure: ";

  public PointsAccount {
    Objects.requireNonNull(customerId, "customerId");
    Checks.nonNegative(version, "version");
    Checks.notBlank(programme, "programme");
    entries = Objects.requireNonNull(entries, "entries") instanceof LedgerLines ledger ? ledger
        : LedgerLines.of(entries);
    lots = List.copyOf(Objects.requireNonNull(lots, "lots"));
  }

  /** A new, empty account (version 0). */
  public static PointsAccount open(CustomerId customerId, PointsProgramme programme) {
    Objects.requireNonNull(programme, "programme");
    return new PointsAccount(customerId, 0, programme.name(), List.of(), List.of(), 0, null, null, null);
  }

  public PointsAccount withVersion(long newVersion) {
    return new PointsAccount(customerId, newVersion, programme, entries, lots, balance, lastActivityAt,
        cumulativeSpend, clubSince);
  }

  /** Points that may be redeemed at {@code at}: not pending, not expired by then. */
  public long available(Instant at) {
    Objects.requireNonNull(at, "at");
    if (balance < 0) {
      return 0;
    }
    long sum = 0;
    for (PointsLot l : lots) {
      if (l.availableOn(at) && (l.expiresAt() == null || l.expiresAt().isAfter(at))) {
        sum += l.remaining();
      }
    }
    return sum;
  }

  /** Points accrued at {@code at} or earlier that are still locked at {@code at}. */
  public long pending(Instant at) {
    Objects.requireNonNull(at, "at");
    return lots.stream().filter(l -> !l.availableOn(at)).mapToLong(PointsLot::remaining).sum();
  }

  /** Qualifying points in {@code [from, to)}: accruals less reversals booked in that span. */
  public long qualifyingPoints(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    long sum = 0;
    for (LedgerEntry e : entries) {
      if (!e.at().isBefore(from) && e.at().isBefore(to)
          && (e.type() == LedgerEntry.Type.ACCRUAL || e.type() == LedgerEntry.Type.REVERSAL)) {
        sum += e.points();
      }
    }
    return sum;
  }

  /** Whether the member belongs to the programme's club at {@code at}. */
  public boolean clubMemberOn(Instant at) {
    return clubSince != null && !clubSince.isAfter(at);
  }

  /** Accrues {@code points} (more than zero) for {@code reference}. */
  public Outcome<PointsAccount> accrue(PointsProgramme p, long points, String reference, Instant at) {
    if (points <= 0) {
      throw new IllegalArgumentException("points must be > 0, but was " + points);
    }
    LedgerWork w = start(p, at);
    w.accrue(points, reference, at);
    return w.done();
  }

  /**
   * Accrues what {@code basis} earns under the programme's rules and campaigns, adds its spend to the
   * cumulative spend (joining the club at the threshold). Spend in a currency other than the
   * programme's {@link PointsProgramme#spendCurrency() spend currency} earns nothing and leaves the
   * cumulative spend alone. Rejected when the basis earns no points and moves no club threshold.
   */
  public Outcome<PointsAccount> accrue(PointsProgramme p, AccrualBasis basis) {
    Objects.requireNonNull(basis, "basis");
    LedgerWork w = start(p, basis.at());
    long points = p.pointsFor(basis);
    boolean spent = basis.spend() != null && w.countsAsSpend(basis.spend());
    if (points == 0 && !spent) {
      return Outcome.rejected(ReasonCode.NO_CHANGE, "the basis " + basis.reference() + " earns no points");
    }
    if (points > 0) {
      w.accrue(points, basis.reference(), basis.at());
    }
    if (spent) {
      w.addSpend(basis.spend(), basis.at());
    }
    return w.done();
  }

  /**
   * Takes back what a refund of {@code refunded} removes from the purchase {@code purchase} once
   * {@code refundedBefore} had already been refunded of it: the points its accrual line (the one
   * whose reference is {@code purchase.reference()}) holds beyond what the purchase's remaining
   * amount earns under the programme today, and the refunded spend off the cumulative spend
   * (leaving the club below its threshold). When the programme forbids a negative balance, at most
   * the points held are taken back. Rejected when nothing changes (e.g. the purchase earned nothing).
   *
   * @param purchase the refunded purchase's basis (its full amount and its time)
   * @param refundedBefore what earlier refunds took back of the purchase, in its currency
   * @param refunded this refund, more than zero, in the purchase's currency
   * @throws IllegalArgumentException if the purchase has no spend, or the refunds exceed it or are in another currency
   */
  public Outcome<PointsAccount> refund(PointsProgramme p, AccrualBasis purchase, Money refundedBefore,
      Money refunded, String reference, Instant at) {
    Objects.requireNonNull(purchase, "purchase");
    Objects.requireNonNull(refundedBefore, "refundedBefore");
    Objects.requireNonNull(refunded, "refunded");
    Checks.notBlank(reference, "reference");
    Money spend = purchase.spend();
    if (spend == null) {
      throw new IllegalArgumentException("purchase must have a spend, but " + purchase.reference() + " had none");
    }
    Money left = spend.minus(refundedBefore).minus(refunded);
    if (!refunded.isPositive() || refundedBefore.isNegative() || left.isNegative()) {
      throw new IllegalArgumentException("refunds must be > 0 and add up to at most the purchase's " + spend
          + ", but were " + refundedBefore + " before and " + refunded + " now");
    }
    LedgerWork w = start(p, at);
    long take = 0;
    Long accrualSeq = null;
    for (LedgerEntry e : entries) {
      if (e.type() == LedgerEntry.Type.ACCRUAL && e.reference().equals(purchase.reference())) {
        accrualSeq = e.seq();
        take = e.points();
      }
    }
    if (accrualSeq != null) {
      for (LedgerEntry e : entries) {
        if (e.type() == LedgerEntry.Type.REVERSAL && accrualSeq.equals(e.relatesTo())) {
          take += e.points();
        }
      }
      long keep = left.isPositive()
          ? p.pointsFor(new AccrualBasis(left, purchase.tenureMonths(), purchase.at(), purchase.reference())) : 0;
      take = Math.max(0, take - keep);
      if (!p.allowNegative()) {
        take = Math.min(take, w.lotTotal());
      }
    }
    if (take > 0) {
      w.reverse(accrualSeq, take, reference, at);
    }
    if (w.countsAsSpend(refunded)) {
      w.removeSpend(refunded, at);
    }
    return w.changed() || take > 0 ? w.done() : Outcome.rejected(ReasonCode.NO_CHANGE, "the refund " + reference
        + " takes back nothing");
  }

  /**
   * Settles a monthly bill counting one month of tenure per paid bill: paid on time, it accrues
   * like {@link AccrualBasis#monthlyBill}; not paid on time, every point is forfeited and the month
   * earns nothing. When the subscriber's activation date is known, prefer
   * {@link #settleBill(PointsProgramme, Money, boolean, LocalDate, String, Instant)}, which counts
   * tenure (网龄) as months in the network since activation.
   */
  public Outcome<PointsAccount> settleBill(PointsProgramme p, Money amount, boolean paidOnTime,
      String reference, Instant at) {
    Objects.requireNonNull(amount, "amount");
    if (paidOnTime) {
      return accrue(p, AccrualBasis.monthlyBill(amount, at, reference));
    }
    return forfeitAll(p, "bill " + reference + " not paid on time", at);
  }

  /**
   * Settles a monthly bill under a telecom-style programme with tenure (网龄) counted from the
   * subscriber's activation date, not per bill. Paid on time, it accrues the whole months in the
   * network from {@code activatedOn} to {@code at} (in the programme's zone) that no earlier bill
   * credited, as one line with the reference {@code "tenure: N months in the network"}, then the
   * bill's spend as a second line (like {@link AccrualBasis#purchase}); a subscriber activated
   * years before joining the programme is credited those years on the first bill. Not paid on
   * time, every point is forfeited and nothing is credited; arrears do not reset the network age,
   * so the next paid bill credits the months since the last credited one.
   *
   * @throws IllegalArgumentException if {@code activatedOn} is after {@code at}'s date
   */
  public Outcome<PointsAccount> settleBill(PointsProgramme p, Money amount, boolean paidOnTime,
      LocalDate activatedOn, String reference, Instant at) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(activatedOn, "activatedOn");
    Checks.notBlank(reference, "reference");
    Objects.requireNonNull(p, "p");
    Objects.requireNonNull(at, "at");
    LocalDate day = at.atZone(p.zone()).toLocalDate();
    if (activatedOn.isAfter(day)) {
      throw new IllegalArgumentException("activatedOn must not be after the bill's date " + day + ", but was "
          + activatedOn);
    }
    if (!paidOnTime) {
      return forfeitAll(p, "bill " + reference + " not paid on time", at);
    }
    long months = ChronoUnit.MONTHS.between(activatedOn, day);
    long credited = 0;
    for (int i = entries.size() - 1; i >= 0; i--) {
      LedgerEntry e = entries.get(i);
      if (e.type() == LedgerEntry.Type.ACCRUAL && e.reference().startsWith(TENURE_REFERENCE)) {
        credited = ChronoUnit.MONTHS.between(activatedOn, e.at().atZone(p.zone()).toLocalDate());
        break;
      }
    }
    String tenureReference = TENURE_REFERENCE + months + " months in the network";
    long tenurePoints = months > credited
        ? p.pointsFor(new AccrualBasis(null, Math.toIntExact(months - credited), at, tenureReference)) : 0;
    long spendPoints = p.pointsFor(AccrualBasis.purchase(amount, at, reference));
    if (tenurePoints == 0 && spendPoints == 0 && !amount.isPositive()) {
      return Outcome.rejected(ReasonCode.NO_CHANGE, "the bill " + reference + " earns no points");
    }
    LedgerWork w = start(p, at);
    if (tenurePoints > 0) {
      w.accrue(tenurePoints, tenureReference, at);
    }
    if (spendPoints > 0) {
      w.accrue(spendPoints, reference, at);
    }
    if (amount.isPositive()) {
      w.addSpend(amount, at);
    }
    return w.done();
  }

  /** Redeems {@code points} (more than zero); rejected when fewer are available and the programme forbids a negative balance. */
  public Outcome<PointsAccount> redeem(PointsProgramme p, long points, String reference, Instant at) {
    if (points <= 0) {
      throw new IllegalArgumentException("points must be > 0, but was " + points);
    }
    LedgerWork w = start(p, at);
    long available = w.available(at);
    if (points > available && !p.allowNegative()) {
      return Outcome.rejected(ReasonCode.INSUFFICIENT_POINTS, "redeeming " + points + " needs that many available points, but "
          + available + " are available");
    }
    w.redeem(points, reference, at);
    return w.done();
  }

  /**
   * Takes back {@code points} of accrual line {@code accrualSeq} because the purchase was returned:
   * from that accrual's lot first, then from the others. Rejected when the balance cannot cover it
   * and the programme forbids a negative balance.
   *
   * @throws IllegalArgumentException if the line is not an accrual, or fewer points remain reversible
   */
  public Outcome<PointsAccount> reverse(PointsProgramme p, long accrualSeq, long points, String reference,
      Instant at) {
    if (points <= 0) {
      throw new IllegalArgumentException("points must be > 0, but was " + points);
    }
    if (accrualSeq < 1 || accrualSeq > entries.size()
        || entries.get((int) accrualSeq - 1).type() != LedgerEntry.Type.ACCRUAL) {
      throw new IllegalArgumentException("accrualSeq must name an accrual line of this ledger, but was " + accrualSeq);
    }
    long reversible = entries.get((int) accrualSeq - 1).points();
    for (LedgerEntry e : entries) {
      if (e.type() == LedgerEntry.Type.REVERSAL && Objects.equals(e.relatesTo(), accrualSeq)) {
        reversible += e.points();
      }
    }
    if (points > reversible) {
      throw new IllegalArgumentException("points must be <= " + reversible + " still reversible on line "
          + accrualSeq + ", but was " + points);
    }
    LedgerWork w = start(p, at);
    if (points > w.lotTotal() && !p.allowNegative()) {
      return Outcome.rejected(ReasonCode.INSUFFICIENT_POINTS, "reversing " + points + " would take the balance below zero: "
          + w.lotTotal() + " points are held");
    }
    w.reverse(accrualSeq, points, reference, at);
    return w.done();
  }

  /** Books the expiries due by {@code at}; rejected when nothing is due. */
  public Outcome<PointsAccount> expire(PointsProgramme p, Instant at) {
    LedgerWork w = start(p, at);
    if (!w.changed()) {
      return Outcome.rejected(ReasonCode.NO_CHANGE, "no points are due to expire by " + at);
    }
    return w.done();
  }

  /** Forfeits every point held (pending ones too); rejected when nothing is held. */
  public Outcome<PointsAccount> forfeitAll(PointsProgramme p, String reason, Instant at) {
    Checks.notBlank(reason, "reason");
    LedgerWork w = start(p, at);
    if (w.lotTotal() == 0) {
      return w.changed() ? w.done() : Outcome.rejected(ReasonCode.NO_CHANGE, "no points to forfeit");
    }
    w.forfeit(reason, at);
    return w.done();
  }

  private LedgerWork start(PointsProgramme p, Instant at) {
    Objects.requireNonNull(p, "p");
    Objects.requireNonNull(at, "at");
    if (!p.name().equals(programme)) {
      throw new IllegalArgumentException("programme must be '" + programme + "', but was '" + p.name() + "'");
    }
    if (!entries.isEmpty() && at.isBefore(entries.get(entries.size() - 1).at())) {
      throw new IllegalArgumentException("at must not be before the last ledger line at "
          + entries.get(entries.size() - 1).at() + ", but was " + at);
    }
    LedgerWork w = new LedgerWork(this, p);
    w.expireDue(at);
    return w;
  }

  /** Safe to log: ledger entries (with their references) show as counts. */
  @Override
  public String toString() {
    return "PointsAccount[customerId=" + customerId + ", version=" + version + ", programme=" + programme
        + ", balance=" + balance + ", entries=" + entries.size() + ", lots=" + lots.size() + ", lastActivityAt="
        + lastActivityAt + "]";
  }
}
