package io.crm4j.core.loyalty;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * A points ledger as an unmodifiable list: a prefix of lines, either held here or read from a store
 * when first needed, followed by the lines appended since. Appending shares the prefix, so an
 * operation on an account read from a store costs the same however long its ledger is; only a
 * line before the prefix's last one makes the prefix load. Immutable and thread-safe (the prefix is
 * read at most a few times when threads race, always to the same lines).
 */
final class LedgerLines extends AbstractList<LedgerEntry> implements RandomAccess {

  /** Reads stored lines {@code from} to {@code to}, both inclusive, counted from 1. */
  @FunctionalInterface
  interface Reader {
    List<LedgerEntry> read(long from, long to);
  }

  /** The first lines: how many, the last of them, and the lines themselves once read. */
  private static final class Prefix {
    final long count;
    final @Nullable LedgerEntry last;
    final @Nullable Reader reader;
    volatile @Nullable List<LedgerEntry> lines;

    Prefix(long count, @Nullable LedgerEntry last, @Nullable Reader reader, @Nullable List<LedgerEntry> lines) {
      this.count = count;
      this.last = last;
      this.reader = reader;
      this.lines = lines;
    }

    List<LedgerEntry> lines() {
      List<LedgerEntry> read = lines;
      if (read == null) {
        assert reader != null;
        read = List.copyOf(reader.read(1, count));
        if (read.size() != count || (last != null && !read.get(read.size() - 1).equals(last))) {
          throw new IllegalStateException("the stored ledger must hold the " + count + " lines it was read with, but "
              + "held " + read.size() + " lines ending otherwise (was the account deleted or the store reset?)");
        }
        checkNumbered(read, 0, null);
        lines = read;
      }
      return read;
    }
  }

  static final LedgerLines EMPTY = new LedgerLines(new Prefix(0, null, null, List.of()), false, List.of());

  private final Prefix prefix;
  private final boolean fromStore;
  private final List<LedgerEntry> added;

  private LedgerLines(Prefix prefix, boolean fromStore, List<LedgerEntry> added) {
    this.prefix = prefix;
    this.fromStore = fromStore;
    this.added = added;
  }

  /** The ledger {@code lines}, checked to be numbered 1, 2, ... and in time order. */
  static LedgerLines of(List<LedgerEntry> lines) {
    List<LedgerEntry> copy = List.copyOf(lines);
    checkNumbered(copy, 0, null);
    return copy.isEmpty() ? EMPTY
        : new LedgerLines(new Prefix(copy.size(), copy.get(copy.size() - 1), null, copy), false, List.of());
  }

  /**
   * A ledger of {@code count} lines held by a store, whose last line is {@code last}: {@code reader}
   * reads them when a line before the last is first needed.
   */
  static LedgerLines stored(long count, @Nullable LedgerEntry last, Reader reader) {
    Objects.requireNonNull(reader, "reader");
    if (count < 0 || (count == 0) != (last == null) || (last != null && last.seq() != count)) {
      throw new IllegalStateException("a stored ledger of " + count + " lines must end with line " + count
          + ", but ended with " + (last == null ? "none" : "line " + last.seq()));
    }
    return new LedgerLines(new Prefix(count, last, reader, count == 0 ? List.of() : null), true, List.of());
  }

  /** This ledger with {@code more} appended; they must continue its numbering and time order. */
  LedgerLines plus(List<LedgerEntry> more) {
    if (more.isEmpty()) {
      return this;
    }
    checkNumbered(more, size(), isEmpty() ? null : get(size() - 1));
    List<LedgerEntry> all = new ArrayList<>(added.size() + more.size());
    all.addAll(added);
    all.addAll(more);
    return new LedgerLines(prefix, fromStore, List.copyOf(all));
  }

  /** How many first lines the store this ledger was read from holds; -1 when it was not read from one. */
  long storedLines() {
    return fromStore ? prefix.count : -1;
  }

  @Override
  public LedgerEntry get(int index) {
    Objects.checkIndex(index, size());
    if (index < prefix.count) {
      return index == prefix.count - 1 && prefix.last != null ? prefix.last : prefix.lines().get(index);
    }
    return added.get(index - (int) prefix.count);
  }

  @Override
  public int size() {
    return Math.toIntExact(prefix.count + added.size());
  }

  /** Checks that {@code lines} are numbered on from {@code before + 1} and in time order after {@code previous}. */
  private static void checkNumbered(List<LedgerEntry> lines, long before, @Nullable LedgerEntry previous) {
    LedgerEntry prev = previous;
    for (int i = 0; i < lines.size(); i++) {
      LedgerEntry e = Objects.requireNonNull(lines.get(i), "entry");
      if (e.seq() != before + i + 1) {
        throw new IllegalArgumentException("entries must be numbered 1, 2, ..., but line " + (before + i + 1)
            + " was " + e.seq());
      }
      if (prev != null && e.at().isBefore(prev.at())) {
        throw new IllegalArgumentException("entries must be in time order, but line " + e.seq() + " at " + e.at()
            + " precedes line " + prev.seq() + " at " + prev.at());
      }
      prev = e;
    }
  }
}
