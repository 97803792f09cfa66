package io.crm4j.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crm4j.core.activity.ActivityId;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import io.crm4j.core.spi.ImportOptions;
import io.crm4j.core.spi.ImportSummary;
import io.crm4j.core.store.jdbc.JdbcStore;
import io.crm4j.examples.analysis.TransactionLog;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crm4j import}: loads a transaction file into a store's activity log as purchases, through
 * {@code ActivityLog.importAll}. Each row's id is made from its day, its row number and its
 * customer, so running the same file again inserts nothing twice.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Load a transaction file (CSV or whitespace-separated) into a store as purchases: PostgreSQL "
        + "through COPY, H2 in batches. Idempotent: each row's id is <yyyyMMdd>-<row>-<crc32 of the customer>, "
        + "so a rerun after an interruption loads only what is missing. Progress goes to stderr; prints a JSON "
        + "summary (read, inserted, skipped).")
final class ImportCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--transactions", required = true, description = "Transaction file (CSV or whitespace-separated).")
  Path transactions;

  @Option(names = "--store", required = true, description = "JDBC URL of the store: jdbc:h2:… or jdbc:postgresql://…")
  String store;

  @Option(names = "--customer-col", defaultValue = "customer", description = "Column with the customer id "
      + "(default ${DEFAULT-VALUE}).")
  String customerCol;

  @Option(names = "--date-col", defaultValue = "date", description = "Column with the purchase date "
      + "(default ${DEFAULT-VALUE}).")
  String dateCol;

  @Option(names = "--amount-col", defaultValue = "amount", description = "Column with the amount "
      + "(default ${DEFAULT-VALUE}).")
  String amountCol;

  @Option(names = "--currency", defaultValue = "USD", description = "Currency of the amounts (default ${DEFAULT-VALUE}).")
  String currency;

  @Option(names = "--events", defaultValue = "false", description = "Publish an ActivityEvent.Recorded per inserted "
      + "purchase to the outbox (default ${DEFAULT-VALUE}: a history load that programmes do not react to).")
  boolean events;

  @Option(names = "--chunk-size", defaultValue = "50000", description = "Purchases per transaction "
      + "(default ${DEFAULT-VALUE}).")
  int chunkSize;

  @Option(names = "--delimiter", description = "',', ';', 'tab' or 'whitespace' (default: detected from the header).")
  @Nullable String delimiter;

  @Option(names = "--date-format", description = "Date pattern, e.g. yyyyMMdd (default: detected).")
  @Nullable String dateFormat;

  @Option(names = "--column-names", split = ",", description = "Column names for a file without a header line.")
  @Nullable List<String> columnNames;

  @Override
  public Integer call() {
    Currency cur;
    try {
      cur = Currency.getInstance(currency.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("currency must be an ISO 4217 code, but was '" + currency + "'", e);
    }
    ImportOptions options = ImportOptions.ofDefaults().withChunkSize(chunkSize).withEvents(events);
    PrintWriter err = spec.commandLine().getErr();
    long t0 = System.nanoTime();
    TransactionLog log = TransactionLogInput.read(transactions, customerCol, dateCol, amountCol,
        new TransactionLog.Format(delimiter, dateFormat, columnNames), rows -> {
          err.printf(Locale.ROOT, "[%5.1f s] %,d rows read%n", seconds(t0), rows);
          err.flush();
        });
    err.printf(Locale.ROOT, "[%5.1f s] %,d rows read; importing%n", seconds(t0), log.size());
    err.flush();
    ImportSummary summary;
    try (JdbcStore target = JdbcStore.open(quietH2(store), 2)) {
      summary = target.activities().importAll(purchases(log, cur), options.withProgress(s -> {
        err.printf(Locale.ROOT, "[%5.1f s] %,d of %,d imported (%,d inserted, %,d already stored)%n",
            seconds(t0), s.read(), log.size(), s.inserted(), s.skipped());
        err.flush();
      }));
    }
    double elapsed = seconds(t0);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("read", summary.read());
    out.put("inserted", summary.inserted());
    out.put("skipped", summary.skipped());
    out.put("seconds", Math.round(elapsed * 1000) / 1000.0);
    PrintWriter w = spec.commandLine().getOut();
    try {
      w.println(new ObjectMapper().writeValueAsString(out));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the summary must serialise as JSON, but: " + e.getMessage(), e);
    }
    w.flush();
    return 0;
  }

  /**
   * The store URL, with H2's trace file switched off unless the URL sets it: H2 prints a failure to
   * write that file (a folder that cannot be created, say) as a stack trace on standard output, and
   * the command reports its errors in one line itself.
   */
  static String quietH2(String url) {
    return url.startsWith("jdbc:h2:") && !url.toUpperCase(Locale.ROOT).contains("TRACE_LEVEL_FILE")
        ? url + ";TRACE_LEVEL_FILE=0" : url;
  }

  /** The log's rows as purchases at the start of their day (UTC), in file order. */
  static Stream<Purchase> purchases(TransactionLog log, Currency currency) {
    int scale = Math.max(currency.getDefaultFractionDigits(), 0);
    return IntStream.range(0, log.size()).mapToObj(row -> {
      String customer = log.customerIds().get(log.customer(row));
      LocalDate day = LocalDate.ofEpochDay(log.day(row));
      Money amount = Money.of(BigDecimal.valueOf(log.amount(row)).setScale(scale, RoundingMode.HALF_EVEN), currency);
      return new Purchase(rowId(day, row, customer), CustomerId.of(customer), day.atStartOfDay().toInstant(ZoneOffset.UTC),
          amount, null);
    });
  }

  /**
   * A row's id: its day first (ids of a history sorted by date grow with time, which keeps the id
   * index's inserts local), its row number (unique in the file), and a checksum of its customer, so
   * that the same row number of another file with other content gets another id.
   */
  static ActivityId rowId(LocalDate day, int row, String customer) {
    CRC32 crc = new CRC32();
    crc.update(customer.getBytes(StandardCharsets.UTF_8));
    return ActivityId.of(String.format(Locale.ROOT, "%04d%02d%02d-%d-%08x", day.getYear(), day.getMonthValue(),
        day.getDayOfMonth(), row + 1, crc.getValue()));
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
