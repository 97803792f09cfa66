package io.crm4j.examples.docs;

import io.crm4j.core.activity.ActivityId;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import io.crm4j.core.spi.ImportOptions;
import io.crm4j.core.spi.ImportSummary;
import io.crm4j.core.spi.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** docs/storage.md, "Bulk import": an interrupted history load, run again, stores each purchase once. */
public final class BulkImportExample {

  private BulkImportExample() {}

  /** The two runs' summaries and the progress lines of the second. */
  public record Result(ImportSummary first, ImportSummary second, List<String> progress) {}

  /** Imports 1,000 of 2,500 purchases, then all 2,500, into {@code store} (empty). */
  public static Result run(Store store) {
    Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    List<String> progress = new ArrayList<>();
    ImportSummary first = store.activities().importAll(history(t0).limit(1_000));
    // snippet-start
    Stream<Purchase> history = history(t0);   // e.g. read from a file, row by row
    ImportSummary summary = store.activities().importAll(history, ImportOptions.ofDefaults()
        .withChunkSize(1_000)                  // one unit of work per 1,000 purchases
        .withEvents(false)                     // a history load: no ActivityEvent.Recorded, no outbox rows
        .withProgress(s -> progress.add(s.read() + " read, " + s.skipped() + " already stored")));
    // summary: read 2,500, inserted 1,500, skipped 1,000 (stored by the first, interrupted run)
    // snippet-end
    return new Result(first, summary, progress);
  }

  /** 2,500 purchases of 100 customers, one a minute; ids fixed per row so a rerun finds them. */
  private static Stream<Purchase> history(Instant t0) {
    return IntStream.range(0, 2_500).mapToObj(n -> new Purchase(ActivityId.of("ORDER-" + (100_000 + n)),
        CustomerId.of("C-" + n % 100), t0.plusSeconds(60L * n), Money.of("19.90", "EUR"), null));
  }
}
