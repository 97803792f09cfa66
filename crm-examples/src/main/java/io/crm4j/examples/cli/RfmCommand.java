package io.crm4j.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import io.crm4j.scoring.rfm.RfmAnalysis;
import io.crm4j.scoring.rfm.RfmConfig;
import io.crm4j.scoring.rfm.RfmRow;
import io.crm4j.scoring.rfm.RfmSegmentMap;
import io.crm4j.scoring.rfm.RfmSegmentRule;
import io.crm4j.scoring.rfm.RfmTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rfm}: RFM scores and segments from a CSV purchase log. */
@Command(
    name = "rfm",
    mixinStandardHelpOptions = true,
    description = "Scores customers by recency, frequency and monetary value (quintiles by default) from "
        + "a CSV purchase log and names their segment. Writes CSV "
        + "customer_id,recency_days,frequency,monetary, r,f,m,cell,segment to --out (then a JSON "
        + "summary to stdout) or to stdout.")
final class RfmCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--transactions", required = true, description = "CSV purchase log with a header line.")
  Path transactions;

  @Option(names = "--customer-col", required = true, description = "Column holding the customer id.")
  String customerCol;

  @Option(names = "--date-col", required = true,
      description = "Column holding the purchase date: 2024-03-01, 20240301 or an ISO date-time (UTC).")
  String dateCol;

  @Option(names = "--amount-col", required = true, description = "Column holding the amount spent, a decimal.")
  String amountCol;

  @Option(names = "--as-of", required = true, description = "Date recency is measured to (start of day, UTC), YYYY-MM-DD.")
  LocalDate asOf;

  @Option(names = "--currency", defaultValue = "USD", description = "ISO 4217 currency of the amounts (default: ${DEFAULT-VALUE}).")
  String currency;

  @Option(names = "--bins", defaultValue = "5",
      description = "Number of quantile bins (default: ${DEFAULT-VALUE}); other than 5 needs a custom segment map, so segments are not named.")
  int bins;

  @Option(names = "--out", description = "Write the CSV here instead of stdout.")
  Path out;

  @Override
  public Integer call() throws IOException {
    Currency cur;
    try {
      cur = Currency.getInstance(currency);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--currency must be an ISO 4217 code, but was '" + currency + "'", e);
    }
    RfmConfig config = RfmConfig.ofDefaults();
    if (bins != 5) {
      config = RfmConfig.custom().bins(bins).segmentMap(RfmSegmentMap.of(List.of(
          new RfmSegmentRule("-", 1, bins, 1, bins)))).build();
    }
    RfmTable table;
    long[] purchases = {0};
    try (CsvInput.Source source = CsvInput.open(transactions)) {
      int c = source.column(customerCol, "--customer-col");
      int d = source.column(dateCol, "--date-col");
      int a = source.column(amountCol, "--amount-col");
      Iterable<Purchase> log = () -> new PurchaseIterator(source, c, d, a, cur, purchases);
      try {
        table = RfmAnalysis.of(config).score(log, asOf.atStartOfDay(ZoneOffset.UTC).toInstant());
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException("the amounts of one customer must add up to at most "
            + Long.MAX_VALUE + " minor units of " + cur + ", but a customer's total went beyond it", e);
      }
    }
    if (out == null) {
      PrintWriter w = spec.commandLine().getOut();
      writeCsv(table, w);
      w.flush();
    } else {
      CliOutput.write(out, w -> writeCsv(table, w), transactions);
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("purchases", purchases[0]);
      summary.put("customers", table.size());
      summary.put("asOf", asOf.toString());
      summary.put("out", out.toString());
      if (bins == 5) {
        summary.put("segments", table.segmentCounts());
      }
      Map<String, Integer> cells = new LinkedHashMap<>();
      table.cellCounts().forEach((cell, n) -> cells.put(String.valueOf(cell), n));
      summary.put("cells", cells);
      PrintWriter w = spec.commandLine().getOut();
      w.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(summary));
      w.flush();
    }
    return 0;
  }

  private static void writeCsv(RfmTable table, PrintWriter w) {
    w.println("customer_id,recency_days,frequency,monetary,r,f,m,cell,segment");
    for (int i = 0; i < table.size(); i++) {
      RfmRow row = table.row(i);
      w.println(CsvInput.quote(row.customerId().value()) + ',' + row.recencyDays() + ',' + row.frequency() + ','
          + row.monetary().amount().toPlainString() + ',' + row.score().r() + ',' + row.score().f() + ','
          + row.score().m() + ',' + row.score().cell() + ',' + CsvInput.quote(row.segment()));
    }
  }

  /** Reads purchases one line at a time, so no purchase outlives its line. */
  private static final class PurchaseIterator implements Iterator<Purchase> {
    private final CsvInput.Source source;
    private final int customer;
    private final int date;
    private final int amount;
    private final Currency currency;
    private final long[] counter;
    private List<String> next;

    PurchaseIterator(CsvInput.Source source, int customer, int date, int amount, Currency currency, long[] counter) {
      this.source = source;
      this.customer = customer;
      this.date = date;
      this.amount = amount;
      this.currency = currency;
      this.counter = counter;
      this.next = source.next();
    }

    @Override
    public boolean hasNext() {
      return next != null;
    }

    @Override
    public Purchase next() {
      if (next == null) {
        throw new NoSuchElementException();
      }
      long line = ++counter[0];
      List<String> r = next;
      next = source.next();
      String id = CsvInput.field(r, customer, "customer", line);
      Instant at = CsvInput.instant(CsvInput.field(r, date, "date", line), line);
      String text = CsvInput.field(r, amount, "amount", line);
      BigDecimal value = CsvInput.decimal(text, "amount", line);
      if (value.signum() < 0) {
        throw new IllegalArgumentException("amount in record " + line + " must be >= 0, but was " + text);
      }
      Money money;
      try {
        money = Money.of(value, currency);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("amount in record " + line + ": " + e.getMessage(), e);
      }
      return Purchase.of(CustomerId.of(id), at, money);
    }
  }
}
