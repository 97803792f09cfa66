package io.crm4j.core.store.memory;

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

  /** Takes the lock for a write; pass the stamp to {@link #unlock}. */
  long lock() {
    return lock.writeLock();
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
