package io.crm4j.core.loyalty;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import io.crm4j.core.spi.AggregateLines;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How stores keep a points account: the account without its ledger as the document
 * ({@link Snapshot}), each ledger line as a row appended with the change that booked it. A document
 * of the older shape, with the whole ledger inside, reads as an account whose lines the store does
 * not hold yet; its next write stores them all as rows.
 */
final class PointsLedgerStorage implements AggregateLines<PointsAccount, PointsLedgerStorage.Snapshot, LedgerEntry> {

  /**
   * The stored document of a points account: the account without its ledger, with the number of
   * lines and the last one. A document written before the lines became rows holds the whole ledger
   * in {@code entries} (and no line count) instead. Public for the JSON mapper only.
   *
   * @param lineCount the ledger's length (null in a document that holds {@code entries})
   * @param lastLine the ledger's last line, if any
   * @param entries the whole ledger, in a document of the older shape only
   */
  public record Snapshot(CustomerId customerId, long version, String programme, @Nullable Long lineCount,
      @Nullable LedgerEntry lastLine, List<PointsLot> lots, long balance, @Nullable Instant lastActivityAt,
      @Nullable Money cumulativeSpend, @Nullable Instant clubSince, @Nullable List<LedgerEntry> entries) {

    /** Shows counts only, like {@link PointsAccount#toString()}: references may name people. */
    @Override
    public String toString() {
      return "Snapshot[customerId=" + customerId + ", version=" + version + ", programme=" + programme
          + ", lineCount=" + lineCount + ", balance=" + balance + ", lots=" + lots.size() + "]";
    }
  }

  @Override
  public Class<Snapshot> snapshotType() {
    return Snapshot.class;
  }

  @Override
  public Class<LedgerEntry> lineType() {
    return LedgerEntry.class;
  }

  @Override
  public List<LedgerEntry> lines(PointsAccount account) {
    return account.entries();
  }

  @Override
  public long storedLines(PointsAccount account) {
    return ((LedgerLines) account.entries()).storedLines();
  }

  @Override
  public Snapshot snapshot(PointsAccount a) {
    List<LedgerEntry> lines = a.entries();
    return new Snapshot(a.customerId(), a.version(), a.programme(), (long) lines.size(),
        lines.isEmpty() ? null : lines.get(lines.size() - 1), a.lots(), a.balance(), a.lastActivityAt(),
        a.cumulativeSpend(), a.clubSince(), null);
  }

  @Override
  public PointsAccount restore(Snapshot s, LineReader<LedgerEntry> reader) {
    List<LedgerEntry> entries;
    if (s.entries() != null) {
      entries = s.entries();
    } else {
      if (s.lineCount() == null) {
        throw new IllegalStateException("a stored points account must have a lineCount or entries, but had neither");
      }
      entries = LedgerLines.stored(s.lineCount(), s.lastLine(), reader::read);
    }
    return new PointsAccount(s.customerId(), s.version(), s.programme(), entries, s.lots(), s.balance(),
        s.lastActivityAt(), s.cumulativeSpend(), s.clubSince());
  }
}
