package io.s3db.interop;

import io.s3db.annotations.S3Resource;
import org.jspecify.annotations.Nullable;

/**
 * Every foundation type once required and once {@code @Nullable}, and a nested record: the Java
 * side of the shared resource whose s3db.js side is {@link Shared#PEOPLE}.
 */
@S3Resource(name = "people")
public record Person(
    @Nullable String id,
    String name,
    @Nullable String nickname,
    int age,
    long visits,
    double score,
    boolean active,
    @Nullable Integer rank,
    @Nullable Long lastSeen,
    @Nullable Double rating,
    @Nullable Boolean verified,
    Address address) {

  public record Address(String street, String city, @Nullable String zip) {}
}
