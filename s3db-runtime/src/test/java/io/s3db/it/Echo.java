package io.s3db.it;

import io.s3db.annotations.S3Resource;
import io.s3db.ids.IdGenerator;
import org.jspecify.annotations.Nullable;

/**
 * A generator that returns whatever the record asks for ({@link Ids}), so tests can make it return
 * bad ids, null, or throw.
 */
@S3Resource(name = "echoes", idGenerator = Echo.Ids.class, paranoid = false)
public record Echo(@Nullable String id, @Nullable String wanted) {

  /** The id an echo asks for; {@code "throw"} makes it throw. */
  public static final class Ids implements IdGenerator<Echo> {
    @Override
    public String newId(Echo echo) {
      if ("throw".equals(echo.wanted())) {
        throw new IllegalStateException("no id for you");
      }
      return echo.wanted();
    }
  }
}
