package io.crm4j.core.programme;

import io.crm4j.core.money.Money;
import java.time.Instant;
import java.util.Currency;
import org.apiguardian.api.API;

/**
 * Converts spend into a points programme's currency, e.g. at the caller's daily rates. Without a
 * conversion, spend in another currency earns nothing. Implementations must be thread-safe and
 * give the same result for the same arguments (a refund is converted like its purchase).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface CurrencyConversion {

  /** {@code amount} in {@code target} at {@code at}: zero or more, in {@code target}. */
  Money convert(Money amount, Currency target, Instant at);
}
