package io.s3db.internal.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Loads the test vectors from the classpath ({@code /vectors/...}). */
final class Vectors {
  private Vectors() {}

  static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode json(String name) {
    try (InputStream in = open(name)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode v21() {
    return json("s3dbjs-vectors-21.6.2.json");
  }

  static List<String> lines(String name) {
    try (InputStream in = open(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String name) {
    InputStream in = Vectors.class.getResourceAsStream("/vectors/" + name);
    if (in == null) {
      throw new IllegalStateException("missing test resource /vectors/" + name);
    }
    return in;
  }
}
