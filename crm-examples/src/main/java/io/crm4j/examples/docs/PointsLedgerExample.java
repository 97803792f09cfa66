package io.crm4j.examples.docs;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.loyalty.ExpiryPolicy;
import io.crm4j.core.loyalty.LedgerEntry;
import io.crm4j.core.loyalty.PointsAccount;
import io.crm4j.core.loyalty.PointsProgramme;
import io.crm4j.core.loyalty.PointsService;
import io.crm4j.core.store.jdbc.JdbcStore;
import java.time.Clock;
import java.util.List;

/** docs/storage.md: a long points ledger, stored as rows, read back. */
public final class PointsLedgerExample {

  private PointsLedgerExample() {}

  /** What the example read: the balance, the last line, and the whole ledger copied before the store closed. */
  public record Result(long balance, LedgerEntry last, List<LedgerEntry> ledger) {}

  /** Books {@code orders} accruals of 10 points, each redeemed at once but the last, on an H2 store. */
  public static Result run(Clock clock, int orders) {
    PointsProgramme programme = PointsProgramme.custom("shop").expiry(new ExpiryPolicy.Never()).pendingDays(0).build();
    CustomerId member = CustomerId.of("M-1");
    try (JdbcStore store = JdbcStore.h2Memory("points-ledger-example")) {
      // snippet-start
      PointsService points = PointsService.of(store, clock, programme);
      for (int i = 1; i <= orders; i++) {
        points.accrue(member, 10, "order-" + i);        // one row for the new line, the snapshot rewritten
        if (i < orders) {
          points.redeem(member, 10, "reward-" + i);      // so does a redemption: the cost stays flat
        }
      }
      PointsAccount account = points.find(member).orElseThrow();
      long balance = account.balance();                 // from the snapshot: no ledger line read
      List<LedgerEntry> lines = account.entries();
      LedgerEntry last = lines.get(lines.size() - 1);   // kept in the snapshot too
      List<LedgerEntry> ledger = List.copyOf(lines);    // reads the older lines now, while the store is open
      // snippet-end
      return new Result(balance, last, ledger);
    }
  }
}
