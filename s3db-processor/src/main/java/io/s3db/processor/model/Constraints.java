package io.s3db.processor.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * The validation rules declared on one field: Jakarta Bean Validation annotations read by name at
 * compile time, plus s3db's {@code @Default} and {@code @OneOf}. Everything null/false/empty is
 * "not declared".
 *
 * @param minInclusive whether {@code min} itself is allowed ({@code @DecimalMin(inclusive = false)}
 *     is not)
 * @param temporal one of {@code past}, {@code pastOrPresent}, {@code future}, {@code
 *     futureOrPresent}
 * @param defaultValue the {@code @Default} literal, already checked to parse as the field's type
 */
public record Constraints(
    boolean notBlank,
    boolean notEmpty,
    Integer sizeMin,
    Integer sizeMax,
    BigDecimal min,
    boolean minInclusive,
    BigDecimal max,
    boolean maxInclusive,
    boolean email,
    String pattern,
    String temporal,
    List<String> oneOf,
    String defaultValue,
    Integer integerDigits,
    Integer fractionDigits) {

  public static final Constraints NONE =
      new Constraints(
          false, false, null, null, null, true, null, true, false, null, null, List.of(), null,
          null, null);

  public boolean isEmpty() {
    return equals(NONE);
  }
}
