package io.s3db.it;

import io.s3db.annotations.Partition;
import io.s3db.annotations.S3Resource;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The part of the s3db.js vector resource {@code users} (src/test/resources/vectors, docs/FORMAT.md
 * §13.1) that the foundation's types cover, declared in another order on purpose: its keys must
 * come from the catalog's schemaRegistry, not from this declaration. The vector catalog is seeded
 * under this resource name. Its partition and rules are the vectors' own, so this is an older build
 * of the same definition (a subset of its attributes) and writes under the catalog's v1, as s3db.js
 * did.
 */
@S3Resource(name = "vectorUsers")
@Partition(name = "byRegion", fields = "region")
public record VectorUser(
    @Nullable String id,
    String region,
    @Size(min = 2, max = 100) String name,
    @Email String email,
    @Positive int age,
    double score,
    double balance,
    boolean active,
    Profile profile) {

  public record Profile(@Nullable String bio, String city) {}
}
