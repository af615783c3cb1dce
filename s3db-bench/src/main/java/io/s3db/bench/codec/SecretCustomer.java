package io.s3db.bench.codec;

import io.s3db.annotations.S3Resource;
import io.s3db.annotations.Secret;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@link Customer} with a secret: the same 15 fields, but its last optional one ({@code rating}) is
 * an API key encrypted at rest ({@code @Secret}, AES-GCM as s3db.js writes it).
 */
@S3Resource(name = "secret_customers")
public record SecretCustomer(
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
    Customer.Address address,
    @Nullable String nickname,
    @Secret String apiKey) {}
