package io.s3db.it;

import io.s3db.annotations.S3Resource;
import org.jspecify.annotations.Nullable;

/** The slice's record: every foundation type, a nested record, and optional values. */
@S3Resource(name = "users")
public record User(
    @Nullable String id,
    String name,
    String email,
    int age,
    double score,
    double balance,
    boolean active,
    Profile profile,
    String region,
    long visits,
    @Nullable Integer height,
    @Nullable Boolean verified,
    @Nullable Double rating,
    @Nullable Long lastSeen) {

  public record Profile(@Nullable String bio, String city) {}

  public static User sample(@Nullable String id) {
    return new User(
        id,
        "Ana Lima",
        "ana@example.com",
        34,
        97.5,
        -120.75,
        true,
        new Profile("Olá, mundo! ção €", "São Paulo"),
        "us-east",
        1_000_000L,
        null,
        null,
        null,
        null);
  }
}
