package io.s3db.bench.codec;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The benchmarks' records: the same values for every path (and, as JSON, for s3db.js). */
public final class Shapes {
  /** The id of every record here (it names the object; it is not part of the metadata). */
  public static final String ID = "c0042xYz9";

  /** The secret variant's passphrase. */
  public static final String PASSPHRASE = "bench-passphrase";

  private Shapes() {}

  /**
   * The plain record, each of its text fields {@code grow} characters longer (0: as benchmarked):
   * the field's own text repeated, so the mix of ASCII and non-ASCII stays that of the record.
   */
  public static Customer customer(int grow) {
    return new Customer(
        ID,
        times("Ana Luíza Gonçalves", grow),
        times("ana.luiza", grow) + "@example.com",
        times("São Paulo", grow),
        times("Olá! Gosto de café ☕ e de música — 10 € por mês. ", grow),
        34,
        1_234_567L,
        -120.75,
        true,
        Instant.parse("2025-03-14T15:09:26.535Z"),
        LocalDate.of(1991, 7, 23),
        List.of("vip", "beta", times("pt-BR", grow)),
        new Customer.Address(
            times("Rua Augusta, 1500 – apto 12", grow), times("São Paulo", grow), "01304-001"),
        null,
        null);
  }

  /** The secret variant: {@link #customer}'s values and an API key. */
  public static SecretCustomer secretCustomer(int grow) {
    Customer c = customer(grow);
    return new SecretCustomer(
        c.id(),
        c.name(),
        c.email(),
        c.city(),
        c.bio(),
        c.age(),
        c.visits(),
        c.balance(),
        c.active(),
        c.signedUp(),
        c.birthday(),
        c.tags(),
        c.address(),
        c.nickname(),
        "sk_live_4eC39HqLyjWDarjtT1zdp7dc");
  }

  private static String times(String text, int grow) {
    StringBuilder sb = new StringBuilder(text.length() + grow).append(text);
    for (int i = 0; i < grow; i++) {
      sb.append(text.charAt(i % text.length()));
    }
    return sb.toString();
  }
}
