package io.s3db.types;

import io.s3db.annotations.OneOf;
import io.s3db.annotations.S3Resource;
import io.s3db.annotations.Secret;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One field per constraint the processor reads. */
@S3Resource(name = "constrained")
public record Constrained(
    @Nullable String id,
    @Size(min = 2, max = 10) String name,
    @NotBlank String title,
    @NotEmpty List<String> tags,
    @Email String email,
    @Pattern(regexp = "[A-Z]{3}-\\d+") String code,
    @Min(1) @Max(5) int stars,
    @Positive long count,
    @PositiveOrZero double balance,
    @Negative int debt,
    @NegativeOrZero Integer offset,
    @DecimalMin(value = "0.5", inclusive = false) @DecimalMax("9.5") double ratio,
    @Digits(integer = 3, fraction = 2) BigDecimal price,
    @Past Instant born,
    @PastOrPresent LocalDate joined,
    @Future @Nullable Instant expires,
    @OneOf({"low", "high"}) String level,
    @NotNull @Nullable String required,
    @Secret @NotBlank String token) {}
