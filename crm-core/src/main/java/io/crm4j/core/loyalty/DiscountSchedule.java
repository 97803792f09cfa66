package io.crm4j.core.loyalty;

import io.crm4j.core.money.Percentage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Maps a points balance to a discount (the telecom rule: the month's points set next month's
 * discount): the discount of the highest step whose {@code minPoints} the balance reaches, else
 * zero. Immutable and thread-safe.
 *
 * @param steps the steps, strictly rising in points and not falling in discount
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DiscountSchedule(List<Step> steps) {

  /** From {@code minPoints} on, {@code discount} applies. */
  public record Step(long minPoints, Percentage discount) {
    public Step {
      if (minPoints <= 0) {
        throw new IllegalArgumentException("minPoints must be > 0, but was " + minPoints);
      }
      Objects.requireNonNull(discount, "discount");
      if (!discount.isShare()) {
        throw new IllegalArgumentException("discount must be in [0%, 100%], but was " + discount);
      }
    }
  }

  public DiscountSchedule {
    List<Step> sorted = new ArrayList<>(Objects.requireNonNull(steps, "steps"));
    sorted.sort(Comparator.comparingLong(Step::minPoints));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).minPoints() == sorted.get(i - 1).minPoints()
          || sorted.get(i).discount().compareTo(sorted.get(i - 1).discount()) < 0) {
        throw new IllegalArgumentException("steps must rise strictly in points and never fall in discount, but "
            + sorted.get(i - 1) + " and " + sorted.get(i) + " do not");
      }
    }
    steps = List.copyOf(sorted);
  }

  /** The discount a balance of {@code points} earns. */
  public Percentage discountFor(long points) {
    Percentage d = Percentage.ZERO;
    for (Step s : steps) {
      if (points >= s.minPoints()) {
        d = s.discount();
      }
    }
    return d;
  }
}
