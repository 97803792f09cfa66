package io.crm4j.scoring.clv.spi;

/** Row checks shared by the blocks; messages name the column, the rule, the value and the row. */
final class Blocks {

  private Blocks() {}

  static void checkRow(int frequency, double recency, double age, double weight, int row) {
    if (frequency < 0) {
      throw new IllegalArgumentException("frequency must be >= 0, but was " + frequency + " (row " + row + ")");
    }
    if (!(recency >= 0) || !Double.isFinite(recency)) {
      throw new IllegalArgumentException("recency must be finite and >= 0, but was " + recency + " (row " + row + ")");
    }
    if (!(age >= recency) || !Double.isFinite(age)) {
      throw new IllegalArgumentException(
          "age must be finite and >= recency " + recency + ", but was " + age + " (row " + row + ")");
    }
    checkWeight(weight, row);
  }

  static void checkWeight(double weight, int row) {
    if (!(weight >= 0) || !Double.isFinite(weight)) {
      throw new IllegalArgumentException("weight must be finite and >= 0, but was " + weight + " (row " + row + ")");
    }
  }

  static double[] checkTheta(double[] theta, int dimension) {
    java.util.Objects.requireNonNull(theta, "theta");
    if (theta.length != dimension) {
      throw new IllegalArgumentException("theta must have " + dimension + " entries, but had " + theta.length);
    }
    for (int i = 0; i < dimension; i++) {
      if (!(theta[i] > 0) || !Double.isFinite(theta[i])) {
        throw new IllegalArgumentException("theta[" + i + "] must be finite and > 0, but was " + theta[i]);
      }
    }
    return theta;
  }
}
