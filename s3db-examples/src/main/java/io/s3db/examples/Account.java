package io.s3db.examples;

import io.s3db.annotations.Default;
import io.s3db.annotations.S3Resource;
import io.s3db.annotations.Secret;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

// snippet: account
/** Richer types, validation rules read at compile time, and a secret encrypted at rest. */
@S3Resource(name = "accounts")
public record Account(
    @Nullable String id,
    @Size(min = 2, max = 100) String name,
    @Email String email,
    @PositiveOrZero int credits,
    @Default("FREE") @Nullable Plan plan,
    UUID externalId,
    Instant createdAt,
    @Nullable LocalDate birthday,
    List<String> tags,
    Map<String, Object> settings,
    @Secret String apiToken) { // null on insert: s3db generates a 12-character password

  public enum Plan {
    FREE,
    PRO
  }
}
// end snippet: account
