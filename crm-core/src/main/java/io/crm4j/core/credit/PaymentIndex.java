package io.crm4j.core.credit;

import io.crm4j.core.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * A payment index from 0 to 100 built from days beyond terms, in the style of commercial payment
 * indexes: each paid item is mapped to an index by a piecewise-linear curve through anchor points,
 * and the item indexes are averaged weighted by amount.
 *
 * <p>The preset curve ({@link #ofDefaults()}) has the anchors (days beyond terms, index):
 * (-30, 100), (-20, 90), (0, 80), (15, 70), (22, 60), (30, 50), (60, 40), (90, 30), (120, 20),
 * (180, 0): paid early scores up to 100, on time 80, about 15 days late 70, 30 days late 50,
 * 120 days late 20 and later below 20. Before the first anchor the index is the first anchor's,
 * after the last anchor the last anchor's.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PaymentIndex {

  /**
   * One point of the curve.
   *
   * @param daysBeyondTerms days after the due date (negative: early)
   * @param index the index at that point, in [0, 100]
   */
  public record Anchor(int daysBeyondTerms, double index) {
    public Anchor {
      if (!(index >= 0 && index <= 100)) {
        throw new IllegalArgumentException("index must be in [0, 100], but was " + index);
      }
    }
  }

  private final List<Anchor> anchors;

  private PaymentIndex(List<Anchor> anchors) {
    this.anchors = anchors;
  }

  /** The preset curve described in the class comment. */
  public static PaymentIndex ofDefaults() {
    return of(List.of(new Anchor(-30, 100), new Anchor(-20, 90), new Anchor(0, 80), new Anchor(15, 70),
        new Anchor(22, 60), new Anchor(30, 50), new Anchor(60, 40), new Anchor(90, 30), new Anchor(120, 20),
        new Anchor(180, 0)));
  }

  /**
   * A curve through the given anchors.
   *
   * @throws IllegalArgumentException if there are fewer than two anchors, the days do not rise
   *     strictly, or the index rises with lateness
   */
  public static PaymentIndex of(List<Anchor> anchors) {
    Objects.requireNonNull(anchors, "anchors");
    List<Anchor> copy = List.copyOf(anchors);
    if (copy.size() < 2) {
      throw new IllegalArgumentException("anchors must number at least 2, but were " + copy.size());
    }
    for (int i = 1; i < copy.size(); i++) {
      if (copy.get(i).daysBeyondTerms() <= copy.get(i - 1).daysBeyondTerms()
          || copy.get(i).index() > copy.get(i - 1).index()) {
        throw new IllegalArgumentException("anchors must rise strictly in days and not rise in index, but were " + copy);
      }
    }
    return new PaymentIndex(copy);
  }

  /** The anchors of the curve. */
  public List<Anchor> anchors() {
    return anchors;
  }

  /** The index of one payment this many days beyond terms. */
  public double indexOf(long daysBeyondTerms) {
    Anchor first = anchors.get(0);
    if (daysBeyondTerms <= first.daysBeyondTerms()) {
      return first.index();
    }
    for (int i = 1; i < anchors.size(); i++) {
      Anchor a = anchors.get(i - 1);
      Anchor b = anchors.get(i);
      if (daysBeyondTerms <= b.daysBeyondTerms()) {
        double t = (double) (daysBeyondTerms - a.daysBeyondTerms()) / (b.daysBeyondTerms() - a.daysBeyondTerms());
        return a.index() + t * (b.index() - a.index());
      }
    }
    return anchors.get(anchors.size() - 1).index();
  }

  /**
   * The amount-weighted index of paid items, or empty when there are no items or they total 0.
   *
   * @throws io.crm4j.core.money.CurrencyMismatchException if the items mix currencies
   */
  public OptionalDouble weighted(List<PaidItem> items) {
    Objects.requireNonNull(items, "items");
    if (items.isEmpty()) {
      return OptionalDouble.empty();
    }
    Money total = Money.zero(items.get(0).amount().currency());
    List<Double> weights = new ArrayList<>();
    for (PaidItem item : items) {
      Objects.requireNonNull(item, "items element");
      total = total.plus(item.amount());
      weights.add(item.amount().amount().doubleValue());
    }
    if (total.isZero()) {
      return OptionalDouble.empty();
    }
    double sumW = 0;
    double sum = 0;
    for (int i = 0; i < items.size(); i++) {
      double w = weights.get(i);
      sumW += w;
      sum += w * indexOf(items.get(i).daysBeyondTerms());
    }
    return OptionalDouble.of(Math.min(100, Math.max(0, sum / sumW)));
  }

  @Override
  public String toString() {
    return "PaymentIndex" + anchors;
  }
}
