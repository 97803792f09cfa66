package io.crm4j.examples.cli;

import io.crm4j.scoring.clv.BgBbModel;
import io.crm4j.scoring.clv.BgNbdModel;
import io.crm4j.scoring.clv.ClvSummary;
import io.crm4j.scoring.clv.ClvTimeUnit;
import io.crm4j.scoring.clv.GammaGammaModel;
import io.crm4j.scoring.clv.MbgNbdModel;
import io.crm4j.scoring.clv.ParetoNbdModel;
import io.crm4j.scoring.clv.PurchaseModel;
import java.nio.file.Path;
import java.util.Map;

/** Model names of the command line and how to build each from a parameter file. */
final class ClvModels {

  static final String NAMES = "bgnbd, pareto-nbd, mbgnbd, gamma-gamma, bgbb";

  private ClvModels() {}

  static String normalize(String model) {
    String m = ClvIo.lower(model.trim());
    switch (m) {
      case "bgnbd":
      case "pareto-nbd":
      case "mbgnbd":
      case "gamma-gamma":
      case "bgbb":
        return m;
      default:
        throw new IllegalArgumentException("model must be one of " + NAMES + ", but was '" + model + "'");
    }
  }

  /**
   * A BG/BB number of periods given on the command line as {@code option}: a whole number in
   * [0, {@link BgBbModel#MAX_PERIODS}], the model's own limit, never cut to fit an int.
   */
  static int periods(double value, String option) {
    if (!(value >= 0) || value != Math.rint(value) || value > BgBbModel.MAX_PERIODS) {
      throw new IllegalArgumentException(option + " must be a whole number of periods in [0, " + BgBbModel.MAX_PERIODS
          + "] for bgbb, but was " + ClvIo.plain(value));
    }
    return (int) value;
  }

  /**
   * The purchase model in {@code paramsFile}, in the file's {@code "unit"}; a file without one (written
   * before units were recorded, or by hand) is in weeks, the default unit of {@code clv summarize}.
   */
  static PurchaseModel purchaseModel(String model, Path paramsFile) {
    Map<String, Double> p = ParamsJson.read(paramsFile);
    ClvTimeUnit given = ParamsJson.unit(paramsFile);
    ClvTimeUnit unit = given == null ? ClvTimeUnit.WEEKS : given;
    switch (normalize(model)) {
      case "bgnbd":
        return BgNbdModel.of(ClvIo.param(p, "r", paramsFile), ClvIo.param(p, "alpha", paramsFile),
            ClvIo.param(p, "a", paramsFile), ClvIo.param(p, "b", paramsFile), unit);
      case "mbgnbd":
        return MbgNbdModel.of(ClvIo.param(p, "r", paramsFile), ClvIo.param(p, "alpha", paramsFile),
            ClvIo.param(p, "a", paramsFile), ClvIo.param(p, "b", paramsFile), unit);
      case "pareto-nbd":
        return ParetoNbdModel.of(ClvIo.param(p, "r", paramsFile), ClvIo.param(p, "alpha", paramsFile),
            ClvIo.param(p, "s", paramsFile), ClvIo.param(p, "beta", paramsFile), unit);
      default:
        throw new IllegalArgumentException(
            "purchase model must be one of bgnbd, pareto-nbd, mbgnbd here, but was '" + model + "'");
    }
  }

  /**
   * Checks that {@code summary}, read from {@code summaryFile}, is in the unit of {@code model}, read
   * from {@code paramsFile}: an error naming both files and units, never a silently wrong value.
   */
  static void requireSameUnit(PurchaseModel model, Path paramsFile, ClvSummary summary, Path summaryFile) {
    if (model.unit() != summary.unit()) {
      throw new IllegalArgumentException("summary unit must be " + model.unit().label() + ", the unit of the model in "
          + paramsFile + ", but " + summaryFile + " is in " + summary.unit().label() + " (summarize again with --unit "
          + model.unit().label() + " or fit the model on this summary; a params file without \"unit\" is in weeks)");
    }
  }

  static GammaGammaModel spendModel(Path paramsFile) {
    Map<String, Double> p = ParamsJson.read(paramsFile);
    return GammaGammaModel.of(ClvIo.param(p, "p", paramsFile), ClvIo.param(p, "q", paramsFile),
        ClvIo.param(p, "gamma", paramsFile));
  }

  static BgBbModel bgbb(Path paramsFile) {
    Map<String, Double> p = ParamsJson.read(paramsFile);
    return BgBbModel.of(ClvIo.param(p, "alpha", paramsFile), ClvIo.param(p, "beta", paramsFile),
        ClvIo.param(p, "gamma", paramsFile), ClvIo.param(p, "delta", paramsFile));
  }
}
