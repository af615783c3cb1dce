package io.s3db.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.s3db.internal.format.Surrogates;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Key lengths are counted as S3 counts them: bytes of UTF-8. */
class KeyLengthTest {

  @Property(tries = 2000)
  void countsUtf8Bytes(@ForAll String text) {
    Assume.that(
        Surrogates.isWellFormed(text)); // unpaired surrogates are refused before keys are made
    assertEquals(text.getBytes(StandardCharsets.UTF_8).length, KeyLength.utf8Length(text));
  }
}
