package com.acme;

import io.s3db.Violation;
import io.s3db.spi.Checks;
import io.s3db.spi.Generated;
import io.s3db.spi.ResourceValidator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks {@link Account} before it is written. Generated; not for direct use.
 */
@Generated("io.s3db.processor.S3dbProcessor")
public final class AccountValidator implements ResourceValidator<Account> {
  private static final Pattern HANDLE_PATTERN = Pattern.compile("[a-z0-9_]+");

  @Override
  public List<Violation> validate(Account record) {
    List<Violation> violations = new ArrayList<>();
    if (record.email() == null) {
      violations.add(Checks.missing("email"));
    } else {
      Checks.text(violations, "email", record.email());
      Checks.email(violations, "email", record.email());
    }
    if (record.handle() == null) {
      violations.add(Checks.missing("handle"));
    } else {
      Checks.text(violations, "handle", record.handle());
      Checks.size(violations, "handle", record.handle().length(), 2, 40);
      Checks.pattern(violations, "handle", record.handle(), HANDLE_PATTERN, false);
    }
    if (record.apiKey() == null) {
      violations.add(Checks.missing("apiKey"));
    } else {
      Checks.text(violations, "apiKey", record.apiKey());
      Checks.secret(violations, "apiKey", record.apiKey());
    }
    if (record.recoveryCode() != null) {
      Checks.text(violations, "recoveryCode", record.recoveryCode());
      Checks.secret(violations, "recoveryCode", record.recoveryCode());
    }
    if (record.plan() != null) {
      Checks.text(violations, "plan", record.plan());
    }
    if (record.seats() == null) {
      violations.add(Checks.missing("seats"));
    } else {
      Checks.range(violations, "seats", BigDecimal.valueOf((long) record.seats()),
          new BigDecimal("0"), true, null, true);
    }
    if (record.balance() != null) {
      Checks.finite(violations, "balance", record.balance());
    }
    return violations;
  }
}
