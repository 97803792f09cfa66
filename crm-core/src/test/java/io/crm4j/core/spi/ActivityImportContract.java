package io.crm4j.core.spi;

import static io.crm4j.core.testing.Fixtures.T0;
import static io.crm4j.core.testing.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.activity.Activity;
import io.crm4j.core.activity.ActivityEvent;
import io.crm4j.core.activity.ActivityId;
import io.crm4j.core.activity.Payment;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The contract of {@link ActivityLog#importAll}: chunked, idempotent by id, events for inserted entries only. */
public interface ActivityImportContract extends StoreFixture {

  /** {@code n} purchases, ids {@code I-0 …}, alternating between two customers, one second apart. */
  static List<Purchase> history(int n) {
    return IntStream.range(0, n)
        .mapToObj(i -> purchase("I-" + i, i % 2 == 0 ? "C-1" : "C-2", T0.plusSeconds(i), (i % 97) + ".25"))
        .toList();
  }

  private static List<Activity> all(Store store) {
    List<Activity> out = new ArrayList<>();
    store.activities().scan(Instant.MIN, Instant.MAX, out::add);
    return out;
  }

  @Test
  default void importAll_emptyLog_insertsEveryEntryInChunksAndReportsProgress() {
    try (Store store = newStore()) {
      List<ImportSummary> progress = new ArrayList<>();
      ImportSummary summary = store.activities().importAll(history(250).stream(),
          ImportOptions.ofDefaults().withChunkSize(100).withProgress(progress::add));
      assertThat(summary).isEqualTo(new ImportSummary(250, 250, 0));
      assertThat(progress).containsExactly(new ImportSummary(100, 100, 0), new ImportSummary(200, 200, 0),
          new ImportSummary(250, 250, 0));
      assertThat(all(store)).containsExactlyElementsOf(history(250));
    }
  }

  @Test
  default void importAll_rerun_skipsStoredEntries() {
    try (Store store = newStore()) {
      store.activities().importAll(history(120).stream());
      ImportSummary summary = store.activities().importAll(history(250).stream(),
          ImportOptions.ofDefaults().withChunkSize(100));
      assertThat(summary).isEqualTo(new ImportSummary(250, 130, 120));
      assertThat(store.activities().count()).isEqualTo(250);
      assertThat(all(store)).containsExactlyElementsOf(history(250));
    }
  }

  @Test
  default void importAll_idRepeatedInStream_keepsTheFirst() {
    try (Store store = newStore()) {
      Purchase first = purchase("D-1", "C-1", T0, "1.00");
      Purchase again = purchase("D-1", "C-1", T0.plusSeconds(5), "2.00");
      ImportSummary summary = store.activities().importAll(
          Stream.of(first, purchase("D-2", "C-2", T0, "3.00"), again));
      assertThat(summary).isEqualTo(new ImportSummary(3, 2, 1));
      assertThat(store.activities().byCustomer(CustomerId.of("C-1"))).containsExactly(first);
    }
  }

  @Test
  default void importAll_failingMidway_rerunLoadsEachEntryExactlyOnce() {
    try (Store store = newStore()) {
      List<Purchase> history = history(250);
      Stream<Purchase> failing = history.stream().peek(p -> {
        if (p.id().value().equals("I-150")) {
          throw new IllegalStateException("source failed at I-150");
        }
      });
      ImportOptions options = ImportOptions.ofDefaults().withChunkSize(100);
      assertThatThrownBy(() -> store.activities().importAll(failing, options))
          .hasMessage("source failed at I-150");
      assertThat(store.activities().count()).as("the first chunk committed").isEqualTo(100);

      assertThat(store.activities().importAll(history.stream(), options))
          .isEqualTo(new ImportSummary(250, 150, 100));
      assertThat(all(store)).containsExactlyElementsOf(history);
    }
  }

  @Test
  default void importAll_events_publishedForInsertedEntriesOnlyAndNotWhenOff() {
    try (Store store = newStore()) {
      List<DomainEvent> heard = Collections.synchronizedList(new ArrayList<>());
      store.events().subscribe(heard::add);
      store.activities().importAll(history(3).stream(), ImportOptions.ofDefaults().withEvents(false));
      assertThat(heard).isEmpty();

      List<Purchase> more = history(5);
      store.activities().importAll(more.stream());
      assertThat(heard).containsExactlyElementsOf(
          more.subList(3, 5).stream().map(a -> (DomainEvent) ActivityEvent.Recorded.of(a)).toList());
    }
  }

  @Test
  default void importAll_entriesWithJsonBodiesAndAwkwardText_readBackExactly() {
    try (Store store = newStore()) {
      CustomerId c1 = CustomerId.of("C-1");
      List<Activity> entries = List.of(
          new Purchase(ActivityId.of("J-1"), c1, T0, Money.of("12.50", "EUR"), "tab\there\\back\nline\r\u00e9"),
          new Purchase(ActivityId.of("J-2"), c1, T0.plusNanos(1_000_000_001L), Money.of("5.00", "EUR"), "\\N"),
          new Purchase(ActivityId.of("J-3"), c1, T0.plusSeconds(2), Money.of("1234567890123456.78", "EUR"), null),
          Payment.of(c1, T0.plusSeconds(3), Money.of("7.00", "EUR")));
      assertThat(store.activities().importAll(entries.stream())).isEqualTo(new ImportSummary(4, 4, 0));
      assertThat(store.activities().byCustomer(c1)).containsExactlyElementsOf(entries);
    }
  }

  @Test
  default void importAll_insideUnitOfWork_rollsBackWithIt() {
    try (Store store = newStore()) {
      assertThatThrownBy(() -> store.run(tx -> {
        assertThat(tx.activities().importAll(history(30).stream(), ImportOptions.ofDefaults().withChunkSize(10)))
            .isEqualTo(new ImportSummary(30, 30, 0));
        assertThat(tx.activities().count()).isEqualTo(30);
        throw new IllegalStateException("abandon");
      })).hasMessage("abandon");
      assertThat(store.activities().count()).isZero();
      store.run(tx -> tx.activities().importAll(history(30).stream(), ImportOptions.ofDefaults().withChunkSize(10)));
      assertThat(all(store)).containsExactlyElementsOf(history(30));
    }
  }
}
