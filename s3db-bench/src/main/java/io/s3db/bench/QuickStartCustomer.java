package io.s3db.bench;

import io.s3db.annotations.S3Resource;
import org.jspecify.annotations.Nullable;

/** The README's quick-start record (its own resource name here), for {@link StartupBench}. */
@S3Resource(name = "quickStartCustomers")
public record QuickStartCustomer(
    @Nullable String id,
    String name,
    String email,
    int orders,
    double balance,
    boolean vip,
    Address address,
    @Nullable String notes) {

  public record Address(String street, String city) {}
}
