package io.crm4j.core.spi;

/**
 * What every storage contract needs: a fresh, empty store per test. Adapter test classes
 * implement this once and inherit every {@code *StoreContract}'s tests.
 */
public interface StoreFixture {

  /** A new store with no data; the test closes it. */
  Store newStore();
}
