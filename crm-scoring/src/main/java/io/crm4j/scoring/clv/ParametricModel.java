package io.crm4j.scoring.clv;

import java.util.Map;
import org.apiguardian.api.API;

/**
 * A model with named parameters, as reported by fits and the command line. Models are
 * serializable so that a distributed engine can ship a fitted model to its workers (the models are
 * records: deserialization goes through their validating constructors).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface ParametricModel extends java.io.Serializable {

  /** The model's short name, e.g. {@code bgnbd}. */
  String name();

  /** The parameters by name, in the model's conventional order. */
  Map<String, Double> parameters();
}
