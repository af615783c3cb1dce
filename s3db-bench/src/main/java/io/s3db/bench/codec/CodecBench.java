package io.s3db.bench.codec;

import io.s3db.internal.RecordMetadata;
import io.s3db.internal.layout.StoredObject;
import io.s3db.spi.Attribute;
import io.s3db.spi.ResourceDescriptor;
import java.util.List;
import java.util.Map;
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
 * mapping, validator and layout ({@link RecordMetadata}); (jackson) {@link JacksonPath}. Settings
 * (forks, iterations, the GC profiler) come from {@code CodecsMain}, which runs this.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CodecBench {
  /** {@code plain}: {@link Customer}; {@code secret}: {@link SecretCustomer}. */
  @Param({"plain", "secret"})
  public String variant = "plain";

  private Path<?> path = Path.of(variant);

  @Setup
  public void setUp() {
    path = Path.of(variant);
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

  /** One variant's record, both paths, and the metadata each decodes (made once, by each). */
  public static final class Path<T> {
    private final T record;
    private final RecordMetadata<T> s3db;
    private final JacksonPath<T> jackson;
    private final Map<String, String> s3dbMetadata;
    private final Map<String, String> jacksonMetadata;

    Path(
        T record,
        Class<T> type,
        ResourceDescriptor<T> descriptor,
        List<Attribute> attributes,
        @org.jspecify.annotations.Nullable String passphrase) {
      this.record = record;
      this.s3db = RecordMetadata.of(descriptor, passphrase);
      this.jackson = new JacksonPath<>(type, attributes, s3db.storedKeys(), passphrase);
      this.s3dbMetadata = s3db.put(record).metadata();
      this.jacksonMetadata = jackson.encode(record);
      if (!s3db.head(Shapes.ID, s3dbMetadata).equals(record)
          || !jackson.decode(Shapes.ID, jacksonMetadata).equals(record)
          || !jackson.decode(Shapes.ID, s3dbMetadata).equals(record)) {
        throw new IllegalStateException("a path does not give the record back");
      }
    }

    /** The variant's paths for the benchmarked record. */
    public static Path<?> of(String variant) {
      return switch (variant) {
        case "plain" -> plain(0);
        case "secret" -> secret(0);
        default -> throw new IllegalArgumentException(variant);
      };
    }

    /** The plain record with its text fields {@code grow} characters longer. */
    public static Path<Customer> plain(int grow) {
      return new Path<>(
          Shapes.customer(grow),
          Customer.class,
          CustomerDao.DESCRIPTOR,
          CustomerCodec.ATTRIBUTES,
          null);
    }

    /** The secret variant, its text fields {@code grow} characters longer. */
    public static Path<SecretCustomer> secret(int grow) {
      return new Path<>(
          Shapes.secretCustomer(grow),
          SecretCustomer.class,
          SecretCustomerDao.DESCRIPTOR,
          SecretCustomerCodec.ATTRIBUTES,
          Shapes.PASSPHRASE);
    }

    public StoredObject s3dbEncode() {
      return s3db.put(record);
    }

    public T s3dbDecode() {
      return s3db.head(Shapes.ID, s3dbMetadata);
    }

    public Map<String, String> jacksonEncode() {
      return jackson.encode(record);
    }

    public T jacksonDecode() {
      return jackson.decode(Shapes.ID, jacksonMetadata);
    }

    public T record() {
      return record;
    }

    /** The metadata the engine sends for the record. */
    public Map<String, String> metadata() {
      return s3dbMetadata;
    }

    public Map<String, String> jacksonMetadata() {
      return jacksonMetadata;
    }

    public Map<String, String> storedKeys() {
      return s3db.storedKeys();
    }
  }
}
