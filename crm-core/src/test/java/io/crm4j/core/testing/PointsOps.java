package io.crm4j.core.testing;

import io.crm4j.core.loyalty.LedgerEntry;
import io.crm4j.core.loyalty.PointsAccount;
import io.crm4j.core.loyalty.PointsProgramme;
import io.crm4j.core.outcome.Outcome;
import java.time.Instant;
import java.util.List;

/** One random operation on a points account, for the ledger properties (in memory and on the stores). */
public final class PointsOps {

  private PointsOps() {}

  /**
   * Applies operation {@code kind}: 0 and 1 accrue, 2 redeems, 3 reverses part of the accrual at
   * {@code pick} (0 to 1) of the accruals (or expires when there is nothing to reverse), 4 expires,
   * any other forfeits everything.
   */
  public static Outcome<PointsAccount> apply(PointsAccount a, PointsProgramme p, int kind, long points, double pick,
      Instant at) {
    switch (kind) {
      case 0, 1:
        return a.accrue(p, points, "order", at);
      case 2:
        return a.redeem(p, points, "reward", at);
      case 3: {
        List<LedgerEntry> accruals = a.entries().stream().filter(e -> e.type() == LedgerEntry.Type.ACCRUAL).toList();
        if (accruals.isEmpty()) {
          return a.expire(p, at);
        }
        LedgerEntry target = accruals.get((int) (pick * accruals.size()));
        long reversible = target.points() + a.entries().stream()
            .filter(e -> e.type() == LedgerEntry.Type.REVERSAL && target.seq() == e.relatesTo())
            .mapToLong(LedgerEntry::points).sum();
        return reversible == 0 ? a.expire(p, at) : a.reverse(p, target.seq(), Math.min(points, reversible), "return", at);
      }
      case 4:
        return a.expire(p, at);
      default:
        return a.forfeitAll(p, "rule", at);
    }
  }
}
