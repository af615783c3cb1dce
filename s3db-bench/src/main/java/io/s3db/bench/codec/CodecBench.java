package io.s3db.bench.codec;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The record ↔ metadata step of a put (encode) and of a head (decode) for the 15-field record,
 * plain and with a secret: (s3db) the generated codec through the engine's own writer, reader, key
 * mapping, validator and layout; (jackson) {@link JacksonPath}; both as {@link CodecPaths} makes
 * them. Settings (forks, iterations, the GC profiler) come from {@code CodecsMain}, which runs
 * this.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CodecBench {
  /** {@code plain}: {@link Customer}; {@code secret}: {@link SecretCustomer}. */
  @Param({"plain", "secret"})
  public String variant = "plain";

  private CodecPaths<?> path = CodecPaths.of(variant);

  @Setup
  public void setUp() {
    path = CodecPaths.of(variant);
  }

  @Benchmark
  public Object s3dbEncode() {
    return path.s3dbEncode();
  }

  @Benchmark
  public Object s3dbDecode() {
    return path.s3dbDecode();
  }

  @Benchmark
  public Object jacksonEncode() {
    return path.jacksonEncode();
  }

  @Benchmark
  public Object jacksonDecode() {
    return path.jacksonDecode();
  }
}
