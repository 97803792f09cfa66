package io.crm4j.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.money.CurrencyMismatchException;
import io.crm4j.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class AgeingReportTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
  static final Currency EUR = Currency.getInstance("EUR");
  static final CreditSegment SALES = CreditSegment.of("sales");

  static OpenItem.OpenInvoice invoice(String id, String amount, int daysPastDue) {
    return new OpenItem.OpenInvoice(id, SALES, Money.of(amount, "EUR"), AS_OF.minusDays(daysPastDue), 0);
  }

  @Test
  void of_itemsOnBoundaries_landInTheRightBuckets() {
    // 0 days past due is current; 1 and 30 are in 1-30; 31 and 60 in 31-60; 61 and 90 in 61-90; 91 in 90+.
    List<OpenItem.OpenInvoice> items = List.of(invoice("a", "10", -5), invoice("b", "20", 0), invoice("c", "1", 1),
        invoice("d", "2", 30), invoice("e", "3", 31), invoice("f", "4", 60), invoice("g", "5", 61),
        invoice("h", "6", 90), invoice("i", "7", 91));
    AgeingReport r = AgeingReport.of(items, EUR, AS_OF, AgeingBuckets.ofDefaults());
    assertThat(r.lines()).extracting(l -> l.bucket().label()).containsExactly("current", "1-30", "31-60", "61-90", "90+");
    assertThat(r.line("current").amount()).isEqualTo(Money.of("30", "EUR"));
    assertThat(r.line("1-30").amount()).isEqualTo(Money.of("3", "EUR"));
    assertThat(r.line("31-60").amount()).isEqualTo(Money.of("7", "EUR"));
    assertThat(r.line("61-90").amount()).isEqualTo(Money.of("11", "EUR"));
    assertThat(r.line("90+").amount()).isEqualTo(Money.of("7", "EUR"));
    assertThat(r.line("90+").items()).extracting(OpenItem::documentId).containsExactly("i");
    assertThat(r.total()).isEqualTo(Money.of("58", "EUR"));
  }

  @Test
  void of_invalidInput_throws() {
    List<OpenItem.OpenInvoice> usd = List.of(new OpenItem.OpenInvoice("x", SALES, Money.of("1", "USD"), AS_OF, 0));
    assertThatThrownBy(() -> AgeingReport.of(usd, EUR, AS_OF, AgeingBuckets.ofDefaults()))
        .isInstanceOf(CurrencyMismatchException.class);
    AgeingReport r = AgeingReport.of(List.of(), EUR, AS_OF, AgeingBuckets.ofDefaults());
    assertThatThrownBy(() -> r.line("nope")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("label must name a bucket, but was 'nope'");
  }

  @Property
  void of_anyItems_bucketsPartitionTheOpenItemsExactly(
      @ForAll @Size(max = 40) List<@IntRange(min = -60, max = 400) Integer> days,
      @ForAll @IntRange(min = 1, max = 100000) int seed) {
    List<OpenItem.OpenInvoice> items = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      items.add(invoice("inv-" + i, Long.toString((seed * (i + 1L)) % 9973) + ".25", days.get(i)));
    }
    AgeingReport r = AgeingReport.of(items, EUR, AS_OF, AgeingBuckets.ofDefaults());
    Money sum = Money.zero(EUR);
    List<OpenItem.OpenInvoice> seen = new ArrayList<>();
    for (AgeingReport.Line line : r.lines()) {
      sum = sum.plus(line.amount());
      seen.addAll(line.items());
      for (OpenItem.OpenInvoice inv : line.items()) {
        assertThat(line.bucket().contains(inv.daysPastDue(AS_OF))).isTrue();
      }
    }
    assertThat(sum).isEqualTo(r.total());
    assertThat(seen).containsExactlyInAnyOrderElementsOf(items);
    Money direct = items.stream().map(OpenItem::amount).reduce(Money.zero(EUR), Money::plus);
    assertThat(r.total()).isEqualTo(direct);
  }
}
