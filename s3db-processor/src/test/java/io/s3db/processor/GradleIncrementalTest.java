package io.s3db.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Gradle finds the processor's incremental category in this file; "dynamic" defers it to {@link
 * S3dbProcessor#getSupportedOptions()}, which says why it depends on the compiler's version.
 */
class GradleIncrementalTest {

  @Test
  void registersTheProcessorAsDynamic() throws IOException {
    try (InputStream in =
        S3dbProcessor.class.getResourceAsStream(
            "/META-INF/gradle/incremental.annotation.processors")) {
      assertEquals(
          S3dbProcessor.class.getName() + ",dynamic\n",
          new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
