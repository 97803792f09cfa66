package io.crm4j.core.loyalty;

import io.crm4j.core.money.Money;
import io.crm4j.core.outcome.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The mutable working copy behind one {@link PointsAccount} operation: appends ledger lines and
 * keeps the lots and the balance in step with them. Invariant after every method: a balance of zero
 * or more equals the sum of the lots; a negative balance has no lots.
 */
final class LedgerWork {

  /** Lots are used in this order: soonest fixed expiry first, then oldest accrual. */
  private static final Comparator<PointsLot> USE_ORDER = Comparator
      .comparing(PointsLot::expiresAt, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparingLong(PointsLot::accrualSeq);

  private final PointsAccount base;
  private final PointsProgramme p;
  private final int before;
  private final List<LedgerEntry> added = new ArrayList<>();
  private final List<PointsLot> lots;
  private final List<LoyaltyEvent> events = new ArrayList<>();
  private long balance;
  private @Nullable Instant lastActivityAt;
  private @Nullable Money cumulativeSpend;
  private @Nullable Instant clubSince;

  LedgerWork(PointsAccount base, PointsProgramme p) {
    this.base = base;
    this.p = p;
    this.before = base.entries().size();
    this.lots = new ArrayList<>(base.lots());
    this.balance = base.balance();
    this.lastActivityAt = base.lastActivityAt();
    this.cumulativeSpend = base.cumulativeSpend();
    this.clubSince = base.clubSince();
  }

  boolean changed() {
    return !added.isEmpty() || !events.isEmpty()
        || !Objects.equals(cumulativeSpend, base.cumulativeSpend());
  }

  long lotTotal() {
    return lots.stream().mapToLong(PointsLot::remaining).sum();
  }

  long available(Instant at) {
    return balance < 0 ? 0 : lots.stream().filter(l -> l.availableOn(at)).mapToLong(PointsLot::remaining).sum();
  }

  /** Books every expiry due at or before {@code at}, each at its own instant. */
  void expireDue(Instant at) {
    if (p.expiry() instanceof ExpiryPolicy.AfterInactivity inactive) {
      if (lastActivityAt != null && !lots.isEmpty()) {
        Instant due = lastActivityAt.plus(Duration.ofDays(inactive.days()));
        if (!due.isAfter(at)) {
          for (PointsLot l : List.copyOf(lots)) {
            append(LedgerEntry.Type.EXPIRY, -l.remaining(), "no activity for " + inactive.days() + " days", due,
                null, null, l.accrualSeq());
          }
          lots.clear();
        }
      }
      return;
    }
    List<PointsLot> due = new ArrayList<>();
    for (PointsLot l : lots) {
      if (l.expiresAt() != null && !l.expiresAt().isAfter(at)) {
        due.add(l);
      }
    }
    due.sort(Comparator.comparing(PointsLot::expiresAt).thenComparingLong(PointsLot::accrualSeq));
    for (PointsLot l : due) {
      lots.remove(l);
      append(LedgerEntry.Type.EXPIRY, -l.remaining(), "expired", l.expiresAt(), null, null, l.accrualSeq());
    }
  }

  void accrue(long points, String reference, Instant at) {
    Instant availableAt = at.plus(Duration.ofDays(p.pendingDays()));
    Instant expiresAt = p.expiry().expiryOf(at, p.zone());
    LedgerEntry e = append(LedgerEntry.Type.ACCRUAL, points, reference, at, availableAt, expiresAt, null);
    long kept = balance - points < 0 ? Math.max(0, balance) : points;
    if (kept > 0) {
      lots.add(new PointsLot(e.seq(), kept, availableAt, expiresAt));
    }
    lastActivityAt = at;
  }

  /** Whether {@code spend} counts towards cumulative spend: more than zero, in the programme's spend currency. */
  boolean countsAsSpend(Money spend) {
    Currency currency = p.spendCurrency()
        .orElse(cumulativeSpend == null ? spend.currency() : cumulativeSpend.currency());
    return spend.isPositive() && spend.currency().equals(currency);
  }

  /** Adds spend that {@link #countsAsSpend counts}, joining the club at the threshold. */
  void addSpend(Money spend, Instant at) {
    assert countsAsSpend(spend);
    cumulativeSpend = cumulativeSpend == null ? spend : cumulativeSpend.plus(spend);
    Money threshold = p.clubThreshold().orElse(null);
    if (clubSince == null && threshold != null && cumulativeSpend.compareTo(threshold) >= 0) {
      clubSince = at;
      events.add(new LoyaltyEvent.ClubJoined(base.customerId(), base.programme(), at));
    }
  }

  /**
   * Takes refunded spend that {@link #countsAsSpend counts} back off cumulative spend (never below
   * zero), leaving the club when the spend falls below the threshold.
   */
  void removeSpend(Money refunded, Instant at) {
    assert countsAsSpend(refunded);
    if (cumulativeSpend == null) {
      return;
    }
    Money left = cumulativeSpend.minus(refunded);
    cumulativeSpend = left.isNegative() ? Money.zero(left.currency()) : left;
    Money threshold = p.clubThreshold().orElse(null);
    if (clubSince != null && threshold != null && cumulativeSpend.compareTo(threshold) < 0) {
      clubSince = null;
      events.add(new LoyaltyEvent.ClubLeft(base.customerId(), base.programme(), at));
    }
  }

  void redeem(long points, String reference, Instant at) {
    long left = take(points, null, at, false);
    if (left > 0) {
      left = take(left, null, at, true);
    }
    append(LedgerEntry.Type.REDEMPTION, -points, reference, at, null, null, null);
    assert left == 0 || p.allowNegative();
    lastActivityAt = at;
  }

  void reverse(long accrualSeq, long points, String reference, Instant at) {
    long left = take(points, accrualSeq, at, true);
    left = take(left, null, at, false);
    take(left, null, at, true);
    append(LedgerEntry.Type.REVERSAL, -points, reference, at, null, null, accrualSeq);
  }

  void forfeit(String reason, Instant at) {
    long held = lotTotal();
    lots.clear();
    append(LedgerEntry.Type.FORFEIT, -held, reason, at, null, null, null);
  }

  /**
   * Takes up to {@code points} from the lots: only lot {@code onlySeq} when given, else available
   * lots (or pending ones when {@code pending}) in use order. Returns what could not be taken.
   */
  private long take(long points, @Nullable Long onlySeq, Instant at, boolean pending) {
    List<PointsLot> order = new ArrayList<>(lots);
    order.sort(USE_ORDER);
    long left = points;
    for (PointsLot l : order) {
      if (left == 0) {
        break;
      }
      boolean eligible = onlySeq != null ? l.accrualSeq() == onlySeq : l.availableOn(at) != pending;
      if (!eligible) {
        continue;
      }
      long used = Math.min(left, l.remaining());
      int index = lots.indexOf(l);
      if (used == l.remaining()) {
        lots.remove(index);
      } else {
        lots.set(index, l.withRemaining(l.remaining() - used));
      }
      left -= used;
    }
    return left;
  }

  private LedgerEntry append(LedgerEntry.Type type, long points, String reference, Instant at,
      @Nullable Instant availableAt, @Nullable Instant expiresAt, @Nullable Long relatesTo) {
    LedgerEntry e = new LedgerEntry(before + added.size() + 1L, at, type, points, reference, availableAt,
        expiresAt, relatesTo);
    added.add(e);
    long sum = balance + points;
    if (((balance ^ sum) & (points ^ sum)) < 0) {
      throw new IllegalArgumentException("points must keep the balance within a long, but " + balance + " + " + points
          + " overflows");
    }
    balance = sum;
    events.add(new LoyaltyEvent.PointsPosted(base.customerId(), base.programme(), e, balance, at));
    return e;
  }

  Outcome<PointsAccount> done() {
    LedgerLines entries = ((LedgerLines) base.entries()).plus(added);
    PointsAccount next = new PointsAccount(base.customerId(), base.version(), base.programme(), entries, lots, balance,
        lastActivityAt, cumulativeSpend, clubSince);
    return Outcome.applied(next, events);
  }
}
