package io.crm4j.scoring.clv;

import io.crm4j.core.money.CurrencyMismatchException;
import io.crm4j.core.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Customer delivered value (客户让渡价值, Kotler): total customer value (product, service,
 * personnel and image value) minus total customer cost (monetary, time, energy and physical
 * cost), all expressed in one currency. Immutable and thread-safe.
 *
 * @param productValue value of the product itself
 * @param serviceValue value of the services around it
 * @param personnelValue value of the staff's competence and attitude
 * @param imageValue value of the company's and brand's image
 * @param monetaryCost price paid
 * @param timeCost time spent, valued in money
 * @param energyCost effort spent, valued in money
 * @param physicalCost physical strain, valued in money
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CustomerDeliveredValue(Money productValue, Money serviceValue, Money personnelValue, Money imageValue,
    Money monetaryCost, Money timeCost, Money energyCost, Money physicalCost) {

  public CustomerDeliveredValue {
    Money[] all = {productValue, serviceValue, personnelValue, imageValue, monetaryCost, timeCost, energyCost,
        physicalCost};
    String[] names = {"productValue", "serviceValue", "personnelValue", "imageValue", "monetaryCost", "timeCost",
        "energyCost", "physicalCost"};
    for (int i = 0; i < all.length; i++) {
      Objects.requireNonNull(all[i], names[i]);
      if (all[i].isNegative()) {
        throw new IllegalArgumentException(names[i] + " must be >= 0, but was " + all[i]);
      }
      if (!all[i].currency().equals(all[0].currency())) {
        throw new CurrencyMismatchException(all[0].currency(), all[i].currency());
      }
    }
  }

  /** Product + service + personnel + image value. */
  public Money totalValue() {
    return productValue.plus(serviceValue).plus(personnelValue).plus(imageValue);
  }

  /** Monetary + time + energy + physical cost. */
  public Money totalCost() {
    return monetaryCost.plus(timeCost).plus(energyCost).plus(physicalCost);
  }

  /** Total value minus total cost (may be negative). */
  public Money deliveredValue() {
    return totalValue().minus(totalCost());
  }

  /**
   * Total value divided by total cost (above 1 when the customer gets more than they give).
   *
   * @throws IllegalStateException when the total cost is zero
   */
  public BigDecimal ratio() {
    Money cost = totalCost();
    if (cost.isZero()) {
      throw new IllegalStateException("totalCost must be > 0 for a ratio, but was " + cost);
    }
    return totalValue().amount().divide(cost.amount(), MathContext.DECIMAL64);
  }
}
