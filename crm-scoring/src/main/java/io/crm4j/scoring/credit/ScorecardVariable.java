package io.crm4j.scoring.credit;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * One variable of a scorecard: its bins with points and its regression coefficient. A numeric
 * variable with cut points {@code c1 < c2 < ... < ck} has {@code k + 1} bins
 * {@code (-inf, c1), [c1, c2), ..., [ck, inf)}; a categorical variable has one bin per category
 * group, and a category seen in no bin scores 0 points. Either may end with one bin of missing values
 * ({@link ScorecardBin#missing()}), which comes after the regular bins and is not counted by the
 * cut points; a missing value scores that bin's points, or 0 points (a WoE of 0) when the variable
 * has no missing bin. Between the regular bins and the missing bin come the bins of special values
 * ({@link ScorecardBin#special()}, see {@link BinningConfig}), one per special value with training
 * cases; a special value scores its bin's points, or 0 points when it has no bin.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the variable (column) name
 * @param kind numeric ranges or category groups
 * @param coefficient the logistic-regression coefficient of the variable's WoE (modelling bad)
 * @param cuts ascending cut points of a numeric variable; empty for categorical ones
 * @param bins the bins in order
 * @param specialValues the variable's special values, with or without a bin (each special bin's value is one)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ScorecardVariable(String name, VariableKind kind, double coefficient, List<Double> cuts,
    List<ScorecardBin> bins, List<String> specialValues) {

  /** A variable without special values. */
  public ScorecardVariable(String name, VariableKind kind, double coefficient, List<Double> cuts,
      List<ScorecardBin> bins) {
    this(name, kind, coefficient, cuts, bins, List.of());
  }

  public ScorecardVariable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    cuts = List.copyOf(cuts);
    bins = List.copyOf(bins);
    specialValues = List.copyOf(specialValues);
    if (!Double.isFinite(coefficient)) {
      throw new IllegalArgumentException("coefficient of '" + name + "' must be finite, but was " + coefficient);
    }
    if (bins.isEmpty()) {
      throw new IllegalArgumentException("bins of '" + name + "' must not be empty");
    }
    for (int i = 0; i < bins.size() - 1; i++) {
      if (bins.get(i).missing()) {
        throw new IllegalArgumentException("the missing bin of '" + name + "' must be the last bin, but was bin " + i
            + " of " + bins.size());
      }
    }
    int specials = 0;
    for (int i = 0; i < bins.size(); i++) {
      ScorecardBin bin = bins.get(i);
      if (bin.special()) {
        specials++;
        if (!specialValues.contains(bin.categories().get(0))) {
          throw new IllegalArgumentException("special bin '" + bin.label() + "' of '" + name + "' must hold one of the "
              + "special values " + specialValues + ", but held " + bin.categories());
        }
      } else if (specials > 0 && !bin.missing()) {
        throw new IllegalArgumentException("the special bins of '" + name + "' must follow the regular bins, but bin "
            + i + " is regular");
      }
    }
    int regular = bins.size() - specials - (bins.get(bins.size() - 1).missing() ? 1 : 0);
    if (kind == VariableKind.NUMERIC) {
      if (regular == 0 || cuts.size() != regular - 1) {
        throw new IllegalArgumentException("cuts of numeric '" + name + "' must number regular bins - 1 = "
            + (regular - 1) + ", but were " + cuts.size());
      }
      for (int i = 0; i < cuts.size(); i++) {
        double c = cuts.get(i);
        if (!Double.isFinite(c) || (i > 0 && !(c > cuts.get(i - 1)))) {
          throw new IllegalArgumentException("cuts of '" + name + "' must be finite and ascending, but were " + cuts);
        }
      }
    } else {
      if (!cuts.isEmpty()) {
        throw new IllegalArgumentException("cuts of categorical '" + name + "' must be empty, but were " + cuts);
      }
      Set<String> seen = new HashSet<>();
      for (ScorecardBin bin : bins) {
        for (String c : bin.categories()) {
          if (!seen.add(c)) {
            throw new IllegalArgumentException("categories of '" + name + "' must be in one bin each, but '"
                + c + "' repeats");
          }
        }
      }
    }
  }

  /** The index of the bin of special value {@code value} (one of {@link #specialValues()}), or -1 if it has none. */
  public int specialBin(String value) {
    for (int i = 0; i < bins.size(); i++) {
      if (bins.get(i).special() && bins.get(i).categories().get(0).equals(value)) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the bin of missing values (the last bin), or -1 if there is none. */
  public int missingBin() {
    return bins.get(bins.size() - 1).missing() ? bins.size() - 1 : -1;
  }
}
