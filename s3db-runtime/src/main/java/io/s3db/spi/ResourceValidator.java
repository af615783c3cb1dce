package io.s3db.spi;

import io.s3db.Violation;
import java.util.List;

/**
 * Checks a record before anything is sent to S3. Generated per resource from the record's
 * declaration.
 */
public interface ResourceValidator<T> {

  /** Every rule the record breaks; empty when it is valid. */
  List<Violation> validate(T record);
}
