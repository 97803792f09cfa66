package io.crm4j.scoring.credit;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The weight-of-evidence table of one variable and its information value (the sum of the groups'
 * parts). Immutable and thread-safe.
 *
 * @param variable the variable's name
 * @param bins the groups in order
 * @param iv the information value, at least 0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record VariableWoe(String variable, List<WoeBin> bins, double iv) {

  public VariableWoe {
    Objects.requireNonNull(variable, "variable");
    bins = List.copyOf(bins);
    if (bins.isEmpty()) {
      throw new IllegalArgumentException("bins must not be empty for variable '" + variable + "'");
    }
    if (!Double.isFinite(iv) || iv < 0) {
      throw new IllegalArgumentException("iv must be finite and >= 0, but was " + iv);
    }
  }
}
