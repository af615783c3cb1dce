package io.s3db.bench;

import io.s3db.annotations.S3Resource;
import io.s3db.bench.codec.Customer;
import io.s3db.bench.codec.Shapes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The wide variant's record: the codec benchmarks' 15-field {@link Customer} shape (the same
 * components, id included), its values varied by record index; {@code visits} is the counter. The
 * s3db.js driver declares the same attributes ({@code bench-node.mjs}'s {@code WIDE_ATTRIBUTES}).
 * Not paranoid, as {@link Item}.
 */
@S3Resource(name = "witems", paranoid = false)
public record WideItem(
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
    @Nullable Double rating) {

  private static final Customer BASE = Shapes.customer(0);

  /**
   * Record {@code i}: deterministic, so every side writes the same values. The bio without its
   * trailing space: s3db.js trims strings on insert, so side A would store another value.
   */
  static WideItem of(String id, int i) {
    String city = i % 3 == 0 ? BASE.city() : "Lisboa";
    return new WideItem(
        id,
        BASE.name() + " " + i,
        "ana.luiza" + i + "@example.com",
        city,
        BASE.bio().strip(),
        18 + i % 60,
        0,
        BASE.balance() + i,
        i % 2 == 0,
        BASE.signedUp().plusSeconds(3600L * i),
        BASE.birthday().plusDays(i),
        i % 2 == 0 ? BASE.tags() : List.of("pt-BR"),
        new Customer.Address(BASE.address().street(), city, BASE.address().postcode()),
        i % 4 == 0 ? "Lu" : null, // absent on 3 records of 4
        i % 3 == 0 ? null : 0.5 * (i % 10)); // absent on 1 of 3
  }

  WideItem withVisits(long value) {
    return new WideItem(
        id, name, email, city, bio, age, value, balance, active, signedUp, birthday, tags, address,
        nickname, rating);
  }
}
