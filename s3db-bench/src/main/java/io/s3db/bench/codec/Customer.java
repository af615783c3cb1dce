package io.s3db.bench.codec;

import io.s3db.annotations.S3Resource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The codec benchmarks' record: 15 fields of a realistic shape — text with non-ASCII characters,
 * integers, a decimal, a boolean, an instant, a date, a list, a nested record, and two optional
 * fields left absent ({@link Shapes#customer}).
 */
@S3Resource(name = "customers")
public record Customer(
    @Nullable String id,
    String name,
    String email,
    String city,
    String bio,
    int age,
    long visits,
    double balance,
    boolean active,
    Instant signedUp,
    LocalDate birthday,
    List<String> tags,
    Address address,
    @Nullable String nickname,
    @Nullable Double rating) {

  /** The nested record: three text leaves ({@code address.street}, …). */
  public record Address(String street, String city, String postcode) {}
}
