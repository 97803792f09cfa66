package io.crm4j.scoring.clv.spi;

import java.util.ArrayList;
import java.util.List;

/** Building the lists of starting points. */
final class Starts {

  private Starts() {}

  static List<double[]> scaled(double[] first, double[][] fixed) {
    List<double[]> out = new ArrayList<>();
    out.add(first);
    return fixedInto(out, fixed);
  }

  static List<double[]> fixed(double[][] fixed) {
    return fixedInto(new ArrayList<>(), fixed);
  }

  private static List<double[]> fixedInto(List<double[]> out, double[][] fixed) {
    for (double[] s : fixed) {
      out.add(s.clone());
    }
    return out;
  }
}
