package io.s3db.bench.codec;

import io.s3db.internal.RecordMetadata;
import io.s3db.internal.layout.StoredObject;
import io.s3db.spi.Attribute;
import io.s3db.spi.ResourceDescriptor;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One variant's record, both paths ({@link RecordMetadata}, the engine's step, and {@link
 * JacksonPath}), and the metadata each decodes (made once, by each): what {@link CodecBench} times
 * and {@code CodecsMain} reports.
 */
public final class CodecPaths<T> {
  private final T record;
  private final RecordMetadata<T> s3db;
  private final JacksonPath<T> jackson;
  private final Map<String, String> s3dbMetadata;
  private final Map<String, String> jacksonMetadata;

  CodecPaths(
      T record,
      Class<T> type,
      ResourceDescriptor<T> descriptor,
      List<Attribute> attributes,
      @Nullable String passphrase) {
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
  public static CodecPaths<?> of(String variant) {
    return switch (variant) {
      case "plain" -> plain(0);
      case "secret" -> secret(0);
      default -> throw new IllegalArgumentException(variant);
    };
  }

  /** The plain record with its text fields {@code grow} characters longer. */
  public static CodecPaths<Customer> plain(int grow) {
    return new CodecPaths<>(
        Shapes.customer(grow),
        Customer.class,
        CustomerDao.DESCRIPTOR,
        CustomerCodec.ATTRIBUTES,
        null);
  }

  /** The secret variant, its text fields {@code grow} characters longer. */
  public static CodecPaths<SecretCustomer> secret(int grow) {
    return new CodecPaths<>(
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
