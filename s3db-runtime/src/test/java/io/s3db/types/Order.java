package io.s3db.types;

import io.s3db.annotations.S3Resource;
import jakarta.validation.constraints.NotEmpty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Lists of records: stored as JSON arrays of objects. */
@S3Resource(name = "orders")
public record Order(@Nullable String id, @NotEmpty List<Line> lines, @Nullable List<Line> returns) {

  public record Line(
      String sku,
      int quantity,
      float weight,
      @Nullable BigDecimal price,
      Instant at,
      Kind kind,
      UUID batch,
      @Nullable Place shipTo) {}

  public record Place(String city, @Nullable String zip) {}

  public enum Kind {
    GOODS,
    SERVICE
  }
}
