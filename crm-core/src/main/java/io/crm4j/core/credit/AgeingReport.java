package io.crm4j.core.credit;

import io.crm4j.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Open invoices of one currency grouped by days past due. Every invoice lands in exactly one
 * bucket, so the bucket totals add up to {@link #total()}. Immutable and thread-safe.
 *
 * @param asOf the report date
 * @param lines one per bucket, in bucket order
 * @param total the sum of all open amounts
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AgeingReport(LocalDate asOf, List<Line> lines, Money total) {

  public AgeingReport {
    Objects.requireNonNull(asOf, "asOf");
    lines = List.copyOf(lines);
    Objects.requireNonNull(total, "total");
  }

  /**
   * One bucket's total.
   *
   * @param bucket the bucket
   * @param amount the open amount in it
   * @param items the invoices in it
   */
  public record Line(AgeingBuckets.Bucket bucket, Money amount, List<OpenItem.OpenInvoice> items) {
    public Line {
      Objects.requireNonNull(bucket, "bucket");
      Objects.requireNonNull(amount, "amount");
      items = List.copyOf(items);
    }
  }

  /**
   * Ages open invoices by days past due ({@link AgeingBasis#DAYS_PAST_DUE}).
   *
   * @param invoices the open invoices, all in {@code currency}
   * @throws io.crm4j.core.money.CurrencyMismatchException if an invoice has another currency
   */
  public static AgeingReport of(List<OpenItem.OpenInvoice> invoices, Currency currency, LocalDate asOf,
      AgeingBuckets buckets) {
    Objects.requireNonNull(invoices, "invoices");
    Objects.requireNonNull(asOf, "asOf");
    List<Long> days = new ArrayList<>();
    for (OpenItem.OpenInvoice inv : invoices) {
      days.add(Objects.requireNonNull(inv, "invoices element").daysPastDue(asOf));
    }
    return of(invoices, days, currency, asOf, buckets);
  }

  /** Ages open invoices by given day counts ({@code days.get(i)} for {@code invoices.get(i)}). */
  static AgeingReport of(List<OpenItem.OpenInvoice> invoices, List<Long> days, Currency currency, LocalDate asOf,
      AgeingBuckets buckets) {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(buckets, "buckets");
    List<AgeingBuckets.Bucket> list = buckets.buckets();
    List<List<OpenItem.OpenInvoice>> items = new ArrayList<>();
    List<Money> amounts = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      items.add(new ArrayList<>());
      amounts.add(Money.zero(currency));
    }
    Money total = Money.zero(currency);
    for (int i = 0; i < invoices.size(); i++) {
      OpenItem.OpenInvoice inv = invoices.get(i);
      int b = buckets.indexOf(days.get(i));
      items.get(b).add(inv);
      amounts.set(b, amounts.get(b).plus(inv.amount()));
      total = total.plus(inv.amount());
    }
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      lines.add(new Line(list.get(i), amounts.get(i), items.get(i)));
    }
    return new AgeingReport(asOf, lines, total);
  }

  /** The line of the bucket with this label. */
  public Line line(String label) {
    Objects.requireNonNull(label, "label");
    return lines.stream().filter(l -> l.bucket().label().equals(label)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("label must name a bucket, but was '" + label + "'"));
  }
}
