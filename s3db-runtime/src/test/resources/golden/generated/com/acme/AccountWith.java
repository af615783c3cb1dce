package com.acme;

import io.s3db.spi.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Copies {@link Account} records with some components changed and the others kept, for updates:
 * {@code dao.update(id, r -> AccountWith.of(r).… .build())}. Not thread-safe; use one per copy.
 *
 * <pre>{@code
 * Account changed = AccountWith.of(record).email(…).build();
 * }</pre>
 */
@Generated("io.s3db.processor.S3dbProcessor")
public final class AccountWith {
  private @Nullable String id;
  private String email;
  private String handle;
  private String apiKey;
  private @Nullable String recoveryCode;
  private @Nullable String plan;
  private Integer seats;
  private @Nullable Double balance;

  private AccountWith(Account record) {
    this.id = record.id();
    this.email = record.email();
    this.handle = record.handle();
    this.apiKey = record.apiKey();
    this.recoveryCode = record.recoveryCode();
    this.plan = record.plan();
    this.seats = record.seats();
    this.balance = record.balance();
  }

  /**
   * Starts from {@code record}'s components.
   */
  public static AccountWith of(Account record) {
    return new AccountWith(record);
  }

  /**
   * Sets {@code id}.
   */
  public AccountWith id(@Nullable String id) {
    this.id = id;
    return this;
  }

  /**
   * Sets {@code email}.
   */
  public AccountWith email(String email) {
    this.email = email;
    return this;
  }

  /**
   * Sets {@code handle}.
   */
  public AccountWith handle(String handle) {
    this.handle = handle;
    return this;
  }

  /**
   * Sets {@code apiKey}.
   */
  public AccountWith apiKey(String apiKey) {
    this.apiKey = apiKey;
    return this;
  }

  /**
   * Sets {@code recoveryCode}.
   */
  public AccountWith recoveryCode(@Nullable String recoveryCode) {
    this.recoveryCode = recoveryCode;
    return this;
  }

  /**
   * Sets {@code plan}.
   */
  public AccountWith plan(@Nullable String plan) {
    this.plan = plan;
    return this;
  }

  /**
   * Sets {@code seats}.
   */
  public AccountWith seats(Integer seats) {
    this.seats = seats;
    return this;
  }

  /**
   * Sets {@code balance}.
   */
  public AccountWith balance(@Nullable Double balance) {
    this.balance = balance;
    return this;
  }

  /**
   * The copy: a new {@code Account} of the components set here and those kept.
   */
  public Account build() {
    return new Account(id, email, handle, apiKey, recoveryCode, plan, seats, balance);
  }
}
