package com.acme;

import io.s3db.S3db;
import io.s3db.annotations.BehaviorMode;
import io.s3db.spi.DaoSupport;
import io.s3db.spi.Generated;
import io.s3db.spi.ResourceDescriptor;

/**
 * The records of resource {@code accounts}, stored as {@link Account}. Thread-safe.
 *
 * <pre>{@code
 * AccountDao dao = AccountDao.of(db);
 * }</pre>
 */
@Generated("io.s3db.processor.S3dbProcessor")
public final class AccountDao extends DaoSupport<Account> {
  /**
   * Resource {@code accounts}: its schema, codec and validator.
   */
  public static final ResourceDescriptor<Account> DESCRIPTOR =
      ResourceDescriptor.builder(Account.class, "accounts")
          .idSize(12)
          .attributes(AccountCodec.ATTRIBUTES)
          .codec(new AccountCodec())
          .validator(new AccountValidator())
          .behavior(BehaviorMode.BODY_OVERFLOW)
          .build();

  private AccountDao(S3db db) {
    super(db, DESCRIPTOR);
  }

  /**
   * The DAO of {@code accounts} in this database; registers the resource on first use.
   */
  public static AccountDao of(S3db db) {
    return new AccountDao(db);
  }
}
