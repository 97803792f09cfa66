package io.crm4j.core.credit;

import io.crm4j.core.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The credit exposure of one segment in one currency:
 * {@code total = open orders + open deliveries + open invoices}. The <em>static part</em> is
 * everything but open orders (deliveries and invoices); the <em>dynamic part</em> adds the open orders
 * due for delivery up to the horizon. Immutable and thread-safe.
 *
 * @param segment the credit segment
 * @param openOrders all open orders
 * @param openOrdersInHorizon open orders with a delivery date on or before the horizon's end
 * @param openDeliveries open deliveries
 * @param openInvoices open invoices
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Exposure(CreditSegment segment, Money openOrders, Money openOrdersInHorizon, Money openDeliveries,
    Money openInvoices) {

  public Exposure {
    Objects.requireNonNull(segment, "segment");
    Currency c = Objects.requireNonNull(openOrders, "openOrders").currency();
    for (Money m : List.of(Objects.requireNonNull(openOrdersInHorizon, "openOrdersInHorizon"),
        Objects.requireNonNull(openDeliveries, "openDeliveries"), Objects.requireNonNull(openInvoices, "openInvoices"))) {
      if (!m.currency().equals(c)) {
        throw new io.crm4j.core.money.CurrencyMismatchException(c, m.currency());
      }
    }
  }

  /**
   * Sums the open items of a segment in a currency; items of other segments or currencies are
   * left out.
   *
   * @param horizonEnd the last delivery date of orders that count in the dynamic part
   */
  public static Exposure of(CreditSegment segment, Currency currency, List<? extends OpenItem> items,
      LocalDate horizonEnd) {
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(horizonEnd, "horizonEnd");
    Money orders = Money.zero(currency);
    Money inHorizon = Money.zero(currency);
    Money deliveries = Money.zero(currency);
    Money invoices = Money.zero(currency);
    for (OpenItem item : items) {
      Objects.requireNonNull(item, "items element");
      if (!item.segment().equals(segment) || !item.amount().currency().equals(currency)) {
        continue;
      }
      if (item instanceof OpenItem.OpenOrder o) {
        orders = orders.plus(o.amount());
        if (!o.deliveryDate().isAfter(horizonEnd)) {
          inHorizon = inHorizon.plus(o.amount());
        }
      } else if (item instanceof OpenItem.OpenDelivery d) {
        deliveries = deliveries.plus(d.amount());
      } else if (item instanceof OpenItem.OpenInvoice i) {
        invoices = invoices.plus(i.amount());
      }
    }
    return new Exposure(segment, orders, inHorizon, deliveries, invoices);
  }

  /** The currency of every amount. */
  public Currency currency() {
    return openOrders.currency();
  }

  /** Open orders plus open deliveries plus open invoices. */
  public Money total() {
    return openOrders.plus(openDeliveries).plus(openInvoices);
  }

  /** Open deliveries plus open invoices. */
  public Money staticPart() {
    return openDeliveries.plus(openInvoices);
  }

  /** The static part plus the open orders within the horizon. */
  public Money dynamicPart() {
    return staticPart().plus(openOrdersInHorizon);
  }
}
