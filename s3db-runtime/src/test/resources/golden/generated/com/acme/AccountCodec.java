package com.acme;

import io.s3db.spi.Attribute;
import io.s3db.spi.Defaults;
import io.s3db.spi.Generated;
import io.s3db.spi.MetadataReader;
import io.s3db.spi.MetadataWriter;
import io.s3db.spi.ResourceCodec;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes {@link Account} as S3 user metadata, in the s3db.js 21.x format. Each key is the
 * base36 position of its path (FORMAT.md §4.1). Generated; not for direct use.
 */
@Generated("io.s3db.processor.S3dbProcessor")
public final class AccountCodec implements ResourceCodec<Account> {
  static final String EMAIL = "0";
  static final String HANDLE = "1";
  static final String API_KEY = "2";
  static final String RECOVERY_CODE = "3";
  static final String PLAN = "4";
  static final String SEATS = "5";
  static final String BALANCE = "6";

  /**
   * The schema as s3db.js declares it in {@code s3db.json}, its leaves in key order.
   */
  public static final List<Attribute> ATTRIBUTES = List.of(
      Attribute.text("email", "email"),
      Attribute.text("handle", "string|min:2|max:40|pattern:[a-z0-9_]+"),
      Attribute.encrypted("apiKey", "secret"),
      Attribute.encrypted("recoveryCode", "secret|optional"),
      Attribute.text("plan", "string|default:free"),
      Attribute.of("seats", "number|integer|min:0|default:3"),
      Attribute.of("balance", "number|optional"));

  @Override
  public @Nullable String id(Account record) {
    return record.id();
  }

  @Override
  public Account withId(Account record, String id) {
    return new Account(id, record.email(), record.handle(), record.apiKey(), record.recoveryCode(),
        record.plan(), record.seats(), record.balance());
  }

  @Override
  public Account applyDefaults(Account record, Defaults defaults) {
    return new Account(
        record.id(),
        record.email(),
        record.handle(),
        record.apiKey() != null ? record.apiKey() : defaults.password(),
        record.recoveryCode(),
        record.plan() != null ? record.plan() : "free",
        record.seats() != null ? record.seats() : 3,
        record.balance());
  }

  @Override
  public void encode(Account record, MetadataWriter out) {
    out.putString(EMAIL, record.email());
    out.putString(HANDLE, record.handle());
    out.putSecret(API_KEY, record.apiKey());
    String _recoveryCode = record.recoveryCode();
    if (_recoveryCode != null) {
      out.putSecret(RECOVERY_CODE, _recoveryCode);
    }
    String _plan = record.plan();
    if (_plan != null) {
      out.putString(PLAN, _plan);
    }
    out.putInteger(SEATS, record.seats());
    Double _balance = record.balance();
    if (_balance != null) {
      out.putDecimal(BALANCE, _balance);
    }
  }

  @Override
  public Account decode(String id, MetadataReader in) {
    return new Account(
        id,
        in.requireString(EMAIL, "email"),
        in.requireString(HANDLE, "handle"),
        in.requireSecret(API_KEY, "apiKey"),
        in.secret(RECOVERY_CODE, "recoveryCode"),
        in.has(PLAN) ? in.requireString(PLAN, "plan") : "free",
        in.has(SEATS) ? in.requireInt(SEATS, "seats") : 3,
        in.has(BALANCE) ? in.requireDouble(BALANCE, "balance") : null);
  }
}
