package io.crm4j.scoring.clv;

import java.util.Map;
import org.apiguardian.api.API;

/**
 * A model with named parameters, as reported by fits and the command line. Models are not {@code
 * Serializable}: a distributed engine ships {@link #parameters()} (plain doubles) and rebuilds the
 * model on its workers through the model's validating {@code of} factory.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface ParametricModel {

  /** The model's short name, e.g. {@code bgnbd}. */
  String name();

  /** The parameters by name, in the model's conventional order. */
  Map<String, Double> parameters();
}
