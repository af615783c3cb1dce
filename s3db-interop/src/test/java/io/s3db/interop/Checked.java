package io.s3db.interop;

import io.s3db.annotations.Default;
import io.s3db.annotations.OneOf;
import io.s3db.annotations.S3Resource;
import io.s3db.annotations.Secret;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Jakarta constraints, {@code @OneOf} and {@code @Default}: only Java declares this resource;
 * s3db.js works with the rule strings Java wrote into the catalog ({@code string|min:2|max:20},
 * {@code email}, …).
 */
@S3Resource(name = "checked")
public record Checked(
    @Nullable String id,
    @Size(min = 2, max = 20) String name,
    @Email String email,
    @Min(1) @Max(5) int stars,
    @PositiveOrZero int credits,
    @Negative int debt,
    @Positive long count,
    @DecimalMax("9.5") double ratio,
    @NotBlank String title,
    @NotEmpty List<String> tags,
    @Pattern(regexp = "[A-Z]{3}-\\d+") String code,
    @OneOf({"low", "high"}) String level,
    @Default("FREE") Plan plan,
    @Secret @NotBlank String token,
    @Email @Nullable String backup) {

  public enum Plan {
    FREE,
    PRO
  }
}
