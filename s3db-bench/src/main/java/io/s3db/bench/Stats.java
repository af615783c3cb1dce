package io.s3db.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Median and spread of a few numbers (one per measured round). */
record Stats(double median, double min, double max) {

  static Stats of(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (v.length == 0) {
      return new Stats(Double.NaN, Double.NaN, Double.NaN);
    }
    double median =
        v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    return new Stats(median, v[0], v[v.length - 1]);
  }

  /** {@code 1 234} for rates. */
  static String rate(double r) {
    return Double.isNaN(r) ? "–" : String.format(Locale.ROOT, "%,.0f", r).replace(',', ' ');
  }

  /** {@code 0.87× (0.81–0.92)} for ratios. */
  String ratio() {
    return Double.isNaN(median)
        ? "–"
        : String.format(Locale.ROOT, "%.2f× (%.2f–%.2f)", median, min, max);
  }

  /** Spread as a fraction of the median, (max − min) ÷ median. */
  double spread() {
    return (max - min) / median;
  }

  @Override
  public String toString() {
    return Arrays.toString(new double[] {median, min, max});
  }
}
