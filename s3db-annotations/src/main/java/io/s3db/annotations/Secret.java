package io.s3db.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Encrypts a {@code String} component at rest, exactly as s3db.js's {@code secret} type does
 * (AES-256-GCM, key from PBKDF2-HMAC-SHA256 over the database passphrase), and decrypts it on read.
 * A secret that is null on insert gets a generated 12-character password, as in s3db.js; declare it
 * {@code @Nullable} to keep it absent instead. Its value never appears in error messages.
 *
 * <pre>{@code
 * @S3Resource(name = "accounts")
 * public record Account(@Nullable String id, String owner, @Secret String apiToken) {}
 *
 * S3db db = S3db.builder().uri("s3://…").passphrase(System.getenv("S3DB_PASSPHRASE")).build();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({
  ElementType.RECORD_COMPONENT,
  ElementType.PARAMETER,
  ElementType.FIELD,
  ElementType.METHOD
})
public @interface Secret {}
