package io.s3db.bench;

import io.s3db.annotations.S3Resource;
import io.s3db.annotations.Secret;
import org.jspecify.annotations.Nullable;

/**
 * The secret variant's record: {@link Item}'s 7 fields and an API token kept as a secret
 * (AES-256-GCM under the database passphrase), so every write encrypts one value and every read
 * decrypts one. The s3db.js driver declares the same attributes ({@code bench-node.mjs}'s {@code
 * SECRET_ATTRIBUTES}).
 */
@S3Resource(name = "sitems", paranoid = false)
public record SecretItem(
    @Nullable String id,
    String name,
    String city,
    String status,
    int quantity,
    long counter,
    double price,
    boolean active,
    @Secret String token) {

  /** The passphrase every side of the secret variant is given. */
  static final String PASSPHRASE = "bench-passphrase-Ω";

  static SecretItem of(String id, int i) {
    return of(Item.of(id, i), "tok_" + Integer.toString(i * 7919 + 104_729, 36) + "_live");
  }

  static SecretItem of(Item x, String token) {
    return new SecretItem(
        x.id(),
        x.name(),
        x.city(),
        x.status(),
        x.quantity(),
        x.counter(),
        x.price(),
        x.active(),
        token);
  }

  /** The fields without the token. */
  Item item() {
    return new Item(id, name, city, status, quantity, counter, price, active);
  }

  SecretItem withCounter(long value) {
    return new SecretItem(id, name, city, status, quantity, value, price, active, token);
  }
}
