package io.s3db.storage;

import io.s3db.annotations.S3Resource;
import io.s3db.annotations.Secret;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The s3db.js 6.0.0 vector resource (src/test/resources/vectors/s3dbjs-vectors-6.0.0.json), seeded
 * as "legacyUsers".
 */
@S3Resource(name = "legacyUsers")
public record LegacyUser(
    @Nullable String id,
    String name,
    String email,
    int age,
    double score,
    double balance,
    boolean active,
    String joinedAt,
    List<String> tags,
    Profile profile,
    @Secret String password,
    String region) {

  public record Profile(@Nullable String bio, String city) {}
}
