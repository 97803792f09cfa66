package io.crm4j.core.credit;

import io.crm4j.core.money.Percentage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The utilisation levels (exposure as a share of the limit) whose crossing raises a
 * {@link CreditEvent.UtilisationCrossed} event. A level {@code L} counts as reached when the
 * exposure is positive and at least {@code L * limit}. Preset ({@link #ofDefaults()}): 80 % and
 * 100 %.
 *
 * <p>Immutable and thread-safe.
 *
 * @param levels ascending, distinct, each in (0 %, 1000 %]
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record UtilisationLevels(List<Percentage> levels) {

  private static final BigDecimal MAX = BigDecimal.valueOf(1000);

  public UtilisationLevels {
    levels = List.copyOf(levels);
    for (int i = 0; i < levels.size(); i++) {
      Percentage p = levels.get(i);
      if (p.value().signum() <= 0 || p.value().compareTo(MAX) > 0) {
        throw new IllegalArgumentException("levels must be in (0%, 1000%], but were " + levels);
      }
      if (i > 0 && p.compareTo(levels.get(i - 1)) <= 0) {
        throw new IllegalArgumentException("levels must be ascending and distinct, but were " + levels);
      }
    }
  }

  /** 80 % and 100 %. */
  public static UtilisationLevels ofDefaults() {
    return of("80", "100");
  }

  /** Levels from percentage points, e.g. {@code of("80", "100")}. */
  public static UtilisationLevels of(String... points) {
    Objects.requireNonNull(points, "points");
    List<Percentage> list = new ArrayList<>();
    for (String p : points) {
      list.add(Percentage.of(p));
    }
    return new UtilisationLevels(list);
  }
}
