package io.crm4j.examples.cli;

import io.crm4j.scoring.clv.FitOptions;
import io.crm4j.scoring.clv.FitResult;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Where {@code clv fit} runs when it is not the local engine. Implementations are loaded by class
 * name only when asked for, so that the local engine never loads their dependencies (Spark).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface ClvFitEngine extends AutoCloseable {

  /** The class that implements {@code --engine spark}. */
  String SPARK = "io.crm4j.examples.spark.SparkClvEngine";

  /** Starts the engine ({@code master} as in spark-submit, or null for the submitting environment's). */
  void start(@Nullable String master);

  /**
   * Reads the summary and prepares it (caches it on the cluster); the supplier runs one fit per
   * call on the prepared data.
   */
  Supplier<FitResult<?>> fitter(String model, String summary, FitOptions options);

  /** Stops what {@link #start} started. */
  @Override
  void close();

  /**
   * Loads the Spark engine.
   *
   * @throws IllegalStateException when Apache Spark is not on the class path
   */
  static ClvFitEngine spark(@Nullable String master) {
    try {
      Class.forName("org.apache.spark.sql.SparkSession", false, ClvFitEngine.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("--engine spark needs Apache Spark 3.5 (Scala 2.12) on the class path, but it "
          + "was not found: crm4j-cli.jar does not contain Spark; run the job with spark-submit (see docs/scale-out.md) "
          + "or put Spark's jars on the class path", e);
    }
    ClvFitEngine engine;
    try {
      engine = (ClvFitEngine) Class.forName(SPARK).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("engine class " + SPARK + " must be loadable, but was not: " + e, e);
    }
    engine.start(master);
    return engine;
  }
}
