package io.crm4j.core.money;

import java.util.Currency;
import org.apiguardian.api.API;

/** Thrown when an operation combines amounts of two different currencies. */
@API(status = API.Status.STABLE, since = "0.1")
public final class CurrencyMismatchException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient Currency first;
  private final transient Currency second;

  public CurrencyMismatchException(Currency first, Currency second) {
    super("currencies must match, but were " + first.getCurrencyCode() + " and " + second.getCurrencyCode());
    this.first = first;
    this.second = second;
  }

  public Currency first() {
    return first;
  }

  public Currency second() {
    return second;
  }
}
