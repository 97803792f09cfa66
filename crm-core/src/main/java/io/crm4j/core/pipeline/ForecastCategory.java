package io.crm4j.core.pipeline;

import org.apiguardian.api.API;

/** How confident the forecast is about the opportunities in a stage. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ForecastCategory {
  /** Early: counted in the pipeline, not in the forecast the owner commits to. */
  PIPELINE,
  /** Likely if things go well. */
  BEST_CASE,
  /** The owner commits to closing it in the period. */
  COMMIT,
  /** Won. */
  CLOSED,
  /** Left out of the forecast (lost). */
  OMITTED
}
