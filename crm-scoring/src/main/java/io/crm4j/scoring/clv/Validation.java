package io.crm4j.scoring.clv;

/** Argument checks shared by the CLV classes; messages name the parameter, the rule and the value. */
final class Validation {

  private Validation() {}

  static double finite(double value, String name) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be a finite number, but was " + value);
    }
    return value;
  }

  static double positive(double value, String name) {
    if (!(value > 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be finite and > 0, but was " + value);
    }
    return value;
  }

  static double nonNegative(double value, String name) {
    if (!(value >= 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be finite and >= 0, but was " + value);
    }
    return value;
  }

  static int nonNegative(int value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, but was " + value);
    }
    return value;
  }

  static double probability(double value, String name) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1], but was " + value);
    }
    return value;
  }

  static void checkCustomer(int frequency, double recency, double age, double monetary, Object who) {
    String problem = customerProblem(frequency, recency, age, monetary);
    if (problem != null) {
      throw new IllegalArgumentException(problem + " (customer " + who + ")");
    }
  }

  /**
   * What is wrong with one customer's summary, or null; the callers add who it is, so that checking
   * a valid row builds no string.
   */
  static String customerProblem(int frequency, double recency, double age, double monetary) {
    if (frequency < 0) {
      return "frequency must be >= 0, but was " + frequency;
    }
    if (!(recency >= 0) || !Double.isFinite(recency)) {
      return "recency must be finite and >= 0, but was " + recency;
    }
    if (!(age >= 0) || !Double.isFinite(age)) {
      return "T must be finite and >= 0, but was " + age;
    }
    if (recency > age) {
      return "recency must be <= T, but was recency " + recency + " > T " + age;
    }
    if (frequency == 0 && recency != 0) {
      return "recency must be 0 when frequency is 0, but was " + recency;
    }
    if (!(monetary >= 0) || !Double.isFinite(monetary)) {
      return "monetaryValue must be finite and >= 0, but was " + monetary;
    }
    return null;
  }

  /** Checks the arguments of a conditional prediction for one customer. */
  static void checkHistory(int frequency, double recency, double age) {
    checkCustomer(frequency, recency, age, 0.0, "argument");
  }
}
