package io.crm4j.core.store.memory;

import io.crm4j.core.internal.Checks;
import java.util.concurrent.locks.StampedLock;
import java.util.function.Supplier;

/**
 * The in-memory store's one lock. Writers check and apply a change while holding it, so a reader
 * that goes through {@link #read} sees each commit whole or not at all: it reads without locking,
 * and reads again under the lock only if a write ran meanwhile. Not reentrant: nothing may call
 * {@link #read} or {@link #lock} while holding the lock.
 */
final class CommitLock {

  private final StampedLock lock = new StampedLock();
  private volatile boolean closed;

  /** Takes the lock for a write; pass the stamp to {@link #unlock}. Refused once the store is closed. */
  long lock() {
    long stamp = lock.writeLock();
    if (closed) {
      lock.unlockWrite(stamp);
      checkOpen();
    }
    return stamp;
  }

  /** Throws {@link IllegalStateException} once the store is closed. */
  void checkOpen() {
    Checks.open(closed, "store");
  }

  /** Closes the store: every later read or write is refused; a commit in progress completes first. */
  void close() {
    long stamp = lock.writeLock();
    closed = true;
    lock.unlockWrite(stamp);
  }

  void unlock(long stamp) {
    lock.unlockWrite(stamp);
  }

  /**
   * Runs {@code reader}, which must only read (it may run twice), so that it sees no write half
   * applied. The store's maps are concurrent, so a read that overlaps a write is safe; its result is
   * just thrown away.
   */
  <T> T read(Supplier<T> reader) {
    checkOpen();
    long stamp = lock.tryOptimisticRead();
    if (stamp != 0) {
      T result = reader.get();
      if (lock.validate(stamp)) {
        return result;
      }
    }
    stamp = lock.readLock();
    try {
      return reader.get();
    } finally {
      lock.unlockRead(stamp);
    }
  }
}
