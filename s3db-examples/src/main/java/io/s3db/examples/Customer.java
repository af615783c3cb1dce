package io.s3db.examples;

import io.s3db.annotations.S3Resource;
import org.jspecify.annotations.Nullable;

// snippet: customer
/** A customer: one S3 object each, its fields in the object's metadata. */
@S3Resource(name = "customers")
public record Customer(
    @Nullable String id, // null: s3db generates one on insert
    String name,
    String email,
    int orders,
    double balance,
    boolean vip,
    Address address, // nested record: stored as address.street, address.city
    @Nullable String notes) { // absent in S3 when null

  public record Address(String street, String city) {}
}
// end snippet: customer
