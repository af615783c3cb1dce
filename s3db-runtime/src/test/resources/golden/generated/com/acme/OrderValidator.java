package com.acme;

import io.s3db.Violation;
import io.s3db.spi.Checks;
import io.s3db.spi.Generated;
import io.s3db.spi.ResourceValidator;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks {@link Order} before it is written. Generated; not for direct use.
 */
@Generated("io.s3db.processor.S3dbProcessor")
public final class OrderValidator implements ResourceValidator<Order> {
  @Override
  public List<Violation> validate(Order record) {
    List<Violation> violations = new ArrayList<>();
    if (record.customer() == null) {
      violations.add(Checks.missing("customer"));
    } else {
      Checks.text(violations, "customer", record.customer());
    }
    if (record.status() == null) {
      violations.add(Checks.missing("status"));
    }
    if (record.channel() == null) {
      violations.add(Checks.missing("channel"));
    } else {
      Checks.text(violations, "channel", record.channel());
    }
    if (record.shipTo() == null) {
      violations.add(Checks.missing("shipTo"));
    } else {
      validateShipTo(record.shipTo(), violations);
    }
    if (record.billTo() != null) {
      validateBillTo(record.billTo(), violations);
    }
    if (record.lines() == null) {
      violations.add(Checks.missing("lines"));
    } else {
      Checks.items(violations, "lines", record.lines());
      for (Order.Line _element : record.lines()) {
        if (_element != null) {
          validateLines(_element, violations);
        }
      }
      Checks.notEmpty(violations, "lines", record.lines().size());
    }
    if (record.tags() == null) {
      violations.add(Checks.missing("tags"));
    } else {
      Checks.items(violations, "tags", record.tags());
    }
    return violations;
  }

  private static void validateShipTo(Order.Address value, List<Violation> violations) {
    if (value.city() == null) {
      violations.add(Checks.missing("shipTo.city"));
    } else {
      Checks.text(violations, "shipTo.city", value.city());
    }
    if (value.country() == null) {
      violations.add(Checks.missing("shipTo.country"));
    } else {
      Checks.text(violations, "shipTo.country", value.country());
    }
    if (value.zip() != null) {
      Checks.text(violations, "shipTo.zip", value.zip());
    }
    if (value.label() == null) {
      violations.add(Checks.missing("shipTo.label"));
    } else {
      Checks.text(violations, "shipTo.label", value.label());
    }
  }

  private static void validateBillTo(Order.Address value, List<Violation> violations) {
    if (value.city() == null) {
      violations.add(Checks.missing("billTo.city"));
    } else {
      Checks.text(violations, "billTo.city", value.city());
    }
    if (value.country() == null) {
      violations.add(Checks.missing("billTo.country"));
    } else {
      Checks.text(violations, "billTo.country", value.country());
    }
    if (value.zip() != null) {
      Checks.text(violations, "billTo.zip", value.zip());
    }
    if (value.label() == null) {
      violations.add(Checks.missing("billTo.label"));
    } else {
      Checks.text(violations, "billTo.label", value.label());
    }
  }

  private static void validateLinesShipTo(Order.Address value, List<Violation> violations) {
    if (value.city() == null) {
      violations.add(Checks.missing("lines.shipTo.city"));
    } else {
      Checks.text(violations, "lines.shipTo.city", value.city());
    }
    if (value.country() == null) {
      violations.add(Checks.missing("lines.shipTo.country"));
    } else {
      Checks.text(violations, "lines.shipTo.country", value.country());
    }
    if (value.zip() != null) {
      Checks.text(violations, "lines.shipTo.zip", value.zip());
    }
    if (value.label() == null) {
      violations.add(Checks.missing("lines.shipTo.label"));
    } else {
      Checks.text(violations, "lines.shipTo.label", value.label());
    }
  }

  private static void validateLines(Order.Line value, List<Violation> violations) {
    if (value.sku() == null) {
      violations.add(Checks.missing("lines.sku"));
    } else {
      Checks.text(violations, "lines.sku", value.sku());
    }
    if (value.shipTo() != null) {
      validateLinesShipTo(value.shipTo(), violations);
    }
  }
}
