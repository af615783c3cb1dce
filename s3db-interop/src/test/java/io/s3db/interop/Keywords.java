package io.s3db.interop;

import io.s3db.annotations.Default;
import io.s3db.annotations.OneOf;
import io.s3db.annotations.S3Resource;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Rule values s3db.js 21.6.2 misparses: it picks a field's type by searching the whole rule string
 * for type names ({@code "number"}, {@code "json"}, …) and splits every rule part at each {@code
 * :}. Only Java declares it.
 */
@S3Resource(name = "keywords")
public record Keywords(
    @Nullable String id,
    @OneOf({"number", "json", "text"}) String kind,
    @Default("boolean") String mode,
    @OneOf({"a:b", "c"}) String pair,
    @Pattern(regexp = "(\\d{2}:\\d{2})") String time,
    @Default("12:30") String slot) {}
