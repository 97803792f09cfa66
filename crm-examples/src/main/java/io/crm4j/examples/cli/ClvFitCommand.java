package io.crm4j.examples.cli;

import io.crm4j.scoring.clv.BgBbModel;
import io.crm4j.scoring.clv.BgBbSummary;
import io.crm4j.scoring.clv.BgNbdModel;
import io.crm4j.scoring.clv.ClvSummary;
import io.crm4j.scoring.clv.FitOptions;
import io.crm4j.scoring.clv.FitResult;
import io.crm4j.scoring.clv.GammaGammaModel;
import io.crm4j.scoring.clv.MbgNbdModel;
import io.crm4j.scoring.clv.ParetoNbdModel;
import io.crm4j.scoring.clv.PurchaseModel;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code clv fit}: maximum-likelihood fit of one model, as JSON. */
@Command(
    name = "fit",
    mixinStandardHelpOptions = true,
    description = "Fit a model by maximum likelihood; prints JSON with unit (purchase models), params, standardErrors, logLikelihood, "
        + "customers, converged, problem (when not converged), iterations and fitMillis.")
public final class ClvFitCommand implements FastStart.StartsFast {

  @CommandLine.Spec
  CommandLine.Model.@Nullable CommandSpec spec;

  @Option(names = "--model", required = true, description = "bgnbd, pareto-nbd, mbgnbd, gamma-gamma or bgbb.")
  String model;

  /** A string, not a Path: with --engine spark it may be a URI such as hdfs://namenode/summary.csv. */
  @Option(names = "--summary", required = true, description = "Summary CSV (bgbb: frequency,recency,periods,weights); "
      + "with --engine spark any path or URI Spark reads.")
  String summary;

  @Option(names = "--penalizer", defaultValue = "0", description = "L2 penalizer (default ${DEFAULT-VALUE}).")
  double penalizer;

  @Option(names = "--engine", defaultValue = "local",
      description = "local (default: this JVM, all cores) or spark (Apache Spark 3.5 on the class path, e.g. under "
          + "spark-submit; models bgnbd, mbgnbd, pareto-nbd, gamma-gamma).")
  String engine;

  @Option(names = "--master", description = "Spark master with --engine spark, e.g. local[2]; default: spark-submit's.")
  String master;

  @Option(names = "--repeat", defaultValue = "0",
      description = "Fit N more times after the first and report their median time as fitMillis.")
  int repeat;

  @Override
  public Integer call() {
    if (repeat < 0) {
      throw new IllegalArgumentException("repeat must be >= 0, but was " + repeat);
    }
    String name = ClvModels.normalize(model);
    FitOptions options = FitOptions.custom().penalizer(penalizer).build();
    String where = ClvIo.lower(engine);
    if (where.equals("spark")) {
      try (ClvFitEngine spark = ClvFitEngine.spark(master)) {
        return fitAndPrint(name, spark.fitter(name, summary, options));
      }
    }
    if (!where.equals("local")) {
      throw new IllegalArgumentException("engine must be local or spark, but was " + engine);
    }
    if (master != null) {
      throw new IllegalArgumentException("master must be given only with --engine spark, but was " + master);
    }
    return fitAndPrint(name, fitter(name, options));
  }

  private int fitAndPrint(String name, Supplier<FitResult<?>> fit) {
    long start = System.nanoTime();
    FitResult<?> result = fit.get();
    double millis = (System.nanoTime() - start) / 1e6;
    if (repeat > 0) {
      List<Double> times = new ArrayList<>();
      for (int i = 0; i < repeat; i++) {
        long t0 = System.nanoTime();
        result = fit.get();
        times.add((System.nanoTime() - t0) / 1e6);
        if (repeat >= 20 && (i + 1) % Math.max(1, repeat / 10) == 0) {
          FastStart.err(spec).println("fit " + (i + 1) + "/" + repeat);
        }
      }
      double[] sorted = times.stream().mapToDouble(Double::doubleValue).toArray();
      Arrays.sort(sorted);
      int n = sorted.length;
      millis = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
    PrintWriter out = FastStart.out(spec);
    out.println(json(name, result, millis));
    out.flush();
    return 0;
  }

  private Supplier<FitResult<?>> fitter(String name, FitOptions options) {
    if (name.equals("bgbb")) {
      BgBbSummary data = ClvIo.readBgBb(Path.of(summary));
      return () -> BgBbModel.fit(data, options);
    }
    ClvSummary data = ClvIo.readSummary(Path.of(summary));
    return switch (name) {
      case "bgnbd" -> () -> BgNbdModel.fit(data, options);
      case "mbgnbd" -> () -> MbgNbdModel.fit(data, options);
      case "pareto-nbd" -> () -> ParetoNbdModel.fit(data, options);
      default -> {
        ClvSummary spenders = positiveSpenders(data);
        yield () -> GammaGammaModel.fit(spenders, options);
      }
    };
  }

  /** The customers with frequency &gt; 0 and a positive monetary value, as gamma-gamma needs. */
  static ClvSummary positiveSpenders(ClvSummary data) {
    List<io.crm4j.scoring.clv.CustomerSummary> kept = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      if (data.frequency(i) > 0 && data.monetaryValue(i) > 0) {
        kept.add(data.customer(i));
      }
    }
    return ClvSummary.of(kept, data.unit());
  }

  static String json(String name, FitResult<?> r, double millis) {
    String unit = r.model() instanceof PurchaseModel m ? ",\"unit\":\"" + m.unit().label() + "\"" : "";
    return "{\"model\":\"" + name + "\"" + unit + ",\"params\":" + ClvIo.jsonNumbers(r.model().parameters())
        + ",\"standardErrors\":" + ClvIo.jsonNumbers(r.standardErrors())
        + ",\"logLikelihood\":" + ClvIo.num(r.logLikelihood())
        + ",\"customers\":" + r.customers()
        + ",\"converged\":" + r.converged()
        + r.problem().map(p -> ",\"problem\":\"" + p + "\"").orElse("")
        + ",\"iterations\":" + r.iterations()
        + ",\"fitMillis\":" + ClvIo.num(Math.round(millis * 1000) / 1000.0) + "}";
  }
}
