package io.crm4j.core.loyalty;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.internal.Checks;
import io.crm4j.core.money.Money;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.outcome.ReasonCode;
import java.time.Instant;
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
 * <p>Immutable and thread-safe.
 *
 * @param customerId the member
 * @param version the stored version
 * @param programme the programme's name
 * @param entries the ledger, oldest first, numbered from 1
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

  public PointsAccount {
    Objects.requireNonNull(customerId, "customerId");
    Checks.nonNegative(version, "version");
    Checks.notBlank(programme, "programme");
    entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
    lots = List.copyOf(Objects.requireNonNull(lots, "lots"));
    for (int i = 0; i < entries.size(); i++) {
      LedgerEntry e = entries.get(i);
      if (e.seq() != i + 1) {
        throw new IllegalArgumentException("entries must be numbered 1, 2, ..., but line " + (i + 1) + " was "
            + e.seq());
      }
      if (i > 0 && e.at().isBefore(entries.get(i - 1).at())) {
        throw new IllegalArgumentException("entries must be in time order, but line " + e.seq() + " at " + e.at()
            + " precedes line " + (i) + " at " + entries.get(i - 1).at());
      }
    }
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
   * cumulative spend (joining the club at the threshold). Rejected when the basis earns no points
   * and moves no club threshold.
   */
  public Outcome<PointsAccount> accrue(PointsProgramme p, AccrualBasis basis) {
    Objects.requireNonNull(basis, "basis");
    LedgerWork w = start(p, basis.at());
    long points = p.pointsFor(basis);
    boolean spent = basis.spend() != null && basis.spend().isPositive();
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
   * Settles a monthly bill under a telecom-style programme: paid on time, it accrues like
   * {@link AccrualBasis#monthlyBill}; not paid on time, every point is forfeited and the month
   * earns nothing.
   */
  public Outcome<PointsAccount> settleBill(PointsProgramme p, Money amount, boolean paidOnTime,
      String reference, Instant at) {
    Objects.requireNonNull(amount, "amount");
    if (paidOnTime) {
      return accrue(p, AccrualBasis.monthlyBill(amount, at, reference));
    }
    return forfeitAll(p, "bill " + reference + " not paid on time", at);
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
}
